package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.classify.Classification;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.classify.ContextNote;
import org.parkbench.core.classify.FiredRule;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.site.course.Course;

/**
 * One page per case: narrative with its citations resolved, the parks at a glance, the fact box
 * (every figure with its as-of date and source, conflicting figures side by side and flagged), the
 * stake structure, the timeline, the case's figures, discussion questions, exercises and downloads.
 */
public final class CasePages {
    /** A park at a glance. */
    public record ParkProfile(String id, String nameEn, String nameZh, String country, String place, String coordinates,
                              String corridor, boolean beltAndRoad, String sectors, String status, String established,
                              String homeProvince, String mofcomConfirmed, Views.ModelBadge model, String variant,
                              Views.SourceLink source) {
    }

    /** A figure in the fact box; {@code conflict} marks figures that sources report differently for the same date. */
    public record FactRow(String indicator, String value, String asOf, String note, Views.SourceLink source, boolean conflict,
                          int indicatorRows) {
        /** Whether this row opens its indicator's group (and so carries the indicator's name). */
        public boolean firstOfIndicator() {
            return indicatorRows > 0;
        }
    }

    /** The fact box of one park. */
    public record FactGroup(String park, List<FactRow> rows, int conflicts) {
    }

    /** One actor's role in a park over a period. */
    public record StakeRow(String actor, String kind, String role, String share, String period, String note, Views.SourceLink source) {
    }

    /** Who held the developer and owner stakes in one period, and the share no source attributes. */
    public record OwnershipPeriod(String period, List<String> holdings, String unattributed) {
    }

    /** The stakes of one park, and its ownership period by period (core's {@link StakeStructure}). */
    public record StakeGroup(String park, List<StakeRow> rows, List<OwnershipPeriod> ownership) {
    }

    /** A model's score in the classifier's reading of a park. */
    public record Score(Views.ModelBadge model, double value, String percent, int points) {
    }

    /** How the classifier reads a park's stakes: scores, the rules that fired, and the verdict. */
    public record ClassificationView(String park, String asOf, boolean determined, List<Score> scores, List<String> fired,
                                     List<String> context, String top, boolean mixed, boolean disagrees, String declared) {
    }

    /** A milestone. */
    public record EventRow(String date, String park, String text, String note, Views.SourceLink source) {
    }

    /** A download of the case's data. */
    public record Download(String label, String href, int rows) {
    }

    private final Site site;
    private final ExercisePages exercises;

    CasePages(Site site) {
        this.site = site;
        this.exercises = new ExercisePages(site);
    }

    void write() {
        List<CaseStudy> cases = site.cases();
        for (int i = 0; i < cases.size(); i++) {
            CaseStudy c = cases.get(i);
            String path = SitePaths.caseStudy(c.id());
            String root = SitePaths.rootOf(path);
            Map<String, Object> m = new HashMap<>();
            m.put("c", Views.CaseCard.of(c, root));
            m.put("meta", c.meta());
            m.put("session", site.course.sessionOf(c.id()).map(Course.Session::title).orElse(""));
            m.put("objectives", c.meta().objectives());
            m.put("parks", c.parks().stream().map(p -> profile(c, p, root)).toList());
            m.put("narrative", site.markdown.render(c.narrative(),
                    new CitationResolver(c, site.bibliography, root).inserts(c.narrative(), site.problems::add)));
            m.put("facts", facts(c, root));
            m.put("stakes", stakes(c, root));
            m.put("events", c.events().stream().map(e -> new EventRow(e.date().toString(), parkName(c, e.park()), e.text(), e.note(),
                    Views.SourceLink.of(site, c.id(), e.source(), root))).toList());
            m.put("multiPark", c.parks().size() > 1);
            m.put("classifications", c.parks().stream().filter(p -> !c.stakes(p.id()).isEmpty())
                    .map(p -> classification(c, p, root)).toList());
            m.put("statistics", Statistics.rows(site, c, root));
            m.put("zones", ParkCatalogue.zoneRows(site, c, root));
            m.put("figures", site.figures.forCase(c.id()));
            m.put("questions", c.meta().discussionQuestions());
            m.put("exercises", exercises.entries(c.id(), root));
            m.put("course", site.course.id());
            m.put("downloads", downloads(c, root));
            m.put("previous", i > 0 ? new Views.Link(cases.get(i - 1).meta().title(), root + SitePaths.caseStudy(cases.get(i - 1).id())) : null);
            m.put("next", i + 1 < cases.size() ? new Views.Link(cases.get(i + 1).meta().title(), root + SitePaths.caseStudy(cases.get(i + 1).id())) : null);
            m.put("hasPrevious", i > 0);
            m.put("hasNext", i + 1 < cases.size());
            site.page(path, "case", c.meta().title(), "cases", c.meta().subtitle(), m, true);
        }
    }

