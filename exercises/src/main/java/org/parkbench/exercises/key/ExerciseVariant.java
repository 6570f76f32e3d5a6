package org.parkbench.exercises.key;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.variant.Placeholders;

/**
 * One variant of an exercise as a student meets it: the texts with the variant's parameters
 * filled in (Markdown, citations left for the site), the options to choose, sort or order, and
 * the key computed from the data. {@code derived} is the computation behind a numeric key.
 * The key, the solution and the options' feedback reveal the answer: a student page gets them only
 * through {@code org.parkbench.exercises.check.StudentCheck} (hashed or sealed).
 */
public record ExerciseVariant(Exercise exercise, int index, Map<String, String> params, String title, String body,
                              List<String> hints, String feedbackCorrect, String feedbackIncorrect, List<Option> options,
                              List<String> categories, String solution, Key key, Optional<DerivedValue> derived) {
    /**
     * Something a student picks, sorts or orders: a choice (with its feedback), an item to classify,
     * or an event to place. {@code id} is what an answer names.
     */
    public record Option(String id, String label, String feedback) {
        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            feedback = Objects.requireNonNullElse(feedback, "");
        }
    }

    public ExerciseVariant {
        Objects.requireNonNull(exercise, "exercise");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        hints = List.copyOf(hints);
        options = List.copyOf(options);
        categories = List.copyOf(categories);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(derived, "derived");
    }

    public String exerciseId() {
        return exercise.id();
    }

    public ExerciseType type() {
        return exercise.type();
    }

    /** A one-line description of the variant's parameters ("park=suez-teda-zone"), empty without any. */
    public String describeParams() {
        return String.join(", ", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** Fills {@code {{answer}}} and {@code {{formula}}} of a worked solution from the key, both in the exercise's language. */
    static String solutionText(String template, Map<String, String> params, Key key, Optional<DerivedValue> derived,
                               org.parkbench.core.language.Language language) {
        Map<String, String> values = new LinkedHashMap<>(params);
        values.put("answer", key.text(language));
        values.put("formula", derived.map(v -> v.formula(language)).orElse(key.text(language)));
        return Placeholders.fillText(template, values);
    }
}
