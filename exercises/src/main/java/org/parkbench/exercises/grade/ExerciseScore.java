package org.parkbench.exercises.grade;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One student's result on one exercise: the variant their id gives, the score (empty for a short
 * answer awaiting the lecturer), the most it could be, and when the worked solution was opened
 * relative to the answers. An exercise the student did not answer scores 0.
 */
public record ExerciseScore(String exerciseId, int variant, Integer score, int maxScore, boolean answered, SolutionTiming solution) {
    public ExerciseScore {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(solution, "solution");
    }

    public OptionalInt scored() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    public boolean awaitsManualScoring() {
        return score == null;
    }

    /** When the worked solution was opened, as the answer file's events tell it. */
    public enum SolutionTiming {
        /** A version 1 file: no events, so nobody knows. */
        NOT_RECORDED,
        /** The events show no solution opened. */
        NOT_OPENED,
        /** Opened after the last answer was checked: nothing was answered with it in view. */
        OPENED_AFTER_ANSWERING,
        /** Answers were checked after the solution was opened ({@link SolutionPolicy} decides what they earn). */
        ANSWERED_AFTER_OPENING
    }
}
