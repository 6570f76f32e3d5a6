package org.parkbench.exercises.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a choice exercise. {@code correct} is what the author typed (absent when the key
 * is left to the data: the choice whose {@code value} equals the fact is then correct);
 * {@code value} is the word or number the choice stands for when its text is prose.
 */
public record Choice(String id, String text, Boolean correct, String feedback, String value) {
    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        feedback = Objects.requireNonNullElse(feedback, "");
        value = Objects.requireNonNullElse(value, "");
    }

    public Optional<Boolean> markedCorrect() {
        return Optional.ofNullable(correct);
    }

    /** The value the data is compared with: {@code value}, or the text when there is none. */
    public String factValue() {
        return value.isEmpty() ? text : value;
    }
}
