package org.parkbench.site.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureRenderer;
import org.parkbench.core.model.Casebook;

/**
 * Renders the figure catalogue of a casebook (the charts module) into the site: an SVG per figure
 * under {@code figures/} (shown with {@code <img>}, so a figure can never run script in a page) and
 * the CSV of its data under {@code data/figures/}.
 */
final class FigureFiles {
    static final String MAP_ID = "parks-map";

    private FigureFiles() {
    }

    static Figures write(Casebook casebook, SiteFiles files) {
        List<Figures.FigureView> views = new ArrayList<>();
        for (Figure f : FigureCatalogue.forCasebook(casebook).figures()) {
            String image = SitePaths.FIGURES + f.id() + ".svg";
            String csv = SitePaths.DATA_DIR + "figures/" + f.id() + ".csv";
            files.bytes(image, FigureRenderer.svg(f).getBytes(StandardCharsets.UTF_8));
            files.bytes(csv, f.table().toCsv().getBytes(StandardCharsets.UTF_8));
            DataTable t = f.table();
            List<String> headers = t.columns().stream()
                    .map(c -> c.unit().isEmpty() ? c.name() : c.name() + " (" + c.unit() + ")").toList();
            List<List<String>> rows = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    cells.add(t.text(row, i));
                }
                rows.add(cells);
            }
            views.add(new Figures.FigureView(f.id(), f.title(), f.caption(), f.sourceLine(), f.altText(), image, csv,
                    headers, rows, f.caseId().orElse("")));
        }
        return new Figures(views);
    }
}
