package org.parkbench.site.render;

import java.util.List;
import java.util.Optional;

/**
 * The figures of a build as pages show them: the image (SVG, or PNG where SVG will not do), its alt
 * text, caption and source line, its data as a table, and the CSV of that data. Figures that belong
 * to no case appear on the home and comparison pages.
 */
public final class Figures {
    /** One figure, with paths relative to the site root. */
    public record FigureView(String id, String title, String caption, String sourceLine, String altText, String image,
                      String csv, List<String> headers, List<List<String>> rows, String caseId) {
        public FigureView {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            caseId = caseId == null ? "" : caseId;
        }
    }

    private final List<FigureView> all;

    Figures(List<FigureView> all) {
        this.all = List.copyOf(all);
    }

    static Figures none() {
        return new Figures(List.of());
    }

    List<FigureView> all() {
        return all;
    }

    List<FigureView> forCase(String caseId) {
        return all.stream().filter(f -> f.caseId().equals(caseId)).toList();
    }

    List<FigureView> general() {
        return all.stream().filter(f -> f.caseId().isEmpty()).toList();
    }

    Optional<FigureView> byId(String id) {
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
