package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SitePaths;

/**
 * The plan of the course's sessions ({@code instructor/sessions.html}), written only in the instructor
 * profile: for each session of the course file, its date, cases and readings, the exercises of its cases,
 * their points and an estimated time. A case two sessions name counts in the first (its exercises and its
 * reading are set once), as the learning path on the home page numbers it.
 *
 * <p>The estimated time is a planning figure, said on the page as it is made: the reading time each case
 * file gives ({@code reading_minutes}) plus {@link #MINUTES_BY_DIFFICULTY} minutes per exercise by its
 * difficulty, the exercises' sum and the session's total each rounded up to {@link #ROUND_TO} minutes.
 * Discussion is not in it.
 */
public final class SessionPlan {
    /** Minutes a student is planned to take for an exercise of difficulty 1 (recall), 2 (apply) and 3 (analyse). */
    static final int[] MINUTES_BY_DIFFICULTY = {3, 6, 10};
    /** Estimates are rounded up to this many minutes: they are not more exact than that. */
    static final int ROUND_TO = 5;

    /** An exercise as the plan lists it, linked to its solution. */
    public record PlannedExercise(String id, String title, String href, int points, String level) {
    }

    /**
     * One session's row. {@code repeated} are the cases already set by an earlier session; {@code readingMinutes} are
     * its cases' as their files give them, {@code exerciseMinutes} its exercises' rounded up, {@code minutes} the two
     * together rounded up.
     */
    public record SessionRow(int number, String title, String when, List<Views.Link> cases, List<Views.Link> readings,
                             List<PlannedExercise> exercises, List<String> repeated, int points, int readingMinutes,
                             int exerciseMinutes, int minutes) {
    }

    /** What the instructor home says of the page. */
    public record Summary(int sessions, int points, int minutes) {
    }

    private final Site site;

    SessionPlan(Site site) {
        this.site = site;
    }

    /** Minutes planned for one exercise. */
    static int minutes(Exercise e) {
        return MINUTES_BY_DIFFICULTY[e.header().difficulty() - 1];
    }

    /** {@code minutes} rounded up to {@link #ROUND_TO}. */
    static int roundUp(int minutes) {
        return (minutes + ROUND_TO - 1) / ROUND_TO * ROUND_TO;
    }

    Summary write() {
        String root = SitePaths.rootOf(SitePaths.SESSION_PLAN);
        List<SessionRow> rows = new ArrayList<>();
        Set<String> set = new HashSet<>();
        int n = 0;
        for (Course.Session s : site.course.sessions()) {
            List<CaseStudy> cases = s.caseIds().stream().map(site::caseStudy).flatMap(Optional::stream).toList();
            if (cases.isEmpty()) {
                continue;
            }
            n++;
            String title = s.title().isBlank() ? site.text.format("home.session", n) : s.title();
            List<Views.Link> links = new ArrayList<>();
            List<PlannedExercise> exercises = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            int points = 0;
            int reading = 0;
            int working = 0;
            for (CaseStudy c : cases) {
                links.add(new Views.Link(c.meta().title(), root + SitePaths.caseStudy(c.id())));
                if (!set.add(c.id())) {
                    repeated.add(c.meta().title());
                    continue;
                }
                reading += c.meta().readingMinutes();
                for (Exercise e : site.exercises.exercises(c.id())) {
                    exercises.add(new PlannedExercise(e.id(), ExerciseTexts.generalTitle(e),
                            root + SitePaths.solutions(c.id()) + "#key-" + e.id(), e.points(),
                            ExerciseTexts.difficulty(site.text, e.header().difficulty())));
                    points += e.points();
                    working += minutes(e);
                }
            }
            List<Views.Link> readings = s.readings().stream()
                    .map(r -> new Views.Link(r.text(), ExternalLink.of(r.url()).orElse(""))).toList();
            int exerciseMinutes = roundUp(working);
            rows.add(new SessionRow(n, title, s.when(), links, readings, exercises, repeated, points, reading, exerciseMinutes,
                    roundUp(reading + exerciseMinutes)));
        }
        int points = rows.stream().mapToInt(SessionRow::points).sum();
        int minutes = rows.stream().mapToInt(SessionRow::minutes).sum();
        Map<String, Object> m = new HashMap<>();
        m.put("sessions", rows);
        m.put("points", points);
        m.put("minutes", minutes);
        m.put("exerciseCount", rows.stream().mapToInt(r -> r.exercises().size()).sum());
        m.put("recall", MINUTES_BY_DIFFICULTY[0]);
        m.put("apply", MINUTES_BY_DIFFICULTY[1]);
        m.put("analyse", MINUTES_BY_DIFFICULTY[2]);
        m.put("roundTo", ROUND_TO);
        m.put("home", root + SitePaths.INSTRUCTOR);
        site.page(SitePaths.SESSION_PLAN, "sessions", site.text.text("sessions.heading"), "instructor",
                site.text.text("sessions.description"), m, false);
        return new Summary(rows.size(), points, minutes);
    }
}
