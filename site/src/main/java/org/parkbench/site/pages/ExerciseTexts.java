package org.parkbench.site.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.check.StudentCheck;
import org.parkbench.exercises.json.DeterministicJson;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Accuracy;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.variant.Placeholders;
import org.parkbench.markup.TrustedHtml;

/**
 * The texts of an exercise as the site shows them: Markdown rendered with the case's citations
 * resolved (a citation that names nothing is reported at the exercise's file), titles for lists,
 * and the check data of a variant, in which the texts that give the answer away are sealed as
 * rendered HTML so that the page can show them, links and all, once they are earned.
 */
final class ExerciseTexts {
    private final Site site;

    ExerciseTexts(Site site) {
        this.site = site;
    }

    /** Markdown of {@code exercise} rendered for a page at {@code root}; headings keep no ids (variants repeat them). */
    TrustedHtml render(Exercise exercise, String markdown, String root) {
        if (markdown.isBlank()) {
            return TrustedHtml.EMPTY;
        }
        CaseStudy c = site.caseStudy(exercise.caseId()).orElseThrow();
        Consumer<Diagnostic> problems = d -> site.problems.add(new Diagnostic(exercise.header().origin(), d.severity(), d.code(),
                d.message() + " (in exercise " + exercise.id() + ")", d.hint()));
        return site.markdown.render(markdown, new CitationResolver(c, site.bibliography, root, site.text)
                .inserts(Citations.resolve(Citations.find(markdown), c), problems)).withoutIds();
    }

    /**
     * A title for lists and the page's {@code <title>}, the same for every variant: each
     * {@code {{name}}} a variant fills becomes "…".
     */
    static String generalTitle(Exercise exercise) {
        if (exercise.variantCount() < 2) {
            return Placeholders.fillText(exercise.header().title(), exercise.header().variants().parameters(0));
        }
        Map<String, String> dots = new LinkedHashMap<>();
        exercise.header().variants().names().forEach(n -> dots.put(n, "…"));
        return Placeholders.fillText(exercise.header().title(), dots);
    }

    /** "difficulty 2 of 3 (apply)". */
    static String difficulty(PageText t, int difficulty) {
        return t.format("exercise.difficulty", difficulty, level(t, difficulty));
    }

    /** What a difficulty asks of a student: recall, apply or analyse. */
    static String level(PageText t, int difficulty) {
        return switch (difficulty) {
            case 1 -> t.text("exercise.level.recall");
            case 2 -> t.text("exercise.level.apply");
            default -> t.text("exercise.level.analyse");
        };
    }

    /** An exercise type as readers see it ("Numeric answer"). */
    static String typeLabel(PageText t, ExerciseType type) {
        return switch (type) {
            case SINGLE_CHOICE -> t.text("exercise.type.single-choice");
            case MULTIPLE_CHOICE -> t.text("exercise.type.multiple-choice");
            case NUMERIC -> t.text("exercise.type.numeric");
            case CLASSIFY -> t.text("exercise.type.classify");
            case ORDER -> t.text("exercise.type.order");
            case SHORT_ANSWER -> t.text("exercise.type.short-answer");
        };
    }

    /** How a numeric answer is rounded, in words ("Round to a whole number."). */
    static String precision(PageText t, Accuracy accuracy) {
        int d = accuracy.decimals();
        String rounding = d == 0 ? t.text("exercise.round.whole") : d == 1 ? t.text("exercise.round.one")
                : d > 1 ? t.format("exercise.round.decimals", d)
                : switch (d) {
                    case -1 -> t.text("exercise.round.ten");
                    case -2 -> t.text("exercise.round.hundred");
                    case -3 -> t.text("exercise.round.thousand");
                    default -> t.format("exercise.round.power", "1" + "0".repeat(-d));
                };
        return rounding + accuracy.describeTolerance(t.language()).map(x -> t.format("exercise.round.tolerance", x)).orElse("")
                + t.text("exercise.round.separators");
    }

    /**
     * The check data of one variant ({@code check.js} reads it): the engine's {@link StudentCheck},
     * with the solution, the feedback and a short answer's model answer sealed as HTML rendered for
     * a page at {@code root}.
     */
    StudentCheck check(ExerciseVariant v, String root) {
        Exercise e = v.exercise();
        List<ExerciseVariant.Option> options = v.options().stream()
                .map(o -> new ExerciseVariant.Option(o.id(), o.label(), render(e, o.feedback(), root).html())).toList();
        Key key = v.key() instanceof Key.Manual m ? new Key.Manual(render(e, m.modelAnswer(), root).html(), m.rubric()) : v.key();
        ExerciseVariant rendered = new ExerciseVariant(e, v.index(), v.params(), v.title(), v.body(), v.hints(),
                render(e, v.feedbackCorrect(), root).html(), render(e, v.feedbackIncorrect(), root).html(), options,
                v.categories(), render(e, v.solution(), root).html(), key, v.derived());
        return StudentCheck.of(site.course.id(), rendered);
    }

    /**
     * Check data of every variant as a JSON array, a variant a line, that can sit in a
     * {@code <script type="application/json">}: its strings cannot close the element (see
     * {@link DeterministicJson}).
     */
    TrustedHtml checkData(List<ExerciseVariant> variants, String root) {
        ArrayNode checks = DeterministicJson.array();
        variants.forEach(v -> checks.add(check(v, root).toTree()));
        return new TrustedHtml(DeterministicJson.elementPerLine(checks));
    }
}
