package org.parkbench.charts.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Source;

/**
 * Collects the sources of the facts a figure shows, in order of first use, and writes them as the
 * figure's source line: "Sources: Xinhua (2015): China–Singapore industrial park…; …".
 */
final class FigureSources {
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final Map<String, String> brief = new LinkedHashMap<>();

    /** Adds the source {@code key} of case {@code caseStudy}; an unknown key is named as such rather than dropped. */
    FigureSources add(CaseStudy caseStudy, String key) {
        String id = caseStudy.id() + "/" + key;
        seen.computeIfAbsent(id, k -> caseStudy.source(key).map(FigureSources::cite).orElse("source '" + key + "'"));
        brief.computeIfAbsent(id, k -> caseStudy.source(key).map(FigureSources::brief).orElse(key));
        return this;
    }

    /** Adds a citation that is not a case source, e.g. the map data's attribution. */
    FigureSources addText(String text) {
        seen.putIfAbsent("text:" + text, text);
        brief.putIfAbsent("text:" + text, text);
        return this;
    }

    boolean isEmpty() {
        return seen.isEmpty();
    }

    String line() {
        if (seen.isEmpty()) {
            throw new IllegalStateException("a figure needs at least one source");
        }
        return (seen.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", seen.values()) + ".";
    }

    /**
     * The short form drawn at the foot of the chart: "Sources: Xinhua (2015); SIPAC (2024)", only
     * characters the house font can draw, each publisher and year once.
     */
    String note() {
        List<String> distinct = brief.values().stream().map(HouseStyle::displayable).filter(t -> !t.isBlank()).distinct().toList();
        if (distinct.isEmpty()) {
            return "Sources: see the figure's caption.";
        }
        return (distinct.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", distinct) + ".";
    }

    static String brief(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : s.authors();
        String name = HouseStyle.displayable(who).isBlank() ? s.title() : who;
        return s.year().isBlank() ? name.strip() : name.strip() + " (" + s.year() + ")";
    }

    static String cite(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : s.authors();
        StringBuilder b = new StringBuilder();
        if (!who.isBlank()) {
            b.append(who.strip());
            b.append(s.year().isBlank() ? "" : " (" + s.year() + ")");
            b.append(": ");
        } else if (!s.year().isBlank()) {
            b.append("(").append(s.year()).append(") ");
        }
        b.append(s.title().strip());
        return b.toString();
    }

    /** A short label for a source, for legends: the title, shortened, and the year. */
    static String seriesLabel(Source s) {
        String title = s.title().strip();
        if (!HouseStyle.displayable(title).equals(title)) {
            // a title the house font cannot draw (Chinese, on most systems): name the publisher instead
            String who = HouseStyle.displayable(!s.publisher().isBlank() ? s.publisher() : s.authors());
            title = who.isBlank() ? HouseStyle.displayable(title) : who;
        }
        if (title.length() > 44) {
            int cut = title.lastIndexOf(' ', 42);
            title = title.substring(0, cut > 20 ? cut : 42) + "…";
        }
        return s.year().isBlank() ? title : title + " (" + s.year() + ")";
    }
}
