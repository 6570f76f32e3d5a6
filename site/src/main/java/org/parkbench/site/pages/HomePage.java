package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.site.course.Course;
import org.parkbench.site.figures.FigureFiles;
import org.parkbench.site.output.SitePaths;

/**
 * The home page: the course (who, when), the learning path through its sessions and cases, the map
 * of parks, the headline statistics and the three models at a glance.
 */
public final class HomePage {
    /** A session of the learning path with its cases and readings. */
    public record SessionView(int number, String title, String when, List<Views.CaseCard> cases, List<Views.Link> readings) {
    }

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    void write() {
        String root = "";
        List<SessionView> sessions = new ArrayList<>();
        int n = 0;
        for (Course.Session s : site.course.sessions()) {
            List<Views.CaseCard> cards = s.caseIds().stream().map(site::caseStudy).flatMap(java.util.Optional::stream)
                    .map(c -> Views.CaseCard.of(c, root, site.text)).toList();
            if (cards.isEmpty()) {
                continue;
            }
            n++;
            String title = s.title().isBlank() ? site.text.format("home.session", n) : s.title();
            List<Views.Link> readings = s.readings().stream()
                    .map(r -> new Views.Link(r.text(), ExternalLink.of(r.url()).orElse(""))).toList();
            sessions.add(new SessionView(n, title, s.when(), cards, readings));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("sessions", sessions);
        m.put("models", List.of(DevelopmentModel.values()).stream().map(d -> Views.ModelBadge.of(d, root, site.text.language())).toList());
        m.put("modelDefinitions", List.of(DevelopmentModel.values()));
        m.put("statistics", Statistics.all(site, root));
        m.put("map", site.figures.byId(FigureFiles.MAP_ID).map(List::of).orElse(List.of()));
        m.put("caseCount", site.cases().size());
        m.put("parkCount", site.cases().stream().mapToInt(c -> c.parks().size()).sum());
        m.put("readingMinutes", site.cases().stream().map(CaseStudy::meta).mapToInt(x -> x.readingMinutes()).sum());
        site.page(SitePaths.HOME, "home", site.course.title(), "home", site.course.subtitle(), m, true);
    }
}
