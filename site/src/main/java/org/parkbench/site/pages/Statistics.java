package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.analysis.Agreement;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.ShareCheck;
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
                    r.figure(words.language()),
                    format.date(s.asOf()),
                    s.reportedShare().map(format::percent).orElse(""),
                    check == null ? "" : check.recomputedText().replaceFirst("\\s*%?$", percentSign),
                    check == null ? "" : check.agreement().word(),
                    check != null && (check.agreement() == Agreement.DISAGREES || check.agreement() == Agreement.TRUNCATED),
                    check == null ? "" : check.sentence(words.language()),
                    implied, r.shareCheck().isPresent() || !r.refusal().isEmpty(), s.note(),
                    Views.SourceLink.of(site, c.id(), s.source(), root), checkExercise, impliedExercise,
                    check == null ? "" : check.agreement().word(words.language())));
        }
        return rows;
    }

    /** The implied total, the check of a printed total, or why neither is computed; empty when there is no share. */
    private static String impliedOrCheck(PageText t, HeadlineTable.Row r) {
        if (r.shareCheck().isPresent()) {
            return t.format("stats.total-check", r.shareCheck().get().totalCheck(t.language()));
        }
        if (r.impliedTotal().isPresent()) {
            return r.impliedTotal().get().text(t.language());
        }
        String refusal = r.refusal(t.language());
        return refusal.isEmpty() ? "" : t.format("stats.not-computed", refusal);
    }

    /** What a statistic counts, in the page's language ({@code stats.measure.<measure>}); a measure the bundle does not name, as written. */
    private static String measure(PageText t, String measure) {
        String key = "stats.measure." + measure;
        return t.messages().has(key) ? t.text(key) : capitalise(measure.replace('-', ' '));
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
