package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.model.Exercise;

/** A case's exercises are set in the order for learning: their order, then difficulty, then id; a bad order is PB613. */
class LearningOrderTest {
    @TempDir
    Path dir;

    private static String withOrder(FixtureCourse course, String name, String order) {
        return course.read("suez-teda", name).replaceFirst("\npoints: (\\d+)\n", "\npoints: $1\norder: " + order + "\n");
    }

    private static List<String> ids(ExerciseSet set, String caseId) {
        return set.exercises(caseId).stream().map(Exercise::id).toList();
    }

    @Test
    void withoutAnOrderExercisesGoFromRecallToAnalysisThenById() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();

        // difficulty 1: model, owners, timeline; 2: jobs per km², unattributed stake; 3: direct and induced
        assertThat(ids(set, "suez-teda")).containsExactly("suez-model", "suez-owners", "suez-timeline", "suez-jobs-per-km2",
                "suez-unattributed-stake", "suez-direct-induced");
        assertThat(set.exercises().stream().map(Exercise::id).toList()).startsWith("overview-share", "overview-classify");
    }

    @Test
    void anOrderComesBeforeDifficultyAndExercisesWithoutOneFollow() {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        course.write("suez-teda", "suez-direct-induced.md", withOrder(course, "suez-direct-induced.md", "1"));
        course.write("suez-teda", "suez-unattributed-stake.md", withOrder(course, "suez-unattributed-stake.md", "2"));
        course.write("suez-teda", "suez-timeline.md", withOrder(course, "suez-timeline.md", "3"));

        ExerciseSet set = course.exercises();

        assertThat(ids(set, "suez-teda")).containsExactly("suez-direct-induced", "suez-unattributed-stake", "suez-timeline",
                "suez-model", "suez-owners", "suez-jobs-per-km2");
        assertThat(set.exercise("suez-timeline").orElseThrow().header().order()).hasValue(3);
    }

    @Test
    void anOrderThatIsNoPositiveWholeNumberIsPb613AtItsValue() {
        for (String bad : List.of("0", "-2", "1.5", "first", "[1, 2]")) {
            FixtureCourse course = FixtureCourse.copyTo(dir.resolve("bad" + bad.hashCode()));
            course.write("suez-teda", "suez-model.md", withOrder(course, "suez-model.md", bad));

            Loaded<ExerciseSet> loaded = course.load();

            assertThat(loaded.errors()).as(bad).singleElement().extracting(Diagnostic::headline).asString()
                    .startsWith("course/suez-teda/exercises/suez-model.md:8:8: error: [PB613] 'order' must be a positive whole number, not ");
        }
    }

    @Test
    void twoExercisesOfOneCaseWithOneOrderArePb613AtTheLaterFile() {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        course.write("suez-teda", "suez-model.md", withOrder(course, "suez-model.md", "2"));
        course.write("suez-teda", "suez-timeline.md", withOrder(course, "suez-timeline.md", "2"));
        // the same order in another case is no clash
        course.write("overview", "overview-share.md", course.read("overview", "overview-share.md")
                .replaceFirst("\npoints: (\\d+)\n", "\npoints: $1\norder: 2\n"));

        Loaded<ExerciseSet> loaded = course.load();

        assertThat(loaded.errors()).extracting(Diagnostic::headline).containsExactly(
                "course/suez-teda/exercises/suez-timeline.md:1:1: error: [PB613] exercise suez-timeline has order 2, as suez-model of the same case has");
    }
}
