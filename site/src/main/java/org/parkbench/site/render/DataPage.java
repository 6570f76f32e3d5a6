package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;

/**
 * The data page and the files behind it: every table as CSV over all cases and per case, the CSV
 * of every figure, a data dictionary, and {@code data/datapackage.json} (a Frictionless Data
 * Package describing each CSV and its columns).
 */
public final class DataPage {
    /** A CSV file of the site. */
    public record FileRow(String label, String href, int rows, String caseTitle) {
    }

    /** A table and its files. */
    public record TableView(DataTables.Table table, FileRow all, List<FileRow> perCase) {
    }

    private final Site site;

    DataPage(Site site) {
        this.site = site;
    }

    void write() {
        List<TableView> views = new ArrayList<>();
        StringBuilder resources = new StringBuilder();
        for (DataTables.Table t : DataTables.tables()) {
            List<String> header = t.fields().stream().map(DataTables.Field::name).toList();
            List<List<String>> all = DataTables.rows(t, site.cases());
            String allPath = SitePaths.DATA_DIR + t.file();
            site.files.text(allPath, DataTables.csv(header, all));
            resource(resources, t.name(), t.file(), t.title(), t.description(), t.fields());
            List<FileRow> perCase = new ArrayList<>();
            for (CaseStudy c : site.cases()) {
                List<List<String>> rows = t.rows().apply(c);
                if (!rows.isEmpty()) {
                    String path = SitePaths.DATA_DIR + c.id() + "/" + t.file();
                    site.files.text(path, DataTables.csv(header, rows));
                    perCase.add(new FileRow(t.title(), path, rows.size(), c.meta().title()));
                    resource(resources, c.id() + "-" + t.name(), c.id() + "/" + t.file(), t.title() + " — " + c.meta().title(),
                            t.description(), t.fields());
                }
            }
            views.add(new TableView(t, new FileRow(t.title(), allPath, all.size(), ""), perCase));
        }
        List<FileRow> figureFiles = new ArrayList<>();
        for (Figures.FigureView f : site.figures.all()) {
            figureFiles.add(new FileRow(f.title(), f.csv(), f.rows().size(), ""));
            List<DataTables.Field> fields = f.headers().stream().map(h -> new DataTables.Field(h, "string", h)).toList();
            resource(resources, "figure-" + f.id(), f.csv().substring(SitePaths.DATA_DIR.length()), f.title(), f.caption(), fields);
        }
        site.files.text(SitePaths.DATA_DIR + "datapackage.json", "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": "
                + Json.string("parkbench-course-data") + ",\n  \"title\": " + Json.string(site.course.title() + " — data")
                + ",\n  \"resources\": [\n" + resources + "\n  ]\n}\n");
        Map<String, Object> m = new HashMap<>();
        m.put("tables", views);
        m.put("figureFiles", figureFiles);
        site.page(SitePaths.DATA, "data", "Data", "data",
                "Every table of the course as CSV, with a data dictionary and a datapackage.json.", m, true);
    }

    private static void resource(StringBuilder out, String name, String path, String title, String description,
                                 List<DataTables.Field> fields) {
        if (!out.isEmpty()) {
            out.append(",\n");
        }
        out.append("    {\n      \"name\": ").append(Json.string(name))
                .append(",\n      \"path\": ").append(Json.string(path))
                .append(",\n      \"title\": ").append(Json.string(title))
                .append(",\n      \"description\": ").append(Json.string(description))
                .append(",\n      \"format\": \"csv\",\n      \"mediatype\": \"text/csv\",\n      \"encoding\": \"utf-8\"")
                .append(",\n      \"schema\": {\n        \"fields\": [\n");
        for (int i = 0; i < fields.size(); i++) {
            DataTables.Field f = fields.get(i);
            out.append("          {\"name\": ").append(Json.string(f.name())).append(", \"type\": ").append(Json.string(f.type()))
                    .append(", \"description\": ").append(Json.string(f.description())).append('}')
                    .append(i + 1 < fields.size() ? ",\n" : "\n");
        }
        out.append("        ]\n      }\n    }");
    }
}
