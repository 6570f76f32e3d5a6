package org.parkbench.exercises.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.export.GiftExporter;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * A key computed from a qualified figure says what it accepts: the fixture's jobs per km² divides
 * "more than 9,000 direct jobs" (Xinhua, April 2024) by 7.34 km² in one variant and exactly 2,000
 * jobs (2016) by 7.23 km² in the other.
 */
class KeyQualificationTest {
    @TempDir
    Path dir;

    @Test
    void aKeyFromALowerBoundSaysSoBelowTheQuestionWithoutTheKeyAndBelowTheSolutionWithIt() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        ExerciseVariant bound = set.variant("suez-jobs-per-km2", 0);
        Key.Number key = (Key.Number) bound.key();
        // more than 9000 ÷ 7.34 = more than 1226.2, checked at whole numbers within 1 %
        assertThat(key.rounded()).isEqualTo("1226");

        assertThat(bound.body()).contains("The source gives a lower bound (more than 9,000 direct jobs).",
                "the result is then a lower bound too (more than the value you compute)",
                "the answer accepted is the value computed from them, rounded to a whole number (within ± 1 % of it).");
        assertThat(bound.body()).doesNotContain("1226", "1,226");
        assertThat(bound.solution()).contains("The source gives a lower bound (more than 9,000 direct jobs).",
                "The key, 1226 ± 1 % jobs/km², is therefore a lower bound: the true value is more than 1226 jobs/km².");
        // what it accepts is what the text says: the value computed from 9,000 as stated, within 1 %
        assertThat(key.acceptedAnswers()).contains("1214", "1226", "1238").doesNotContain("1213", "1239");
    }

    @Test
    void aKeyFromExactFiguresHasNoNote() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        ExerciseVariant exact = set.variant("suez-jobs-per-km2", 1);

        assertThat(exact.body()).doesNotContain("What the answer accepts");
        assertThat(exact.solution()).doesNotContain("What the answer accepts");
        assertThat(set.variant("suez-unattributed-stake", 0).solution()).doesNotContain("What the answer accepts");
    }

    @Test
    void theExportsCarryTheNoteAsTheSiteDoes() {
        String gift = new GiftExporter(FixtureCourse.copyTo(dir).exercises()).export();

        assertThat(gift).contains("The source gives a lower bound (more than 9,000 direct jobs).", "is therefore a lower bound");
    }
}
