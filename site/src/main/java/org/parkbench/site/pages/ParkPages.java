package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Sector;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.SitePaths;

/**
 * One page per park ({@code parks/<id>.html}): the park at a glance, its fact box, stakes and
 * ownership over time, the classifier's reading, its milestones and its figures, with links to its
 * case and its neighbours in the case. Park pages are what grows with the catalogue, so they are
 * rendered in parallel, one job per park, and indexed for search from their data (name, country,
 * model, sectors, case) rather than from their HTML.
 */
public final class ParkPages {
    private final Site site;

    ParkPages(Site site) {
        this.site = site;
    }

    /** The pages of every park of {@code c}, in parallel; {@code figures} are the case's figures. */
    void write(CaseStudy c, List<SiteFigures.FigureView> figures) {
        Map<String, List<SiteFigures.FigureView>> byPark = new HashMap<>();
        figures.stream().filter(f -> !f.parkId().isEmpty()).forEach(f -> byPark.computeIfAbsent(f.parkId(), k -> new ArrayList<>()).add(f));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < c.parks().size(); i++) {
            positions.add(i);
        }
        site.pool.forEach(positions, i -> write(c, i, byPark.getOrDefault(c.parks().get(i).id(), List.of())));
    }

    void write(CaseStudy c, int i, List<SiteFigures.FigureView> figures) {
        Park p = c.parks().get(i);
        String path = SitePaths.park(p.id());
        String root = SitePaths.rootOf(path);
        ParkViews views = site.parks;
        Map<String, Object> m = new HashMap<>();
        m.put("p", views.profile(c, p, root));
        m.put("parkLinks", false);
        m.put("caseLink", new Views.Link(c.meta().title(), root + SitePaths.caseStudy(c.id())));
        m.put("facts", listOf(views.facts(c, p, root)));
        m.put("stakes", listOf(views.stakes(c, p, root)));
        m.put("classifications", listOf(views.classification(c, p, root)));
        m.put("events", c.events(p.id()).stream().map(e -> views.event(c, e, root)).toList());
        m.put("multiPark", false);
        m.put("figures", figures);
        m.put("previous", i > 0 ? link(c.parks().get(i - 1), root) : null);
        m.put("next", i + 1 < c.parks().size() ? link(c.parks().get(i + 1), root) : null);
        m.put("hasPrevious", i > 0);
        m.put("hasNext", i + 1 < c.parks().size());
        Language language = site.text.language();
        String sectors = p.sectors().stream().map(x -> x.label(language)).collect(Collectors.joining(", "));
        String text = String.join(" ", p.nameEn(), p.nameZh(), Views.country(p.country(), language), p.location().place(),
                p.model().label(language), p.status().label(language), sectors, p.homeProvince(), c.meta().title())
                + searchText((CasePages.ParkProfile) m.get("p"), (List<?>) m.get("facts"), (List<?>) m.get("stakes"),
                (List<?>) m.get("classifications"), (List<?>) m.get("events"));
        site.page(path, "park", p.nameEn(), "parks", site.text.format("park.description", c.meta().title()), m, text);
    }

    /**
     * The rest of the page's words, from the views its template shows (the page is rendered
     * straight to bytes, so its HTML is never a string to take them from): the profile's other
     * fields, every fact with its value as written, stakes and ownership, the classifier's
     * reading, the timeline.
     */
    private static String searchText(CasePages.ParkProfile profile, List<?> facts, List<?> stakes, List<?> classifications,
                                     List<?> events) {
        StringBuilder b = new StringBuilder(1024);
        java.util.function.Consumer<String> add = s -> {
            if (s != null && !s.isEmpty()) {
                b.append(' ').append(s);
            }
        };
        add.accept(profile.corridor());
        add.accept(profile.established());
        add.accept(profile.mofcomConfirmed());
        add.accept(profile.variant());
        add.accept(profile.note());
        for (Object o : facts) {
            for (CasePages.FactRow r : ((CasePages.FactGroup) o).rows()) {
                add.accept(r.indicator());
                add.accept(r.value());
                add.accept(r.asOf());
                add.accept(r.note());
            }
        }
        for (Object o : stakes) {
            CasePages.StakeGroup g = (CasePages.StakeGroup) o;
            for (CasePages.StakeRow r : g.rows()) {
                add.accept(r.actor());
                add.accept(r.kind());
                add.accept(r.role());
                add.accept(r.share());
                add.accept(r.period());
                add.accept(r.note());
            }
        }
        for (Object o : classifications) {
            CasePages.ClassificationView k = (CasePages.ClassificationView) o;
            add.accept(k.top());
            k.fired().forEach(add);
            k.context().forEach(add);
        }
        for (Object o : events) {
            CasePages.EventRow e = (CasePages.EventRow) o;
            add.accept(e.date());
            add.accept(e.text());
            add.accept(e.note());
        }
        return b.toString();
    }

    private static Views.Link link(Park p, String root) {
        return new Views.Link(p.nameEn(), root + SitePaths.park(p.id()));
    }

    private static <T> List<T> listOf(T item) {
        return item == null ? List.of() : List.of(Objects.requireNonNull(item));
    }
}
