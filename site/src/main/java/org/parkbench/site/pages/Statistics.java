package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.analysis.Agreement;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.ImpliedTotal;
import org.parkbench.core.analysis.ShareCheck;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The published aggregate statistics (the paper's headline table, from core's {@link HeadlineTable})
 * as rows for a page: each value as the source states it ("more than 300,000 jobs", "about USD 40
 * bn"), the share the source prints, the share recomputed from the reported counts and how the two
 * agree, and the total a printed share implies; where the source prints the total too, that column
 * holds the recomputation as a check of the printed total, not as a new figure.
 */
public final class Statistics {
    /**
     * One published statistic with its checks. {@code totalChecked}: {@code impliedTotal} is a check
     * of a printed total (a sentence), not an implied total (a number).
     */
    public record Row(String id, String measure, String scope, String value, String asOf, String reportedShare,
                      String recomputedShare, String agreement, boolean shareDiffers, String check, String impliedTotal,
                      boolean totalChecked, String note, Views.SourceLink source, String checkExercise,
                      String impliedTotalExercise, String agreementLabel) {
    }

    private Statistics() {
    }

    static List<Row> rows(Site site, CaseStudy c, String root) {
        PageText words = site.text;
        QuantityFormat format = words.numbers();
        String percentSign = format.percent(0).substring(1); // " %" in English, "%" in Chinese, as QuantityFormat writes a share
        List<Row> rows = new ArrayList<>();
        for (HeadlineTable.Row r : HeadlineTable.of(c.statistics()).rows()) {
            PublishedStatistic s = r.statistic();
            String checkExercise = r.shareCheck().flatMap(k -> site.withholding.exercise(Derivations.shareOfTotal(k.part(), k.total())))
                    .map(id -> site.exerciseHref(id, root)).orElse("");
            // a check of the printed total tells whether the share was rounded: withheld with the share check
            String impliedExercise = r.shareCheck().isPresent() ? checkExercise
                    : r.impliedTotal().flatMap(t -> site.withholding.exercise(t.toDerivedValue())).map(id -> site.exerciseHref(id, root))
                    .orElse("");
            ShareCheck check = checkExercise.isEmpty() ? r.shareCheck().orElse(null) : null;
            String implied = impliedExercise.isEmpty() ? impliedOrCheck(words, r) : "";
            rows.add(new Row(s.id(), measure(words, s.measure()), s.scope().label(words.language()),
                    format.kindPrefix(s.kind()) + format.figure(s.value(), s.valueHigh(), s.unit(), s.qualifier(), s.measure()),
                    format.date(s.asOf()),
                    s.reportedShare().map(format::percent).orElse(""),
                    check == null ? "" : check.recomputedText().replaceFirst("\\s*%?$", percentSign),
                    check == null ? "" : check.agreement().word(),
                    check != null && (check.agreement() == Agreement.DISAGREES || check.agreement() == Agreement.TRUNCATED),
                    check == null ? "" : sentence(words, check),
                    implied, r.shareCheck().isPresent() || !r.refusal().isEmpty(), s.note(),
                    Views.SourceLink.of(site, c.id(), s.source(), root), checkExercise, impliedExercise,
                    check == null ? "" : agreement(words, check.agreement())));
        }
        return rows;
    }

    /** The implied total, the check of a printed total, or why neither is computed; empty when there is no share. */
    private static String impliedOrCheck(PageText t, HeadlineTable.Row r) {
        if (r.shareCheck().isPresent()) {
            return t.format("stats.total-check", totalCheck(t, r.shareCheck().get()));
        }
        if (r.impliedTotal().isPresent()) {
            ImpliedTotal implied = r.impliedTotal().get();
            return t.numbers().quantity(t.numbers().result(implied.value()), implied.unit(), implied.part().measure());
        }
        return r.refusal().isEmpty() ? "" : t.format("stats.not-computed", r.refusal());
    }

    /** How a printed share compares with the recomputed one, as the check column says it. */
    private static String agreement(PageText t, Agreement agreement) {
        return switch (agreement) {
            case ROUNDED -> t.text("stats.agreement.rounded");
            case TRUNCATED -> t.text("stats.agreement.truncated");
            case CLOSE -> t.text("stats.agreement.close");
            case DISAGREES -> t.text("stats.agreement.disagrees");
        };
    }

    /** What a statistic counts, in the page's language ({@code stats.measure.<measure>}); a measure the bundle does not name, as written. */
    private static String measure(PageText t, String measure) {
        String key = "stats.measure." + measure;
        return t.messages().has(key) ? t.text(key) : capitalise(measure.replace('-', ' '));
    }

    /**
     * The check of a printed share, "56/77 = 72.727…%, reported as 72.72 % (truncated, not rounded)":
     * in English as core writes it, in another language from the bundle with its numbers.
     */
    private static String sentence(PageText t, ShareCheck check) {
        if (t.language() == Language.EN) {
            return check.sentence();
        }
        QuantityFormat f = t.numbers();
        String recomputed = check.recomputedText().replaceFirst("\\s*%$", "%");
        String verdict = switch (check.agreement()) {
            case ROUNDED -> t.text("stats.check.rounded");
            case TRUNCATED -> t.text("stats.check.truncated");
            case CLOSE -> t.format("stats.check.close", f.plain(Agreement.CLOSE_POINTS));
            case DISAGREES -> t.format("stats.check.disagrees", f.result(Math.abs(check.recomputedPercent() - check.reportedPercent())));
        };
        return t.format("stats.check", f.plain(check.part().unit().convert(check.part().value(), check.total().unit())),
                f.plain(check.total().value()), recomputed, f.withUnit(f.plain(check.reportedPercent()), "%"), verdict);
    }

    /**
     * The total a printed share implies as a check of the printed total, "56 parks ÷ 72.72 % = 77.008
     * parks, consistent with the printed 77 parks up to the truncated share": in English as core
     * writes it, in another language from the bundle.
     */
    private static String totalCheck(PageText t, ShareCheck check) {
        if (t.language() == Language.EN) {
            return check.totalCheck();
        }
        QuantityFormat f = t.numbers();
        PublishedStatistic part = check.part();
        PublishedStatistic total = check.total();
        double implied = part.unit().convert(part.value(), total.unit()) / (check.reportedPercent() / 100);
        String printed = f.quantity(f.plain(total.value()), total.unit(), total.measure());
        return t.format("stats.total." + check.agreement().word(), f.quantity(f.plain(part.value()), part.unit(), part.measure()),
                f.withUnit(f.plain(check.reportedPercent()), "%"), f.quantity(f.result(implied), total.unit(), total.measure()), printed);
    }

    /** Every case's statistics, for the home page. */
    static List<Row> all(Site site, String root) {
        List<Row> rows = new ArrayList<>();
        site.cases().forEach(c -> rows.addAll(rows(site, c, root)));
        return rows;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
