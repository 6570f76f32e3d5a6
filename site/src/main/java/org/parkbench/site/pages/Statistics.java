package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.analysis.Agreement;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.ImpliedTotal;
import org.parkbench.core.analysis.ShareCheck;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The published aggregate statistics (the paper's headline table, from core's {@link HeadlineTable})
 * as rows for a page: each value as reported, the share the source prints, the share recomputed from
 * the reported counts and how the two agree, and the total a printed share implies.
 */
public final class Statistics {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    /** One published statistic with its checks. */
    public record Row(String id, String measure, String scope, String value, String asOf, String reportedShare,
                      String recomputedShare, String agreement, boolean shareDiffers, String check, String impliedTotal,
                      String note, Views.SourceLink source, String checkExercise, String impliedTotalExercise) {
    }

    private Statistics() {
    }

    static List<Row> rows(Site site, CaseStudy c, String root) {
        List<Row> rows = new ArrayList<>();
        for (HeadlineTable.Row r : HeadlineTable.of(c.statistics()).rows()) {
            PublishedStatistic s = r.statistic();
            String checkExercise = r.shareCheck().flatMap(k -> site.withholding.exercise(Derivations.shareOfTotal(k.part(), k.total())))
                    .map(id -> site.exerciseHref(id, root)).orElse("");
            String impliedExercise = r.impliedTotal().flatMap(t -> site.withholding.exercise(t.toDerivedValue()))
                    .map(id -> site.exerciseHref(id, root)).orElse("");
            ShareCheck check = checkExercise.isEmpty() ? r.shareCheck().orElse(null) : null;
            rows.add(new Row(s.id(), capitalise(s.measure().replace('-', ' ')), s.scope().label(),
                    FORMAT.amount(s.value(), s.unit()), s.asOf().toString(),
                    s.reportedShare().map(FORMAT::percent).orElse(""),
                    check == null ? "" : check.recomputedText().replaceFirst("\\s*%?$", " %"),
                    check == null ? "" : check.agreement().word(),
                    check != null && (check.agreement() == Agreement.DISAGREES || check.agreement() == Agreement.TRUNCATED),
                    check == null ? "" : check.sentence(),
                    impliedExercise.isEmpty() ? r.impliedTotal().map(ImpliedTotal::text).orElse("") : "", s.note(),
                    Views.SourceLink.of(site, c.id(), s.source(), root), checkExercise, impliedExercise));
        }
        return rows;
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
