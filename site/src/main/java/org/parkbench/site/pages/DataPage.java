package org.parkbench.site.pages;

import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.csv.SpreadsheetCsv;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.SitePaths;

/**
 * The data page and the files behind it: every table as CSV over all cases and per case, the CSV
 * of every figure, a data dictionary, and {@code data/datapackage.json} (a Frictionless Data
 * Package describing each CSV and its columns). Each case's job writes that case's files
 * ({@link #writeCase}); the all-cases files are then joined from them, in course order, without
 * computing a row twice or holding a whole table in memory.
 */
public final class DataPage {
    /** A CSV file of the site. */
    public record FileRow(String label, String href, int rows, String caseTitle) {
    }

    /** A table and its files, with its words in the page's language. */
    public record TableView(DataTables.Table table, String title, String description, List<FieldView> fields, FileRow all,
                            List<FileRow> perCase) {
    }

    /** A column in the data dictionary. */
    public record FieldView(String name, String type, String description) {
    }

    private final Site site;
    private final Map<String, int[]> rowCounts;

    DataPage(Site site) {
        this(site, new ConcurrentHashMap<>());
    }

    /** A data page that keeps each case's row counts in {@code rowCounts} (a preview keeps them across updates). */
    DataPage(Site site, Map<String, int[]> rowCounts) {
        this.site = site;
        this.rowCounts = rowCounts;
    }

    /** Writes the CSV files of one case (tables it has rows in). */
    void writeCase(CaseStudy c) {
        int[] counts = new int[DataTables.tables().size()];
        for (int i = 0; i < counts.length; i++) {
            DataTables.Table t = DataTables.tables().get(i);
            List<List<Object>> rows = t.rows().apply(c);
            counts[i] = rows.size();
            if (!rows.isEmpty()) {
                // bytes, not text: the writer owns the line ends, and a line end inside a cell is data
                site.files.bytes(casePath(c, t), SpreadsheetCsv.text(header(t), rows).getBytes(StandardCharsets.UTF_8));
            }
        }
        rowCounts.put(c.id(), counts);
    }

    /** After every case's files: the all-cases files, {@code datapackage.json} and the page. */
    void write() {
        List<TableView> views = new ArrayList<>();
        List<DataPackage.Resource> resources = new ArrayList<>();
        List<DataTables.Table> tables = DataTables.tables();
        for (int i = 0; i < tables.size(); i++) {
            DataTables.Table t = tables.get(i);
            String allPath = SitePaths.DATA_DIR + t.file();
            resources.add(DataPackage.Resource.csv(t.name(), t.file(), t.title(), t.description(), t.fields()));
            List<FileRow> perCase = new ArrayList<>();
            int total = 0;
            try (OutputStream all = site.files.output(allPath)) {
                all.write(SpreadsheetCsv.text(header(t), List.of()).getBytes(StandardCharsets.UTF_8));
                for (CaseStudy c : site.cases()) {
                    int n = rowCounts.computeIfAbsent(c.id(), k -> {
                        writeCase(c);
                        return rowCounts.get(k);
                    })[i];
                    if (n == 0) {
                        continue;
                    }
                    String path = casePath(c, t);
                    appendWithoutHeader(path, all);
                    total += n;
                    perCase.add(new FileRow(t.title(site.text), path, n, c.meta().title()));
                    resources.add(DataPackage.Resource.csv(c.id() + "-" + t.name(), c.id() + "/" + t.file(),
                            t.title() + " — " + c.meta().title(), t.description(), t.fields()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + allPath + ": " + e.getMessage(), e);
            }
            List<FieldView> fields = t.fields().stream().map(f -> new FieldView(f.name(), f.type(), t.describe(f, site.text))).toList();
            views.add(new TableView(t, t.title(site.text), t.description(site.text), fields,
                    new FileRow(t.title(site.text), allPath, total, ""), perCase));
        }
        List<SiteFigures.FileEntry> figureFiles = site.figures.files(site.cases().stream().map(CaseStudy::id).toList());
        List<FileRow> listed = new ArrayList<>();
        int generalCount = site.figures.general().size();
        for (int i = 0; i < figureFiles.size(); i++) {
            SiteFigures.FileEntry f = figureFiles.get(i);
            if (figureFiles.size() <= PageLimits.FIGURE_FILES_LISTED || i < generalCount) {
                listed.add(new FileRow(f.title(), f.csv(), f.rows(), ""));
            }
            List<DataTables.Field> fields = f.headers().stream().map(h -> new DataTables.Field(h, "string", h)).toList();
            resources.add(DataPackage.Resource.csv("figure-" + f.id(), f.csv().substring(SitePaths.DATA_DIR.length()), f.title(),
                    f.caption(), fields));
        }
        try (Writer out = site.files.writer(SitePaths.DATA_DIR + "datapackage.json")) {
            DataPackage.of(site.course.title(), resources).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + SitePaths.DATA_DIR + "datapackage.json: " + e.getMessage(), e);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("tables", views);
        m.put("figureFiles", listed);
        m.put("unlistedFigureFiles", figureFiles.size() - listed.size());
        site.page(SitePaths.DATA, "data", site.text.text("data.heading"), "data", site.text.text("data.description"), m, true);
    }

    private static String casePath(CaseStudy c, DataTables.Table t) {
        return SitePaths.DATA_DIR + c.id() + "/" + t.file();
    }

    private static List<String> header(DataTables.Table t) {
        return t.fields().stream().map(DataTables.Field::name).toList();
    }

    private void appendWithoutHeader(String path, OutputStream all) throws IOException {
        byte[] table = Files.readAllBytes(site.files.resolve(path));
        int body = 0;
        while (body < table.length && table[body] != '\n') {
            body++; // skip the header line
        }
        body = Math.min(body + 1, table.length);
        all.write(table, body, table.length - body);
    }

}
