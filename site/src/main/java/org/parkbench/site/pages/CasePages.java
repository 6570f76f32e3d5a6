package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Park;
import org.parkbench.site.course.Course;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.SitePaths;

/**
 * One page per case: narrative with its citations resolved, the parks at a glance, the fact box
 * (every figure with its as-of date and source, conflicting figures side by side and flagged), the
 * stake structure, the timeline, the case's figures, discussion questions, exercises and downloads.
 * A case with more than {@link PageLimits#INLINE_PARKS} parks lists its parks in a table instead
 * and leaves each park's fact box, stakes, timeline and figures to the park's own page
 * ({@link ParkPages}), so the page grows with the number of parks by one table row each.
 */
public final class CasePages {
    /** A park at a glance. */
    public record ParkProfile(String id, String nameEn, String nameZh, String country, String place, String coordinates,
                              String corridor, boolean beltAndRoad, String sectors, String status, String established,
                              String homeProvince, String mofcomConfirmed, Views.ModelBadge model, String variant,
                              Views.SourceLink source, String href, String note, Views.SourceLink mofcomSource,
                              Views.SourceLink modelSource) {
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

    /**
     * Who held the developer and owner stakes in one period, and the share no source attributes;
     * {@code exercise} links to the exercise that asks the student to compute that share (then
     * {@code unattributed} is empty), or is empty.
     */
    public record OwnershipPeriod(String period, List<String> holdings, String unattributed, String exercise) {
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

    /**
     * A source the case cites, as the list at the end of its page gives it (a printed page keeps
     * the sources with their addresses): the short label the citations use, its title, and its own
     * URL when it has a safe one (the citations in the text link to the entry on the references page).
     */
    public record CaseSource(String label, String title, String translatedTitle, String href, String link) {
        public boolean hasLink() {
            return !link.isEmpty();
        }
    }

    /** A park of a case too large to show every park inline: one row linking to the park's page. */
    public record ParkRow(String name, String nameZh, String href, String country, Views.ModelBadge model, String status,
                         String established) {
    }

    private final Site site;
    private final ExercisePages exercises;

    CasePages(Site site) {
        this.site = site;
        this.exercises = new ExercisePages(site);
    }

    /** Whether a case has too many parks to show their details inline: its page then lists them and links each park's page. */
    static boolean compact(CaseStudy c) {
        return c.parks().size() > PageLimits.INLINE_PARKS;
    }

    /** The page of {@code cases.get(i)}, showing {@code figures} (the case's figures; its parks' ones when inline). */
    void write(List<CaseStudy> cases, int i, List<SiteFigures.FigureView> figures) {
        CaseStudy c = cases.get(i);
        String path = SitePaths.caseStudy(c.id());
        site.page(path, "case", c.meta().title(), "cases", c.meta().subtitle(), model(cases, i, figures, SitePaths.rootOf(path)), true);
    }

    /**
     * What the page of {@code cases.get(i)} shows, with links relative to {@code root}: the same view the
     * printed handout is made from ({@link Handouts}).
     */
    Map<String, Object> model(List<CaseStudy> cases, int i, List<SiteFigures.FigureView> figures, String root) {
        CaseStudy c = cases.get(i);
        boolean compact = compact(c);
        List<Park> inline = compact ? List.of() : c.parks();
        Map<String, Object> m = new HashMap<>();
        Language language = site.text.language();
        m.put("c", Views.CaseCard.of(c, root, site.text));
        m.put("meta", c.meta());
        m.put("untranslated", c.language() != site.language() ? site.untranslatedNotice() : "");
        m.put("session", site.sessionOf(c.id()).map(Course.Session::title).orElse(""));
        m.put("objectives", c.meta().objectives());
        m.put("parks", inline.stream().map(p -> site.parks.profile(c, p, root)).toList());
        m.put("parkLinks", true);
        m.put("parkTable", compact ? c.parks().stream().map(p -> new ParkRow(p.nameEn(), p.nameZh(), root + SitePaths.park(p.id()),
                Views.country(p.country(), language), Views.ModelBadge.of(p.model(), root, language), p.status().label(language),
                p.established() == null ? "" : p.established().toString())).toList() : List.of());
        m.put("narrative", site.glossaryLinks(root).link(site.markdown.render(c.narrative(),
                new CitationResolver(c, site.bibliography, root, site.text).inserts(c.citations(), site.problems::add))));
        m.put("facts", inline.stream().map(p -> site.parks.facts(c, p, root)).filter(java.util.Objects::nonNull).toList());
        m.put("stakes", inline.stream().map(p -> site.parks.stakes(c, p, root)).filter(java.util.Objects::nonNull).toList());
        m.put("events", compact ? List.of() : c.events().stream().map(e -> site.parks.event(c, e, root)).toList());
        m.put("multiPark", c.parks().size() > 1);
        m.put("classifications", inline.stream().map(p -> site.parks.classification(c, p, root)).filter(java.util.Objects::nonNull).toList());
        m.put("statistics", Statistics.rows(site, c, root));
        m.put("zones", ParkCatalogue.zoneRows(site, c, root));
        m.put("figures", compact ? figures.stream().filter(f -> f.parkId().isEmpty()).toList() : figures);
        m.put("questions", c.meta().discussionQuestions());
        m.put("exercises", exercises.entries(c.id(), root));
        m.put("course", site.course.id());
        m.put("downloads", downloads(c, root));
        m.put("sources", sources(c, root));
        m.put("previous", i > 0 ? new Views.Link(cases.get(i - 1).meta().title(), root + SitePaths.caseStudy(cases.get(i - 1).id())) : null);
        m.put("next", i + 1 < cases.size() ? new Views.Link(cases.get(i + 1).meta().title(), root + SitePaths.caseStudy(cases.get(i + 1).id())) : null);
        m.put("hasPrevious", i > 0);
        m.put("hasNext", i + 1 < cases.size());
        return m;
    }

    /** Every source of the case, in the order of the references page. */
    private List<CaseSource> sources(CaseStudy c, String root) {
        java.util.Set<Bibliography.Entry> cited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        c.sources().keySet().forEach(key -> cited.add(site.bibliography.entry(c.id(), key)));
        return site.bibliography.entries().stream().filter(cited::contains)
                .map(e -> new CaseSource(e.label(), e.source().title(), e.source().translatedTitle().orElse(""), root + SitePaths.REFERENCES + "#" + e.anchor(), e.link()))
                .toList();
    }

    private List<Download> downloads(CaseStudy c, String root) {
        List<Download> out = new ArrayList<>();
        for (DataTables.Table t : DataTables.tables()) {
            int n = t.count(c);
            if (n > 0) {
                out.add(new Download(t.title(site.text), root + SitePaths.DATA_DIR + c.id() + "/" + t.file(), n));
            }
        }
        return out;
    }
}
