package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.language.TextColumns;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench stats}: the published statistics of every case as a checkable table (each value
 * with the source's qualifier, "more than 300,000 jobs"; reported share, share recomputed from the
 * counts, how they agree; the totals the shares imply, or, where the source prints the total, the
 * recomputation as a check of it), then each
 * case's key figures — the latest value of every indicator with its as-of date and source. With
 * {@code --lang zh} every word is Chinese (the command's labels from app's bundle, the table and
 * its checks from core's), numbers, units and dates as {@code QuantityFormat} writes them in Chinese,
 * case titles from {@code case.zh.md} and park names from {@code name_zh} where the data has them.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints the paper's headline statistics, recomputed and checked, and each case's key figures with as-of dates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the case data has errors (run 'parkbench validate')", "2:usage error"})
final class StatsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The language of the labels and checks, case titles, park names, numbers and dates "
                    + "(default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Language> language = LanguageOption.read(spec, lang);
        if (language.isEmpty()) {
            return 2;
        }
        Casebook casebook = ShippedCasebook.loadOrReport(err);
        if (casebook == null) {
            return 1;
        }
        Stats stats = new Stats(language.get(), out);
        stats.printStatistics(casebook);
        stats.printKeyFigures(casebook.in(language.get()));
        return 0;
    }

    /** What the command prints, in one language. */
    private record Stats(Language language, Messages words, QuantityFormat format, PrintWriter out) {
        Stats(Language language, PrintWriter out) {
            this(language, AppMessages.of(language), QuantityFormat.forLanguage(language), out);
        }

        void printStatistics(Casebook casebook) {
            for (CaseStudy c : casebook.cases()) {
                Map<String, List<PublishedStatistic>> bySource = new LinkedHashMap<>();
                c.statistics().forEach(s -> bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
                for (Map.Entry<String, List<PublishedStatistic>> group : bySource.entrySet()) {
                    Source source = c.sources().get(group.getKey());
                    out.println(words.format("stats.statistics.heading", citation(source)));
                    HeadlineTable table = HeadlineTable.of(group.getValue());
                    out.print(indent(table.toText(language), "  "));
                    for (HeadlineTable.Row row : table.rows()) {
                        row.shareCheck().map(check -> check.sentence(language))
                                .ifPresent(s -> out.println("  " + words.format("stats.statistics.check", s)));
                    }
                    for (HeadlineTable.Row row : table.rows()) {
                        row.impliedTotal().ifPresent(t -> out.println("  " + words.format("stats.statistics.implied-total",
                                t.formula(language))));
                    }
                    out.println();
                }
            }
        }

        void printKeyFigures(Casebook casebook) {
            for (CaseStudy c : casebook.cases()) {
                if (c.parks().isEmpty()) {
                    continue;
                }
                out.println(words.format("stats.case.heading", c.meta().title(), c.id()));
                for (Park park : c.parks()) {
                    out.println("  " + words.format("stats.park", name(park), park.id(), park.country(), park.model().label(language)));
                    List<List<String>> rows = new ArrayList<>();
                    for (Indicator indicator : Indicator.values()) {
                        List<Observation> series = c.observations(park.id(), indicator);
                        if (series.isEmpty()) {
                            continue;
                        }
                        Observation latest = series.get(series.size() - 1);
                        String count = series.size() > 1 ? "  " + words.format("stats.figure.count", format.reported(series.size())) : "";
                        series.stream().filter(o -> o.asOf().equals(latest.asOf()))
                                .sorted(Comparator.comparing(Observation::source))
                                .forEach(o -> rows.add(List.of(indicator.label(language), format.described(o),
                                        words.format("stats.figure.as-of", format.date(o.asOf())),
                                        citation(c.sources().get(o.source())) + count)));
                    }
                    out.print(indent(TextColumns.align(rows), "    "));
                    out.print(indent(Classifier.explain(c.classification(park.id()).orElseThrow(), language), "    "));
                    out.println();
                }
            }
        }

        /** The park's name in the language, where the data has one (name_zh); else as the sources name it. */
        private String name(Park park) {
            return language == Language.ZH && !park.nameZh().isBlank() ? park.nameZh() : park.nameEn();
        }

        private String citation(Source source) {
            if (source == null) {
                return words.text("stats.source.unknown");
            }
            String who = !source.publisher().isBlank() ? source.publisher() : source.authors();
            return words.format("stats.source", who, source.year(), source.title());
        }
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append(prefix).append(l).append('\n'));
        return out.toString();
    }
}