    private ParkProfile profile(CaseStudy c, Park p, String root) {
        String coords = p.location().hasCoordinates()
                ? String.format(java.util.Locale.ROOT, "%.4f, %.4f (%s)", p.location().latitude(), p.location().longitude(),
                p.location().precision().label().toLowerCase(java.util.Locale.ROOT))
                : "";
        return new ParkProfile(p.id(), p.nameEn(), p.nameZh(), Views.country(p.country()), p.location().place(), coords,
                p.corridor().label(), p.beltAndRoad(), p.sectors().stream().map(Sector::label).collect(Collectors.joining(", ")),
                p.status().label(), p.established() == null ? "" : p.established().toString(), p.homeProvince(),
                p.mofcomConfirmed() == null ? "" : p.mofcomConfirmed().toString(), Views.ModelBadge.of(p.model(), root),
                p.variantIfAny().map(Vocabulary::label).orElse(""), Views.SourceLink.of(site, c.id(), p.source(), root));
    }

    private List<FactGroup> facts(CaseStudy c, String root) {
        List<FactGroup> groups = new ArrayList<>();
        for (Park p : c.parks()) {
            List<Observation> obs = c.observations().stream().filter(o -> o.park().equals(p.id()))
                    .sorted(java.util.Comparator.comparing((Observation o) -> o.indicator().ordinal()).thenComparing(Observation::asOf)
                            .thenComparing(Observation::source))
                    .toList();
            Map<String, Long> distinct = obs.stream().collect(Collectors.groupingBy(o -> o.indicator() + "|" + o.asOf(),
                    Collectors.mapping(ValueFormat::stated, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
            Map<Object, Long> perIndicator = obs.stream().collect(Collectors.groupingBy(Observation::indicator, Collectors.counting()));
            List<FactRow> rows = new ArrayList<>();
            for (int i = 0; i < obs.size(); i++) {
                Observation o = obs.get(i);
                boolean first = i == 0 || obs.get(i - 1).indicator() != o.indicator();
                rows.add(new FactRow(o.indicator().label(), ValueFormat.stated(o), o.asOf().toString(), o.note(),
                        Views.SourceLink.of(site, c.id(), o.source(), root), distinct.get(o.indicator() + "|" + o.asOf()) > 1,
                        first ? perIndicator.get(o.indicator()).intValue() : 0));
            }
            if (!rows.isEmpty()) {
                groups.add(new FactGroup(p.nameEn(), rows, (int) rows.stream().filter(FactRow::conflict).count()));
            }
        }
        return groups;
    }

    private List<StakeGroup> stakes(CaseStudy c, String root) {
        Map<String, List<Stake>> byPark = new LinkedHashMap<>();
        c.parks().forEach(p -> byPark.put(p.id(), c.stakes(p.id())));
        List<StakeGroup> groups = new ArrayList<>();
        byPark.forEach((park, list) -> {
            if (list.isEmpty()) {
                return;
            }
            List<StakeRow> rows = list.stream().map(s -> new StakeRow(s.actor().name(), s.actor().kind().label(), s.role().label(),
                    s.share().map(ValueFormat::percent).orElse(""), period(s.from(), s.until()), s.note(),
                    Views.SourceLink.of(site, c.id(), s.source(), root))).toList();
            List<OwnershipPeriod> ownership = StakeStructure.of(list).periods().stream().map(p -> new OwnershipPeriod(
                    period(p.from(), p.until()),
                    p.holdings().stream().map(h -> h.actor().name() + " (" + h.role().label().toLowerCase(java.util.Locale.ROOT)
                            + (h.share().isPresent() ? ", " + ValueFormat.percent(h.share().get()) : ", share not known") + ")").toList(),
                    p.unattributed().map(ValueFormat::percent).orElse("not known"))).toList();
            groups.add(new StakeGroup(parkName(c, park), rows, ownership));
        });
        return groups;
    }

    private ClassificationView classification(CaseStudy c, Park p, String root) {
        Classification k = Classifier.standard().classify(p, c.stakes(p.id()));
        List<Score> scores = java.util.Arrays.stream(DevelopmentModel.values()).map(m -> new Score(Views.ModelBadge.of(m, root),
                k.score(m), ValueFormat.number(Math.round(k.score(m) * 100.0)) + " %", k.points().getOrDefault(m, 0))).toList();
        return new ClassificationView(p.nameEn(), k.asOf().map(PartialDate::toString).orElse(""), k.determined(), scores,
                k.fired().stream().map(FiredRule::explanation).toList(),
                k.context().stream().map(ContextNote::explanation).toList(),
                k.top().map(DevelopmentModel::label).orElse(""), k.mixed(), k.disagrees(), p.model().label());
    }

    static String period(PartialDate from, PartialDate until) {
        return until == null ? "since " + from : from + " – " + until;
    }

    private static String parkName(CaseStudy c, String parkId) {
        return c.park(parkId).map(Park::nameEn).orElse(parkId);
    }

    private List<Download> downloads(CaseStudy c, String root) {
        List<Download> out = new ArrayList<>();
        for (DataTables.Table t : DataTables.tables()) {
            int n = t.rows().apply(c).size();
            if (n > 0) {
                out.add(new Download(t.title(), root + SitePaths.DATA_DIR + c.id() + "/" + t.file(), n));
            }
        }
        return out;
    }
}
