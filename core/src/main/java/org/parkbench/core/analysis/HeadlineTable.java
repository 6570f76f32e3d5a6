package org.parkbench.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.language.TextColumns;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The paper's headline statistics as a table a reader can check: each statistic as published, with
 * the source's qualifier ("more than 300,000 jobs"), its reported share, the share recomputed from
 * the counts where the total is published too and how the two agree, and the total the reported
 * share implies. Where the total is printed, the total recomputed from the share is a check of it
 * ("56 parks ÷ 72.72 % = 77.008 parks, consistent with the printed 77 parks…"), never a new figure;
 * only a share whose total the source does not print implies one. A statistic stated as a bound or
 * a range implies no total and is not checked (the cell says why). Rows keep the order given. The
 * site renders {@link #rows()}; the {@code stats} command prints {@link #toText()}.
 */
public record HeadlineTable(List<Row> rows) {
    /** What a cell shows when there is nothing to show. */
    public static final String NONE = "—";
    /** The columns, each the last part of its heading's key in core's bundle ({@code headline.column.<name>}). */
    private static final List<String> COLUMNS = List.of("measure", "scope", "value", "reported-share",
            "recomputed-share", "agreement", "implied-or-check");

    public HeadlineTable {
        rows = List.copyOf(rows);
    }

    /**
     * One statistic with its check (where a total is published) and implied total (where a share
     * is, but no total); {@code inexactTotal} is the printed total that is not exact (a bound, a
     * range, "about"), which neither checks the share nor lets it imply a total.
     */
    public record Row(PublishedStatistic statistic, ShareCheck check, ImpliedTotal implied, PublishedStatistic inexactTotal) {
        public Row {
            Objects.requireNonNull(statistic, "statistic");
        }

        /** Why the reported share gives neither a check nor an implied total; empty when it gives one, or there is no share. */
        public String refusal() {
            return refusal(Language.EN);
        }

        /** {@link #refusal()} in {@code language}. */
        public String refusal(Language language) {
            if (check != null || implied != null || statistic.reportedShare().isEmpty()) {
                return "";
            }
            Messages words = QuantityFormat.forLanguage(language).words();
            return ImpliedTotal.refusal(statistic, language)
                    .or(() -> Optional.ofNullable(inexactTotal)
                            .map(t -> words.format("headline.inexact-total", HeadlineTable.figure(t, language))))
                    .orElse("");
        }

        public Optional<ShareCheck> shareCheck() {
            return Optional.ofNullable(check);
        }

        public Optional<ImpliedTotal> impliedTotal() {
            return Optional.ofNullable(implied);
        }

        public String measure() {
            return statistic.measure();
        }

        /** What the statistic counts, in {@code language}: "parks", "园区". */
        public String measure(Language language) {
            return HeadlineTable.measure(statistic.measure(), language);
        }

        public StatisticScope scope() {
            return statistic.scope();
        }

        /** The statistic as its source states it: "56 parks", "more than 300,000 jobs", "about USD 40 bn". */
        public String figure() {
            return figure(Language.EN);
        }

        /** {@link #figure()} in {@code language}: "56 个园区", "超过 30 万个岗位", "约 400 亿美元". */
        public String figure(Language language) {
            return HeadlineTable.figure(statistic, language);
        }

        /** The implied total, the check of the printed total, or why there is neither. */
        public String impliedOrCheck() {
            return impliedOrCheck(Language.EN);
        }

        /** {@link #impliedOrCheck()} in {@code language}. */
        public String impliedOrCheck(Language language) {
            QuantityFormat f = QuantityFormat.forLanguage(language);
            if (check != null) {
                return f.words().format("headline.check", check.totalCheck(language));
            }
            if (implied != null) {
                return implied.text(language);
            }
            String refusal = refusal(language);
            return refusal.isEmpty() ? NONE : f.words().format("headline.not-computed", refusal);
        }

        /** The cells in {@link HeadlineTable#header()} order. */
        public List<String> cells() {
            return cells(Language.EN);
        }

        /** The cells in {@link HeadlineTable#header(Language)} order, in {@code language}. */
        public List<String> cells(Language language) {
            QuantityFormat f = QuantityFormat.forLanguage(language);
            return List.of(measure(language), statistic.scope().label(language), figure(language),
                    statistic.reportedShare().map(s -> f.withUnit(f.plain(s), "%")).orElse(NONE),
                    shareCheck().map(c -> f.withUnit(f.result(c.recomputedPercent()), "%")).orElse(NONE),
                    shareCheck().map(c -> c.agreement().word(language)).orElse(NONE),
                    impliedOrCheck(language));
        }
    }

    /**
     * A statistic as its source states it, a count named by its measure, a target or plan labelled:
     * "56 parks", "more than 300,000 jobs", "about USD 40 bn", "target: 30,000–50,000 jobs".
     */
    public static String figure(PublishedStatistic s) {
        return figure(s, Language.EN);
    }

    /** {@link #figure(PublishedStatistic)} in {@code language}: "56 个园区", "目标：3万–5万个岗位". */
    public static String figure(PublishedStatistic s, Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        return f.kindPrefix(s.kind()) + f.figure(s.value(), s.valueHigh(), s.unit(), s.qualifier(), s.measure());
    }

    /**
     * What a statistic counts, as the table's first column names it in {@code language}: "parks",
     * "园区" (key {@code headline.measure.<measure>}); a measure core's bundle does not name, as written.
     */
    public static String measure(String measure, Language language) {
        Messages words = QuantityFormat.forLanguage(language).words();
        String key = "headline.measure." + measure;
        return words.has(key) ? words.text(key) : measure;
    }

    /** Assembles the table from statistics as published (totals are looked up among them by id). */
    public static HeadlineTable of(List<PublishedStatistic> statistics) {
        Map<String, PublishedStatistic> byId = statistics.stream()
                .collect(Collectors.toMap(PublishedStatistic::id, Function.identity(), (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        for (PublishedStatistic s : statistics) {
            ShareCheck check = ShareCheck.checkable(s, byId) ? ShareCheck.of(s, byId.get(s.shareOf())) : null;
            ImpliedTotal implied = null;
            PublishedStatistic inexactTotal = null;
            if (s.reportedShare().isPresent() && check == null) {
                // a printed total that is not exact is neither checked nor replaced by an implied one
                inexactTotal = s.total().map(byId::get).filter(t -> !t.isExact()).orElse(null);
                implied = ImpliedTotal.refusal(s).isEmpty() && inexactTotal == null ? ImpliedTotal.of(s) : null;
            }
            rows.add(new Row(s, check, implied, inexactTotal));
        }
        return new HeadlineTable(rows);
    }

    /** The column headings in English. */
    public static List<String> header() {
        return header(Language.EN);
    }

    /** The column headings in {@code language}. */
    public static List<String> header(Language language) {
        Messages words = QuantityFormat.forLanguage(language).words();
        return COLUMNS.stream().map(c -> words.text("headline.column." + c)).toList();
    }

    /** The table as aligned plain text, header first, for a terminal. */
    public String toText() {
        return toText(Language.EN);
    }

    /** The table in {@code language} as aligned plain text, header first; Chinese characters take two columns of a terminal. */
    public String toText(Language language) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header(language));
        rows.forEach(r -> lines.add(r.cells(language)));
        return TextColumns.align(lines);
    }
}
