package org.parkbench.exercises.grade;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One student's result on one exercise of a case: the variant their id gives, the score (empty for
 * a short answer awaiting the lecturer), the most it could be, whether the lecturer scores it by
 * hand (a short answer), and when the worked solution was opened relative to the answers. An
 * exercise the student did not answer scores 0. What counts as earned and as pending is
 * {@link Points}'s to say.
 */
public record ExerciseScore(String exerciseId, String caseId, int variant, Integer score, int maxScore, boolean answered,
                            SolutionTiming solution, boolean byHand) {
    public ExerciseScore {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(solution, "solution");
        if (score == null && !byHand) {
            throw new IllegalArgumentException("only a short answer awaits a score, not " + exerciseId);
        }
    }

    public OptionalInt scored() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /** An answered short answer without a score yet: its points are pending. */
    public boolean awaitsManualScoring() {
        return score == null;
    }

    /** A short answer the lecturer has scored ({@code grade --manual}). */
    public boolean scoredByHand() {
        return byHand && answered && score != null;
    }

    /** The same result with the lecturer's {@code points} for it. */
    public ExerciseScore withScore(int points) {
        return new ExerciseScore(exerciseId, caseId, variant, points, maxScore, answered, solution, byHand);
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
