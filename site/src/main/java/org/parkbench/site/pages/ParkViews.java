package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
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
    private final Site site;
    private final PageText t;
    private final Language language;
    private final QuantityFormat format;

    ParkViews(Site site) {
        this.site = site;
        this.t = site.text;
        this.language = t.language();
        this.format = t.numbers();
    }

    CasePages.ParkProfile profile(CaseStudy c, Park p, String root) {
        String coords = p.location().hasCoordinates()
                ? t.format("profile.coordinates.value", format.fixed(p.location().latitude(), 4),
                        format.fixed(p.location().longitude(), 4), lowerCase(p.location().precision().label(language)))
                : "";
        return new CasePages.ParkProfile(p.id(), p.nameEn(), p.nameZh(), Views.country(p.country(), language), p.location().place(), coords,
                p.corridorIfAssigned().map(k -> k.label(language)).orElse(t.text("profile.corridor.none")), p.beltAndRoad(),
                p.sectors().stream().map(x -> x.label(language)).collect(Collectors.joining(t.text("common.comma"))),
                p.status().label(language), p.established() == null ? "" : p.established().toString(), p.homeProvince(),
                MofcomStatus.of(site, p), Views.ModelBadge.of(p.model(), root, language),
                p.variantIfAny().map(v -> v.label(language)).orElse(""), Views.SourceLink.of(site, c.id(), p.source(), root),
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
            stated[i] = format.stated(obs.get(i));
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
            rows.add(new CasePages.FactRow(o.indicator().label(language), stated[i], format.date(o.asOf()), o.note(),
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
        List<CasePages.StakeRow> rows = list.stream().map(s -> new CasePages.StakeRow(s.actor().name(language), s.actor().kind().label(language),
                s.role().label(language), s.share().map(format::percent).orElse(""), period(s.from(), s.until()), s.note(),
                Views.SourceLink.of(site, c.id(), s.source(), root))).toList();
        StakeStructure structure = StakeStructure.of(list);
        List<CasePages.OwnershipPeriod> ownership = structure.periods().stream().map(period -> {
            String exercise = structure.unattributedAt(period.from()).flatMap(site.withholding::exercise)
                    .map(id -> site.exerciseHref(id, root)).orElse("");
            return new CasePages.OwnershipPeriod(period(period.from(), period.until()),
                    period.holdings().stream().map(h -> h.share().isPresent()
                            ? t.format("stakes.holding", h.actor().name(language), lowerCase(h.role().label(language)), format.percent(h.share().get()))
                            : t.format("stakes.holding.no-share", h.actor().name(language), lowerCase(h.role().label(language)))).toList(),
                    exercise.isEmpty() ? period.unattributed().map(format::percent).orElse(t.text("common.not-known")) : "", exercise);
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
                Views.ModelBadge.of(m, root, language), k.score(m), format.percent(Math.round(k.score(m) * 100.0)),
                k.points().getOrDefault(m, 0))).toList();
        return new CasePages.ClassificationView(p.nameEn(), k.asOf().map(format::date).orElse(""), k.determined(), scores,
                k.fired().stream().map(f -> f.explanation(language)).toList(),
                k.context().stream().map(n -> n.explanation(language)).toList(),
                k.top().map(m -> m.label(language)).orElse(""), k.mixed(), k.disagrees(), p.model().label(language));
    }

    /** A milestone as a timeline shows it. */
    CasePages.EventRow event(CaseStudy c, Event e, String root) {
        String park = c.park(e.park()).map(Park::nameEn).orElse(e.park());
        return new CasePages.EventRow(format.date(e.date()), park, e.text(language), e.note(), Views.SourceLink.of(site, c.id(), e.source(), root));
    }

    /** A period as the stake tables show it: "since 2008", "2008 – 2012" (2008年起, 2008年 – 2012年). */
    String period(PartialDate from, PartialDate until) {
        return until == null ? t.format("stakes.since", format.date(from)) : t.format("stakes.period", format.date(from), format.date(until));
    }

    /** A label inside a sentence: lower-case in English, as it is in Chinese. */
    private String lowerCase(String label) {
        return language == Language.EN ? label.toLowerCase(Locale.ROOT) : label;
    }
}
