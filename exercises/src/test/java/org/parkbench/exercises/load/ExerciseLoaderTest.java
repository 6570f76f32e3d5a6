package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;

class ExerciseLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsOneExerciseOfEachTypeWithKeysComputedFromTheData() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        assertThat(set.exercises()).extracting(Exercise::type).contains(ExerciseType.values());
        // overview first (course order); within a case, with no order given, by difficulty then id (LearningOrderTest)
        assertThat(set.exercises()).extracting(Exercise::id).containsExactly("overview-share", "overview-classify",
                "suez-model", "suez-owners", "suez-timeline", "suez-jobs-per-km2", "suez-unattributed-stake", "suez-direct-induced");
        // 100 % − (75 + 5 + 5) % reported owners in 2008
        assertThat(((Key.Number) set.variant("suez-unattributed-stake", 0).key()).rounded()).isEqualTo("15");
        // 56 ÷ 77 = 72.727… %, at two decimals
        assertThat(((Key.Number) set.variant("overview-share", 0).key()).rounded()).isEqualTo("72.73");
        // 9000 direct jobs (2024-04) ÷ 7.34 km² (2025-07), and 2000 (2016-01) ÷ 7.23 km² (2018): pairs within two years
        assertThat(((Key.Number) set.variant("suez-jobs-per-km2", 0).key()).rounded()).isEqualTo("1226");
        assertThat(((Key.Number) set.variant("suez-jobs-per-km2", 1).key()).rounded()).isEqualTo("277");
        assertThat(set.variant("suez-model", 0).key()).isEqualTo(new Key.Choices(java.util.Set.of("a")));
        // listed 2013-12, 1998, 2025-07-16, 2000-05-19
        assertThat(set.variant("suez-timeline", 0).key()).isEqualTo(new Key.Sequence(List.of("b", "d", "a", "c")));
        assertThat(((Key.Classification) set.variant("overview-classify", 0).key()).models()).isEqualTo(Map.of(
                "zambia-china-economic-trade-zone", DevelopmentModel.GOVERNMENT_DRIVEN,
                "haier-ruba-economic-zone", DevelopmentModel.PRIVATE_LED,
                "china-egypt-teda-suez-zone", DevelopmentModel.COMPANY_LED));
        assertThat(set.variant("suez-direct-induced", 0).key()).isInstanceOf(Key.Manual.class);
    }

    @Test
    void variantsFillPlaceholdersAndSolutionsShowTheFormula() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        var v = set.variant("suez-jobs-per-km2", 1);
        assertThat(v.title()).isEqualTo("Direct jobs per km² at Suez, with the 2018 area");
        assertThat(v.hints().get(1)).contains("reported in 2018");
        assertThat(v.solution()).contains("7.23").doesNotContain("{{");
        assertThat(set.variant("suez-unattributed-stake", 0).solution()).contains("The answer is 15 %.");
    }

    @Test
    void everyObjectiveOfTheFixtureIsAssessedUntilAnExerciseGoes() {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        assertThat(course.exercises().unassessedObjectives()).isEmpty();

        ExerciseSet without = course.delete("suez-teda", "suez-timeline.md").exercises();

        assertThat(without.unassessedObjectives()).extracting(u -> u.caseId() + "/" + u.objective().id())
                .containsExactly("suez-teda/recognise-mixed-case");
        assertThat(without.unassessedObjectiveWarnings()).singleElement()
                .satisfies(d -> assertThat(d.format()).contains("[PB612]", "recognise-mixed-case", "course/suez-teda/case.md:1:1"));
    }

    @Test
    void exercisesAreGroupedByCaseInCourseOrder() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        assertThat(set.byCase().keySet()).containsExactly("overview", "suez-teda");
        // the share (difficulty 1) before the classification (difficulty 2)
        assertThat(set.byCase().get("overview")).extracting(Exercise::id).containsExactly("overview-share", "overview-classify");
    }

    static Loaded<ExerciseSet> loadWith(Path dir, String caseId, String name, String text) {
        return FixtureCourse.copyTo(dir).write(caseId, name, text).load();
    }
}
