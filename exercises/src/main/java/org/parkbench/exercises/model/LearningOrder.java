package org.parkbench.exercises.model;

import java.util.Comparator;

/**
 * The order a case's exercises are set in (docs/exercise-format.md, "order"): by the file's
 * {@code order} (exercises without one after every exercise with one), then by difficulty, 1 recall
 * before 3 analyse, then by id. The site's lists and the exports that list exercises in sequence
 * follow it.
 */
public final class LearningOrder {
    /** Compares exercises of one case; across cases, the course's order of cases comes first. */
    public static final Comparator<Exercise> WITHIN_CASE = Comparator
            .<Exercise>comparingInt(e -> e.header().order().orElse(Integer.MAX_VALUE))
            .thenComparingInt(e -> e.header().difficulty())
            .thenComparing(Exercise::id);

    private LearningOrder() {
    }
}
