package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.ShareCheck;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench stats}: the published statistics of every case as a checkable table (each value
 * with the source's qualifier, "more than 300,000 jobs"; reported share, share recomputed from the
 * counts, how they agree; the totals the shares imply, or, where the source prints the total, the
 * recomputation as a check of it), then each
 * case's key figures — the latest value of every indicator with its as-of date and source.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints the paper's headline statistics, recomputed and checked, and each case's key figures with as-of dates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the case data has errors (run 'parkbench validate')"})
final class StatsCommand implements Callable<Integer> {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Casebook casebook = ShippedCasebook.loadOrReport(err);
        if (casebook == null) {
            return 1;
        }
        printStatistics(casebook, out);
        printKeyFigures(casebook, out);
        return 0;
    }

    private static void printStatistics(Casebook casebook, PrintWriter out) {
        for (CaseStudy c : casebook.cases()) {
            Map<String, List<PublishedStatistic>> bySource = new LinkedHashMap<>();
            c.statistics().forEach(s -> bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
            for (Map.Entry<String, List<PublishedStatistic>> group : bySource.entrySet()) {
                Source source = c.sources().get(group.getKey());
                out.println("== Published statistics: " + citation(source) + " ==");
                HeadlineTable table = HeadlineTable.of(group.getValue());
                out.print(indent(table.toText()));
                for (HeadlineTable.Row row : table.rows()) {
                    row.shareCheck().map(ShareCheck::sentence).ifPresent(s -> out.println("  check: " + s));
                }
                for (HeadlineTable.Row row : table.rows()) {
                    row.impliedTotal().ifPresent(t -> out.println("  implied all-overseas total: " + t.formula()));
                }
                out.println();
            }
        }
    }

    private static void printKeyFigures(Casebook casebook, PrintWriter out) {
        for (CaseStudy c : casebook.cases()) {
            if (c.parks().isEmpty()) {
                continue;
            }
            out.println("== " + c.meta().title() + " (" + c.id() + ") ==");
            for (Park park : c.parks()) {
                out.println("  " + park.nameEn() + " [" + park.id() + "], " + park.country() + ", declared model: " + park.model().label());
                List<String[]> rows = new ArrayList<>();
                for (Indicator indicator : Indicator.values()) {
                    List<Observation> series = c.observations(park.id(), indicator);
                    if (series.isEmpty()) {
                        continue;
                    }
                    Observation latest = series.get(series.size() - 1);
                    series.stream().filter(o -> o.asOf().equals(latest.asOf()))
                            .sorted(Comparator.comparing(Observation::source))
                            .forEach(o -> rows.add(new String[] {indicator.label(), FORMAT.described(o), "as of " + o.asOf(),
                                    citation(c.sources().get(o.source())) + (series.size() > 1 ? "  (" + series.size() + " figures)" : "")}));
                }
                out.print(indent(columns(rows), "    "));
                out.print(indent(Classifier.explain(c.classification(park.id()).orElseThrow()), "    "));
                out.println();
            }
        }
    }

    private static String citation(Source source) {
        if (source == null) {
            return "(unknown source)";
        }
        String who = !source.publisher().isBlank() ? source.publisher() : source.authors();
        return who + ", " + source.year() + ": " + source.title();
    }

    private static String columns(List<String[]> rows) {
        int[] widths = new int[4];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                text.append(r[i]);
                if (i + 1 < r.length) {
                    text.append(" ".repeat(widths[i] - r[i].length() + 2));
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String indent(String text) {
        return indent(text, "  ");
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(prefix).append(l).append('\n'));
        return out.toString();
    }
}
