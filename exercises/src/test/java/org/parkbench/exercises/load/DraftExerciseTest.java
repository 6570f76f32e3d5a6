package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.FixtureCourse;

/**
 * An exercise that still holds a scaffold's TODO placeholders is a draft: one PB503 warning naming
 * the lines left to fill, no error (its key would refer to data not written yet), and it is left
 * out of the set until the last placeholder is replaced.
 */
class DraftExerciseTest {
    private static final String DRAFT = """
            ---
            id: suez-draft
            type: order
            title: "TODO: the question in a few words"
            objectives: [explain-company-led]
            difficulty: 1
            points: 2
            hints: ["TODO: the concept"]
            feedback: {correct: "Right.", incorrect: "Check the dates."}
            items:
              - event: {park: suez-teda-zone, date: "TODO"}
              - event: {park: no-such-park, date: "1999"}
            ---
            Put them in order.

            ## Solution
            TODO: the order, with sources.
            """;

    @TempDir
    Path dir;

    @Test
    void aDraftIsOneWarningWithTheLinesToFillAndIsLeftOut() {
        Loaded<ExerciseSet> loaded = FixtureCourse.copyTo(dir).write("suez-teda", "suez-draft.md", DRAFT).load();

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.diagnostics()).filteredOn(d -> d.code().name().equals("PB503")).extracting(Diagnostic::headline)
                .containsExactly("course/suez-teda/exercises/suez-draft.md:4:9: warning: [PB503] the exercise still holds"
                        + " 4 placeholders (lines 4, 8, 11, 17): TODO: the question in a few words");
        assertThat(loaded.value().exercise("suez-draft")).isEmpty();
        assertThat(loaded.value().exercises()).isNotEmpty();
    }

    @Test
    void onceTheLastPlaceholderIsGoneTheExerciseIsCheckedAgainstTheData() {
        String filled = DRAFT.replace("TODO: the question in a few words", "Order the Suez milestones")
                .replace("TODO: the concept", "Agreements come before building.")
                .replace("date: \"TODO\"", "date: \"2008\"")
                .replace("TODO: the order, with sources.", "As the events table has them.");

        Loaded<ExerciseSet> loaded = FixtureCourse.copyTo(dir).write("suez-teda", "suez-draft.md", filled).load();

        assertThat(loaded.diagnostics()).noneMatch(d -> d.code().name().equals("PB503"));
        assertThat(loaded.errors()).extracting(Diagnostic::headline).isNotEmpty()
                .allMatch(h -> h.startsWith("course/suez-teda/exercises/suez-draft.md:"));
    }
}
