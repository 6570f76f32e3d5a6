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
 * The paper's headline statistics as a table a reader can check: each statistic as published,
 * its reported share, the share recomputed from the counts where the total is published too, how
 * the two agree, and the total the reported share implies. Rows keep the order given. The site
 * renders {@link #rows()}; the {@code stats} command prints {@link #toText()}.
 */
public record HeadlineTable(List<Row> rows) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    /** What a cell shows when there is nothing to show. */
    public static final String NONE = "—";
    private static final List<String> HEADER = List.of("measure", "scope", "value", "unit", "reported share",
            "recomputed share", "agreement", "implied total");

    public HeadlineTable {
        rows = List.copyOf(rows);
    }

    /** One statistic with its check (where a total is published) and implied total (where a share is). */
    public record Row(PublishedStatistic statistic, ShareCheck check, ImpliedTotal implied) {
        public Row {
            Objects.requireNonNull(statistic, "statistic");
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

        /** The cells in {@link HeadlineTable#header()} order. */
        public List<String> cells() {
            return List.of(statistic.measure(), statistic.scope().label(), FORMAT.plain(statistic.value()),
                    statistic.unit().label().isEmpty() ? statistic.measure() : statistic.unit().label(),
                    statistic.reportedShare().map(s -> FORMAT.plain(s) + " %").orElse(NONE),
                    shareCheck().map(c -> FORMAT.result(c.recomputedPercent()) + " %").orElse(NONE),
                    shareCheck().map(c -> c.agreement().word()).orElse(NONE),
                    impliedTotal().map(ImpliedTotal::text).orElse(NONE));
        }
    }

    /** Assembles the table from statistics as published (totals are looked up among them by id). */
    public static HeadlineTable of(List<PublishedStatistic> statistics) {
        Map<String, PublishedStatistic> byId = statistics.stream()
                .collect(Collectors.toMap(PublishedStatistic::id, Function.identity(), (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        for (PublishedStatistic s : statistics) {
            ShareCheck check = s.reportedShare().isPresent() && s.total().map(byId::containsKey).orElse(false)
                    ? ShareCheck.of(s, byId.get(s.shareOf())) : null;
            ImpliedTotal implied = s.reportedShare().isPresent() ? ImpliedTotal.of(s) : null;
            rows.add(new Row(s, check, implied));
        }
        return new HeadlineTable(rows);
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
