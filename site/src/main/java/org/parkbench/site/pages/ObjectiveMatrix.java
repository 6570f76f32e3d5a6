package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Objective;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.output.SitePaths;

/**
 * The objective × exercise matrix ({@code instructor/objectives.html}), written only in the instructor
 * profile: per case in course order, a row for each of its learning objectives (id, and text in the page's
 * language) and a column for each of its exercises in the order for learning, marked where the exercise's
 * {@code objectives:} name the row's objective. An objective no exercise trains is flagged, in its row and in
 * the page's summary. (An exercise can only name objectives of its own case: PB604.)
 */
public final class ObjectiveMatrix {
    /** An exercise as a column, numbered within its case. */
    public record Column(int number, String id, String title, String href) {
    }

    /** An objective as a row: one mark per column, and how many exercises train it. */
    public record Row(String id, String text, List<Boolean> marks, int count) {
        public boolean isGap() {
            return count == 0;
        }
    }

    /** One case's matrix. */
    public record CaseMatrix(String id, String title, String href, List<Column> exercises, List<Row> objectives) {
        public List<Row> gaps() {
            return objectives.stream().filter(Row::isGap).toList();
        }
    }

    /** What the instructor home says of the page. */
    public record Summary(int objectives, int gaps) {
    }

    private final Site site;

    ObjectiveMatrix(Site site) {
        this.site = site;
    }

    Summary write() {
        String root = SitePaths.rootOf(SitePaths.OBJECTIVE_MATRIX);
        List<CaseMatrix> cases = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            List<Exercise> exercises = site.exercises.exercises(c.id());
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < exercises.size(); i++) {
                Exercise e = exercises.get(i);
                columns.add(new Column(i + 1, e.id(), ExerciseTexts.generalTitle(e), root + SitePaths.solutions(c.id()) + "#key-" + e.id()));
            }
            List<Row> rows = new ArrayList<>();
            for (Objective o : c.meta().objectives()) {
                List<Boolean> marks = exercises.stream().map(e -> e.header().objectives().contains(o.id())).toList();
                rows.add(new Row(o.id(), o.text(), marks, (int) marks.stream().filter(b -> b).count()));
            }
            cases.add(new CaseMatrix(c.id(), c.meta().title(), root + SitePaths.caseStudy(c.id()), columns, rows));
        }
        int objectives = cases.stream().mapToInt(c -> c.objectives().size()).sum();
        List<Map.Entry<CaseMatrix, Row>> gaps = new ArrayList<>();
        cases.forEach(c -> c.gaps().forEach(r -> gaps.add(Map.entry(c, r))));
        Map<String, Object> m = new HashMap<>();
        m.put("cases", cases);
        m.put("objectiveCount", objectives);
        m.put("gaps", gaps.stream().map(g -> new Gap(g.getKey().id(), g.getKey().title(), g.getValue().id(), g.getValue().text())).toList());
        m.put("home", root + SitePaths.INSTRUCTOR);
        site.page(SitePaths.OBJECTIVE_MATRIX, "objectives", site.text.text("objectives.heading"), "instructor",
                site.text.text("objectives.description"), m, false);
        return new Summary(objectives, gaps.size());
    }

    /** An objective no exercise trains, with its case. */
    public record Gap(String caseId, String caseTitle, String id, String text) {
    }
}
