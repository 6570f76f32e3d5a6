package org.parkbench.exercises.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

    @Test
    void aKeyFromATargetSaysItIsATargetAndWhatItBounds() throws IOException {
        FixtureCourse course = FixtureCourse.copyTo(dir);
        // the fixture's Suez row as the shipped data has it: CCTV (August 2016) gives a target of 'up to' 40,000 jobs
        Path observations = course.caseDirectory("suez-teda").resolve("observations.csv");
        List<String> lines = Files.readAllLines(observations, StandardCharsets.UTF_8);
        String csv = lines.get(0) + ",value_high,kind\n" + lines.stream().skip(1)
                .map(l -> l.contains(",jobs-target,40000,persons,,2016-08,")
                        ? l.replace(",persons,,2016-08,", ",persons,up-to,2016-08,") + ",,target\n" : l + ",,\n")
                .collect(Collectors.joining());
        Files.writeString(observations, csv, StandardCharsets.UTF_8);
        course.write("suez-teda", "suez-target.md", """
                ---
                id: suez-target
                type: numeric
                title: "The jobs target of 2016"
                objectives: [compute-per-km2]
                difficulty: 1
                points: 1
                hints: ["Look at the targets."]
                feedback: {correct: "Yes.", incorrect: "No."}
                key: {derivation: observation, params: {park: suez-teda-zone, indicator: jobs-target, as_of: "2016-08"}}
                precision: -3
                ---
                How many jobs did the zone aim at in 2016?

                ## Solution
                {{formula}}
                """);

        ExerciseVariant target = course.exercises().variant("suez-target", 0);

        assertThat(target.body()).contains("The source gives an upper bound for a target (up to 40,000 jobs).",
                "the result is then an upper bound too (up to the value you compute), and it describes a target or plan, not an outcome",
                "rounded to thousands");
        assertThat(target.solution()).contains("is therefore an upper bound: the true value is up to 40000 persons;"
                + " and it describes a target or plan, not a result that was reached");
    }
}
