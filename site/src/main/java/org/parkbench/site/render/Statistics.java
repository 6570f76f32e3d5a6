package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.PublishedStatistic;

/**
 * The published aggregate statistics (the paper's headline table) as rows for a page: each value as
 * reported, the share the source reports, and the share recomputed from the reported counts where
 * the source reports the total too, so a reader sees whether the two agree.
 */
public final class Statistics {
    /** One published statistic. */
    public record Row(String id, String measure, String scope, String value, String asOf, String reportedShare,
                      String recomputedShare, boolean shareDiffers, String note, Views.SourceLink source) {
    }

    private Statistics() {
    }

    static List<Row> rows(Site site, CaseStudy c, String root) {
        Map<String, PublishedStatistic> byId = new HashMap<>();
        c.statistics().forEach(s -> byId.put(s.id(), s));
        List<Row> rows = new ArrayList<>();
        for (PublishedStatistic s : c.statistics()) {
            String recomputed = "";
            boolean differs = false;
            PublishedStatistic total = byId.get(s.shareOf());
            if (total != null && total.value() > 0 && total.unit() == s.unit()) {
                double share = Math.round(s.value() / total.value() * 10000.0) / 100.0;
                recomputed = ValueFormat.percent(share);
                differs = s.reportedShare().map(r -> Math.abs(r - share) > 0.005 + 1e-9).orElse(false);
            }
            rows.add(new Row(s.id(), capitalise(s.measure().replace('-', ' ')), s.scope().label(),
                    ValueFormat.amount(s.value(), s.unit()), s.asOf().toString(),
                    s.reportedShare().map(ValueFormat::percent).orElse(""), recomputed, differs, s.note(),
                    Views.SourceLink.of(site, c.id(), s.source(), root)));
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
