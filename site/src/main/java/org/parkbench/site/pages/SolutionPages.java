package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Objective;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.RubricCriterion;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SitePaths;

/**
 * The instructor's solutions and keys, one page per case under {@code instructor/solutions/},
 * written only in the instructor profile: per exercise its variant table (each variant's
 * parameters and key, with a numeric key's computation), and per variant the worked solution, the
 * feedback, each choice's feedback with the right ones marked, or a short answer's model answer
 * and rubric. The student site holds none of this in readable form.
 */
public final class SolutionPages {
    /** A choice, item or event of a variant; {@code correct} marks the right choices. */
    public record OptionKey(String id, String label, boolean correct, TrustedHtml feedback) {
        public boolean hasFeedback() {
            return !feedback.isEmpty();
        }
    }

    /**
     * One variant: parameters, key, and the texts a student earns. {@code title} is the variant's title as
     * the student reads it; a numeric key's {@code rounding} (the precision its answers are rounded to) and
     * {@code tolerance} are in words, empty for other keys (and the tolerance for a key without one).
     */
    public record VariantKey(int index, String params, String title, String key, String formula, List<String> keyLines,
                             String rounding, String tolerance, TrustedHtml solution, TrustedHtml feedbackCorrect,
                             TrustedHtml feedbackIncorrect, List<OptionKey> options, TrustedHtml modelAnswer,
                             List<RubricCriterion> rubric) {
        public boolean hasParams() {
            return !params.isEmpty();
        }

        public boolean isNumeric() {
            return !rounding.isEmpty();
        }

        public boolean isManual() {
            return !rubric.isEmpty() || !modelAnswer.isEmpty();
        }
    }

    /** An exercise with every variant's key; {@code level} is its difficulty from 1 to 3. */
    public record ExerciseKeys(String id, String title, String typeLabel, String difficulty, int level, int points,
                               String studentHref, List<String> objectives, List<VariantKey> variants, boolean choices) {
        public boolean hasVariants() {
            return variants.size() > 1;
        }
    }

    /**
     * A case's solutions page as the instructor area links it ({@code href} from {@code instructor/}), with the
     * keys it shows, which the answer key across all cases prints again ({@link AnswerKeyPage}).
     */
    public record CaseSolutions(String id, String title, String href, int exercises, int variants, List<ExerciseKeys> keys) {
        public CaseSolutions {
            keys = List.copyOf(keys);
        }
    }

    private final Site site;
    private final ExerciseTexts texts;

    SolutionPages(Site site) {
        this.site = site;
        this.texts = new ExerciseTexts(site);
    }

    /** Writes a page per case with exercises; returns them as the instructor area lists them. */
    List<CaseSolutions> write() {
        List<CaseSolutions> written = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            List<Exercise> exercises = site.exercises.exercises(c.id());
            if (exercises.isEmpty()) {
                continue;
            }
            String path = SitePaths.solutions(c.id());
            String root = SitePaths.rootOf(path);
            List<ExerciseKeys> keys = exercises.stream().map(e -> keys(c, e, root)).toList();
            Map<String, Object> m = new HashMap<>();
            m.put("caseTitle", c.meta().title());
            m.put("caseHref", root + SitePaths.caseStudy(c.id()));
            m.put("exercises", keys);
            site.page(path, "solutions", site.text.format("solutions.heading", c.meta().title()), "instructor",
                    site.text.text("solutions.description"), m, false);
            written.add(new CaseSolutions(c.id(), c.meta().title(), SitePaths.rootOf(SitePaths.INSTRUCTOR) + path, exercises.size(),
                    exercises.stream().mapToInt(Exercise::variantCount).sum(), keys));
        }
        return written;
    }

    ExerciseKeys keys(CaseStudy c, Exercise e, String root) {
        List<String> objectives = e.header().objectives().stream().map(id -> c.meta().objectives().stream()
                .filter(o -> o.id().equals(id)).findFirst().map(Objective::text).orElse(id)).toList();
        List<VariantKey> variants = site.exercises.variants(e.id()).stream().map(v -> variant(e, v, root)).toList();
        return new ExerciseKeys(e.id(), ExerciseTexts.generalTitle(e), ExerciseTexts.typeLabel(site.text, e.type()),
                ExerciseTexts.difficulty(site.text, e.header().difficulty()), e.header().difficulty(),
                e.points(), root + SitePaths.exercise(e.id()), objectives, variants,
                e instanceof Exercise.SingleChoice || e instanceof Exercise.MultipleChoice);
    }

    private VariantKey variant(Exercise e, ExerciseVariant v, String root) {
        Key key = v.key();
        List<OptionKey> options = v.options().stream().map(o -> new OptionKey(o.id(), o.label(),
                key instanceof Key.Choices choices && choices.correct().contains(o.id()), texts.render(e, o.feedback(), root))).toList();
        TrustedHtml model = TrustedHtml.EMPTY;
        List<RubricCriterion> rubric = List.of();
        if (key instanceof Key.Manual manual) {
            model = texts.render(e, manual.modelAnswer(), root);
            rubric = manual.rubric();
        }
        String keyText = key instanceof Key.Manual ? site.text.text("solutions.manual") : key.text(site.text.language());
        String rounding = key instanceof Key.Number n ? rounding(n.accuracy().decimals()) : "";
        String tolerance = key instanceof Key.Number n ? n.accuracy().describeTolerance(site.text.language()).orElse("") : "";
        return new VariantKey(v.index(), v.describeParams(), v.title(), keyText,
                v.derived().map(d -> d.formula(site.text.language())).orElse(""), keyLines(v), rounding, tolerance,
                texts.render(e, v.solution(), root), texts.render(e, v.feedbackCorrect(), root),
                texts.render(e, v.feedbackIncorrect(), root), options, model, rubric);
    }

    /** What a numeric key's answers are rounded to, in words: "1 decimal place", "the nearest ten". */
    private String rounding(int decimals) {
        PageText t = site.text;
        return decimals == 0 ? t.text("solutions.rounding.whole") : decimals == 1 ? t.text("solutions.rounding.one")
                : decimals > 1 ? t.format("solutions.rounding.decimals", decimals)
                : t.format("solutions.rounding.power", (long) Math.pow(10, -decimals));
    }

    /** The key spelled out with the labels a student sees, for classify and order exercises. */
    private List<String> keyLines(ExerciseVariant v) {
        Map<String, String> labels = v.options().stream().collect(Collectors.toMap(ExerciseVariant.Option::id,
                ExerciseVariant.Option::label, (a, b) -> a, java.util.LinkedHashMap::new));
        if (v.key() instanceof Key.Sequence sequence) {
            List<String> lines = new ArrayList<>();
            for (String id : sequence.order()) {
                lines.add(id + ": " + labels.getOrDefault(id, id));
            }
            return lines;
        }
        if (v.key() instanceof Key.Classification classification) {
            return classification.models().entrySet().stream()
                    .map(en -> labels.getOrDefault(en.getKey(), en.getKey()) + " → " + en.getValue().label(site.text.language())).toList();
        }
        return List.of();
    }
}
