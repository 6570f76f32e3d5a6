package org.parkbench.exercises.model;

import java.util.Objects;

/** One line of a short answer's rubric: what earns the points. */
public record RubricCriterion(int points, String criterion) {
    public RubricCriterion {
        if (points <= 0) {
            throw new IllegalArgumentException("a rubric criterion is worth at least one point");
        }
        Objects.requireNonNull(criterion, "criterion");
    }
}
