package org.parkbench.charts.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Source;

/**
 * Collects the sources of the facts a figure shows, in order of first use, and writes them as the
 * figure's source line: "Sources: Xinhua (2015): China–Singapore industrial park…; …", in Chinese
 * "来源：…。". The sources' own titles and publishers are data and stay as the case gives them.
 */
final class FigureSources {
    private final FigureText t;
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final Map<String, String> brief = new LinkedHashMap<>();

    FigureSources(FigureText t) {
        this.t = t;
    }

    /** Adds the source {@code key} of case {@code caseStudy}; an unknown key is named as such rather than dropped. */
    FigureSources add(CaseStudy caseStudy, String key) {
        String id = caseStudy.id() + "/" + key;
        seen.computeIfAbsent(id, k -> caseStudy.source(key).map(s -> cite(t, s)).orElse(t.format("source.unknown", key)));
        brief.computeIfAbsent(id, k -> caseStudy.source(key).map(this::brief).orElse(key));
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
        return t.format(seen.size() == 1 ? "source.one" : "source.many", t.semicolons(List.copyOf(seen.values())));
    }

    /**
     * The short form drawn at the foot of the chart: "Sources: Xinhua (2015); SIPAC (2024)", only
     * characters the figure's font can draw, each publisher and year once.
     */
    String note() {
        List<String> distinct = brief.values().stream().map(b -> HouseStyle.displayable(b, t.language()))
                .filter(b -> !b.isBlank()).distinct().toList();
        if (distinct.isEmpty()) {
            return t.text("source.see-caption");
        }
        return t.format(distinct.size() == 1 ? "source.one" : "source.many", t.semicolons(distinct));
    }

    private String brief(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : s.authors();
        String name = HouseStyle.displayable(who, t.language()).isBlank() ? s.title() : who;
        return s.year().isBlank() ? name.strip() : name.strip() + t.bracket(s.year());
    }

    /** The full citation in English, as tables and captions of English figures give it. */
    static String cite(Source s) {
        return cite(FigureText.of(org.parkbench.core.language.Language.EN), s);
    }

    static String cite(FigureText t, Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : s.authors();
        if (!who.isBlank()) {
            String named = who.strip() + (s.year().isBlank() ? "" : t.bracket(s.year()));
            return t.format("source.cite.who", named, s.title().strip());
        }
        if (!s.year().isBlank()) {
            return t.format("source.cite.year", s.year(), s.title().strip());
        }
        return s.title().strip();
    }

    /** A short label for a source, for legends: the title, shortened, and the year. */
    static String seriesLabel(FigureText t, Source s) {
        String title = s.title().strip();
        if (!HouseStyle.displayable(title, t.language()).equals(title)) {
            // a title the figure's font cannot draw: name the publisher instead
            String who = HouseStyle.displayable(!s.publisher().isBlank() ? s.publisher() : s.authors(), t.language());
            title = who.isBlank() ? HouseStyle.displayable(title, t.language()) : who;
        }
        if (title.length() > 44) {
            int cut = title.lastIndexOf(' ', 42);
            title = title.substring(0, cut > 20 ? cut : 42) + "…";
        }
        return s.year().isBlank() ? title : title + t.bracket(s.year());
    }
}
