package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.ContextNote;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.site.output.SitePaths;

/**
 * What a page shows about one park, built from its case's rows by park: its profile, its fact
 * box, its stakes with the ownership period by period and the classifier's reading, and its
 * milestones. Case pages show these for each of their parks (when they have few), park pages for
 * their park; both get the same rows.
 */
final class ParkViews {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    private final Site site;

    ParkViews(Site site) {
        this.site = site;
    }

    CasePages.ParkProfile profile(CaseStudy c, Park p, String root) {
        String coords = p.location().hasCoordinates()
                ? FORMAT.fixed(p.location().latitude(), 4) + ", " + FORMAT.fixed(p.location().longitude(), 4)
                + " (" + p.location().precision().label().toLowerCase(Locale.ROOT) + ")"
                : "";
        return new CasePages.ParkProfile(p.id(), p.nameEn(), p.nameZh(), Views.country(p.country()), p.location().place(), coords,
                p.corridorLabel(), p.beltAndRoad(), p.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")),
                p.status().label(), p.established() == null ? "" : p.established().toString(), p.homeProvince(),
                MofcomStatus.of(site, p), Views.ModelBadge.of(p.model(), root),
                p.variantIfAny().map(Vocabulary::label).orElse(""), Views.SourceLink.of(site, c.id(), p.source(), root),
                root + SitePaths.park(p.id()), p.note(),
                p.mofcomSource().isEmpty() ? null : Views.SourceLink.of(site, c.id(), p.mofcomSource(), root),
                p.modelSource().isEmpty() ? null : Views.SourceLink.of(site, c.id(), p.modelSource(), root));
    }

    /** The park's fact box, or null when no source reports a figure for it. */
    CasePages.FactGroup facts(CaseStudy c, Park p, String root) {
        List<Observation> obs = c.observations(p.id()).stream()
                .sorted(Comparator.comparing((Observation o) -> o.indicator().ordinal()).thenComparing(Observation::asOf)
                        .thenComparing(Observation::source))
                .toList();
        if (obs.isEmpty()) {
            return null;
        }
        // observations are sorted by indicator and date, so the figures of one indicator and date are adjacent
        int n = obs.size();
        String[] stated = new String[n];
        for (int i = 0; i < n; i++) {
            stated[i] = FORMAT.stated(obs.get(i));
        }
        boolean[] conflict = new boolean[n];
        int[] indicatorRows = new int[n];
        for (int from = 0; from < n; ) {
            int to = from;
            java.util.Set<String> values = new java.util.HashSet<>();
            while (to < n && obs.get(to).indicator() == obs.get(from).indicator() && obs.get(to).asOf().equals(obs.get(from).asOf())) {
                values.add(stated[to++]);
            }
            for (int i = from; i < to; i++) {
                conflict[i] = values.size() > 1;
            }
            from = to;
        }
        for (int from = 0; from < n; ) {
            int to = from;
            while (to < n && obs.get(to).indicator() == obs.get(from).indicator()) {
                to++;
            }
            indicatorRows[from] = to - from;
            from = to;
        }
        List<CasePages.FactRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Observation o = obs.get(i);
            rows.add(new CasePages.FactRow(o.indicator().label(), stated[i], o.asOf().toString(), o.note(),
                    Views.SourceLink.of(site, c.id(), o.source(), root), conflict[i], indicatorRows[i]));
        }
        return new CasePages.FactGroup(p.nameEn(), rows, (int) rows.stream().filter(CasePages.FactRow::conflict).count());
    }

    /** The park's stakes and ownership over time, or null when it has none. */
    CasePages.StakeGroup stakes(CaseStudy c, Park p, String root) {
        List<Stake> list = c.stakes(p.id());
        if (list.isEmpty()) {
            return null;
        }
        List<CasePages.StakeRow> rows = list.stream().map(s -> new CasePages.StakeRow(s.actor().name(), s.actor().kind().label(),
                s.role().label(), s.share().map(FORMAT::percent).orElse(""), period(s.from(), s.until()), s.note(),
                Views.SourceLink.of(site, c.id(), s.source(), root))).toList();
        StakeStructure structure = StakeStructure.of(list);
        List<CasePages.OwnershipPeriod> ownership = structure.periods().stream().map(period -> {
            String exercise = structure.unattributedAt(period.from()).flatMap(site.withholding::exercise)
                    .map(id -> site.exerciseHref(id, root)).orElse("");
            return new CasePages.OwnershipPeriod(period(period.from(), period.until()),
                    period.holdings().stream().map(h -> h.actor().name() + " (" + h.role().label().toLowerCase(Locale.ROOT)
                            + (h.share().isPresent() ? ", " + FORMAT.percent(h.share().get()) : ", share not known") + ")").toList(),
                    exercise.isEmpty() ? period.unattributed().map(FORMAT::percent).orElse("not known") : "", exercise);
        }).toList();
        return new CasePages.StakeGroup(p.nameEn(), rows, ownership);
    }

    /** How the classifier reads the park's stakes, or null when it has none. */
    CasePages.ClassificationView classification(CaseStudy c, Park p, String root) {
        if (c.stakes(p.id()).isEmpty()) {
            return null;
        }
        Classification k = c.classification(p.id()).orElseThrow();
        List<CasePages.Score> scores = java.util.Arrays.stream(DevelopmentModel.values()).map(m -> new CasePages.Score(
                Views.ModelBadge.of(m, root), k.score(m), FORMAT.percent(Math.round(k.score(m) * 100.0)),
                k.points().getOrDefault(m, 0))).toList();
        return new CasePages.ClassificationView(p.nameEn(), k.asOf().map(PartialDate::toString).orElse(""), k.determined(), scores,
                k.fired().stream().map(FiredRule::explanation).toList(),
                k.context().stream().map(ContextNote::explanation).toList(),
                k.top().map(DevelopmentModel::label).orElse(""), k.mixed(), k.disagrees(), p.model().label());
    }

    /** A milestone as a timeline shows it. */
    CasePages.EventRow event(CaseStudy c, Event e, String root) {
        String park = c.park(e.park()).map(Park::nameEn).orElse(e.park());
        return new CasePages.EventRow(e.date().toString(), park, e.text(), e.note(), Views.SourceLink.of(site, c.id(), e.source(), root));
    }

    static String period(PartialDate from, PartialDate until) {
        return until == null ? "since " + from : from + " – " + until;
    }
}
