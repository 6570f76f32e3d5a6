package org.parkbench.exercises.grade;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One student's result on one exercise: the variant their id gives, the score (empty for a short
 * answer awaiting the lecturer) and the most it could be. An exercise the student did not answer
 * scores 0.
 */
public record ExerciseScore(String exerciseId, int variant, Integer score, int maxScore, boolean answered) {
    public ExerciseScore {
        Objects.requireNonNull(exerciseId, "exerciseId");
    }

    public OptionalInt scored() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    public boolean awaitsManualScoring() {
        return score == null;
    }
}
