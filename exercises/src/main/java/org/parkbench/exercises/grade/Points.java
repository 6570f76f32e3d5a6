package org.parkbench.exercises.grade;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's points over some exercises (one, a case's, the whole course's), defined here once
 * for {@code grade}'s summary, the gradebook and whatever else shows them: {@code earned} is the
 * sum of the scores given (every checked exercise, and every short answer the lecturer has scored);
 * {@code pending} is the sum of the points of the short answers given but not yet scored by hand
 * (what the student may still earn); {@code max} is the sum of every exercise's points, answered or
 * not. So {@code earned + pending ≤ max}, and an exercise not answered counts 0 earned, 0 pending.
 */
public record Points(int earned, int pending, int max) {
    public static final Points NONE = new Points(0, 0, 0);

    public Points {
        if (earned < 0 || pending < 0 || max < 0 || earned + pending > max) {
            throw new IllegalArgumentException("points out of range: " + earned + " earned, " + pending + " pending of " + max);
        }
    }

    /** One exercise's points. */
    public static Points of(ExerciseScore score) {
        return new Points(score.scored().orElse(0), score.awaitsManualScoring() ? score.maxScore() : 0, score.maxScore());
    }

    /** The sum over {@code scores}. */
    public static Points of(Collection<ExerciseScore> scores) {
        Points sum = NONE;
        for (ExerciseScore s : scores) {
            sum = sum.plus(of(s));
        }
        return sum;
    }

    /**
     * The sums per case over {@code scores}, the cases in the order their first exercise comes
     * (the course's order, for a student's scores).
     */
    public static Map<String, Points> byCase(List<ExerciseScore> scores) {
        Map<String, Points> sums = new LinkedHashMap<>();
        for (ExerciseScore s : scores) {
            sums.merge(s.caseId(), of(s), Points::plus);
        }
        return sums;
    }

    public Points plus(Points other) {
        return new Points(earned + other.earned, pending + other.pending, max + other.max);
    }
}
