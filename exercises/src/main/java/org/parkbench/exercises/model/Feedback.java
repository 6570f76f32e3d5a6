package org.parkbench.exercises.model;

import java.util.Objects;

/** What a student reads after checking an answer: one text for a correct answer, one for a wrong one. */
public record Feedback(String correct, String incorrect) {
    public Feedback {
        Objects.requireNonNull(correct, "correct");
        Objects.requireNonNull(incorrect, "incorrect");
    }
}
