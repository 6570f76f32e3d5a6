package org.parkbench.exercises.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;

/**
 * What every exercise has, whatever its type: identity, the case and learning objectives it
 * belongs to, difficulty and points, the climbing hints, feedback, the question body and the
 * worked solution (Markdown, with {@code {{name}}} placeholders still unfilled) and its variants.
 * {@code order} is the exercise's place in its case's sequence for learning, when the file gives
 * one ({@link LearningOrder}). {@code origin} is the exercise file, line 1. {@code language} is what its
 * texts are written in: English as written, or the language of its translation ({@code <id>.zh.md}).
 */
public record ExerciseHeader(String id, String caseId, ExerciseType type, String title, List<String> objectives,
                             List<DevelopmentModel> models, int difficulty, int points, OptionalInt order, List<String> hints,
                             Feedback feedback, String body, String solution, Variants variants, Origin origin,
                             Language language) {
    /** An exercise as written, in English. */
    public ExerciseHeader(String id, String caseId, ExerciseType type, String title, List<String> objectives,
                          List<DevelopmentModel> models, int difficulty, int points, OptionalInt order, List<String> hints,
                          Feedback feedback, String body, String solution, Variants variants, Origin origin) {
        this(id, caseId, type, title, objectives, models, difficulty, points, order, hints, feedback, body, solution, variants,
                origin, Language.EN);
    }

    /** The same exercise with what a reader reads in {@code language}: everything that decides the answer stays. */
    public ExerciseHeader translated(Language language, String title, List<String> hints, Feedback feedback, String body,
                                     String solution) {
        return translated(language, title, hints, feedback, body, solution, variants);
    }

    /**
     * The same, with the variants' words in {@code language}: {@code translatedVariants} has as many variants as
     * this header, in the same order, differing only in parameters that no data selection uses.
     */
    public ExerciseHeader translated(Language language, String title, List<String> hints, Feedback feedback, String body,
                                     String solution, Variants translatedVariants) {
        if (translatedVariants.count() != variants.count()) {
            throw new IllegalArgumentException("a translation has " + translatedVariants.count() + " variants, the exercise "
                    + variants.count());
        }
        return new ExerciseHeader(id, caseId, type, title, objectives, models, difficulty, points, order, hints, feedback, body,
                solution, translatedVariants, origin, language);
    }

    public ExerciseHeader {
        Slug.require(id, "exercise id");
        Slug.require(caseId, "case id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("an exercise assesses at least one objective");
        }
        models = List.copyOf(models);
        if (difficulty < 1 || difficulty > 3) {
            throw new IllegalArgumentException("difficulty " + difficulty + " is not 1–3");
        }
        if (points < 1) {
            throw new IllegalArgumentException("an exercise is worth at least one point");
        }
        Objects.requireNonNull(order, "order");
        if (order.isPresent() && order.getAsInt() < 1) {
            throw new IllegalArgumentException("order " + order.getAsInt() + " is not a positive whole number");
        }
        hints = List.copyOf(hints);
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(variants, "variants");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(language, "language");
    }
}
