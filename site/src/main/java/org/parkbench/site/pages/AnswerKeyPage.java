package org.parkbench.site.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.site.output.SitePaths;

/**
 * The answer key across all cases on one page ({@code instructor/answer-key.html}), written only in the
 * instructor profile: case by case in course order, every exercise with every variant's parameters (as the
 * student's page in this language fills them), its key as the solutions page prints it, and for a numeric key
 * the rounding and tolerance it is checked at, each exercise linked to its worked solution. The keys are the
 * ones {@link SolutionPages} made for the solutions pages, not computed again.
 */
public final class AnswerKeyPage {
    /** What the instructor home says of the page. */
    public record Summary(int exercises, int variants, int points) {
    }

    private final Site site;

    AnswerKeyPage(Site site) {
        this.site = site;
    }

    Summary write(List<SolutionPages.CaseSolutions> cases) {
        int exercises = cases.stream().mapToInt(SolutionPages.CaseSolutions::exercises).sum();
        int variants = cases.stream().mapToInt(SolutionPages.CaseSolutions::variants).sum();
        int points = cases.stream().flatMap(c -> c.keys().stream()).mapToInt(SolutionPages.ExerciseKeys::points).sum();
        Map<String, Object> m = new HashMap<>();
        m.put("cases", cases);
        m.put("exerciseCount", exercises);
        m.put("variantCount", variants);
        m.put("points", points);
        m.put("home", SitePaths.rootOf(SitePaths.ANSWER_KEY) + SitePaths.INSTRUCTOR);
        site.page(SitePaths.ANSWER_KEY, "answer-key", site.text.text("answer-key.heading"), "instructor",
                site.text.text("answer-key.description"), m, false);
        return new Summary(exercises, variants, points);
    }
}
