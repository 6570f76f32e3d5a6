package org.parkbench.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    /** What a cell shows when there is nothing to show. */
    public static final String NONE = "—";
    private static final List<String> HEADER = List.of("measure", "scope", "value", "reported share",
            "recomputed share", "agreement", "implied total or check");

    public HeadlineTable {
        rows = List.copyOf(rows);
    }

    /**
     * One statistic with its check (where a total is published) and implied total (where a share
     * is, but no total); {@code refusal} says why a reported share gives neither.
     */
    public record Row(PublishedStatistic statistic, ShareCheck check, ImpliedTotal implied, String refusal) {
        public Row {
            Objects.requireNonNull(statistic, "statistic");
            refusal = Objects.requireNonNullElse(refusal, "");
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

        public StatisticScope scope() {
            return statistic.scope();
        }

        /** The statistic as its source states it: "56 parks", "more than 300,000 jobs", "about USD 40 bn". */
        public String figure() {
            return HeadlineTable.figure(statistic);
        }

        /** The implied total, the check of the printed total, or why there is neither. */
        public String impliedOrCheck() {
            if (check != null) {
                return "check: " + check.totalCheck();
            }
            if (implied != null) {
                return implied.text();
            }
            return refusal.isEmpty() ? NONE : "not computed: " + refusal;
        }

        /** The cells in {@link HeadlineTable#header()} order. */
        public List<String> cells() {
            return List.of(statistic.measure(), statistic.scope().label(), figure(),
                    statistic.reportedShare().map(s -> FORMAT.plain(s) + " %").orElse(NONE),
                    shareCheck().map(c -> FORMAT.result(c.recomputedPercent()) + " %").orElse(NONE),
                    shareCheck().map(c -> c.agreement().word()).orElse(NONE),
                    impliedOrCheck());
        }
    }

    /**
     * A statistic as its source states it, a count named by its measure, a target or plan labelled:
     * "56 parks", "more than 300,000 jobs", "about USD 40 bn", "target: 30,000–50,000 jobs".
     */
    public static String figure(PublishedStatistic s) {
        return FORMAT.kindPrefix(s.kind()) + FORMAT.figure(s.value(), s.valueHigh(), s.unit(), s.qualifier(), s.measure());
    }

    /** Assembles the table from statistics as published (totals are looked up among them by id). */
    public static HeadlineTable of(List<PublishedStatistic> statistics) {
        Map<String, PublishedStatistic> byId = statistics.stream()
                .collect(Collectors.toMap(PublishedStatistic::id, Function.identity(), (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        for (PublishedStatistic s : statistics) {
            ShareCheck check = ShareCheck.checkable(s, byId) ? ShareCheck.of(s, byId.get(s.shareOf())) : null;
            String refusal = "";
            ImpliedTotal implied = null;
            if (s.reportedShare().isPresent() && check == null) {
                refusal = ImpliedTotal.refusal(s).or(() -> unexactTotal(s, byId)).orElse("");
                implied = refusal.isEmpty() ? ImpliedTotal.of(s) : null;
            }
            rows.add(new Row(s, check, implied, refusal));
        }
        return new HeadlineTable(rows);
    }

    /** Why a printed total that is not exact is neither checked nor replaced by an implied one. */
    private static Optional<String> unexactTotal(PublishedStatistic s, Map<String, PublishedStatistic> byId) {
        return s.total().map(byId::get).filter(t -> !t.isExact())
                .map(t -> "the printed total is " + figure(t) + ", not an exact figure to check the share against");
    }

    public static List<String> header() {
        return HEADER;
    }

    /** The table as aligned plain text, header first, for a terminal. */
    public String toText() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        rows.forEach(r -> lines.add(r.cells()));
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                out.append(cell);
                if (i + 1 < line.size()) {
                    out.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
