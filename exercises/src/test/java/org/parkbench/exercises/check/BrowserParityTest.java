package org.parkbench.exercises.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.Responses;
import org.parkbench.exercises.Vectors;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.grade.GradeReport;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * Proves variant.js and check.js equal to the Java classes: the shared vectors, and the check data
 * of every fixture variant with a right and a wrong answer, are run through Node. Skips, saying
 * so, where Node is not installed.
 */
class BrowserParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theBrowserScriptsPassTheSharedVectors() throws Exception {
        assertThat(runNode(Vectors.file("/parkbench/exercises/vectors.json"))).contains("0 failed");
    }

    @Test
    void theBrowserAcceptsTheKeyAndRejectsAWrongAnswerForEveryFixtureVariant() throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(dir.resolve("course")).exercises();
        ObjectNode vectors = (ObjectNode) Vectors.load();
        ArrayNode checks = vectors.putArray("checks");
        int count = 0;
        for (var exercise : set.exercises()) {
            for (ExerciseVariant v : set.variants(exercise.id())) {
                if (v.key() instanceof Key.Manual) {
                    continue;
                }
                JsonNode data = JSON.readTree(StudentCheck.of(FixtureCourse.COURSE, v).toJson());
                checks.addObject().put("correct", true).<ObjectNode>set("data", data).set("response", Responses.right(v));
                checks.addObject().put("correct", false).<ObjectNode>set("data", data).set("response", Responses.wrong(v));
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(6);
        Path file = dir.resolve("vectors-with-checks.json");
        Files.writeString(file, JSON.writeValueAsString(vectors), StandardCharsets.UTF_8);

        assertThat(runNode(file)).contains("0 failed");
    }

    @Test
    void anAnswerFileExportedByTheBrowserIsGradedFromScratch() throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(dir.resolve("course")).exercises();
        ObjectNode input = JSON.createObjectNode().put("course", FixtureCourse.COURSE).put("student", " s-2027-001 ");
        ArrayNode answers = input.putArray("answers");
        for (var exercise : set.exercises()) {
            ObjectNode a = answers.addObject().put("exercise", exercise.id()).put("variants", exercise.variantCount());
            ArrayNode responses = a.putArray("responses");
            set.variants(exercise.id()).forEach(v -> responses.add(v.key() instanceof Key.Manual ? JSON.getNodeFactory().textNode("My answer.")
                    : Responses.right(v)));
        }
        Path in = dir.resolve("input.json");
        Path out = dir.resolve("s-2027-001.json");
        Files.writeString(in, JSON.writeValueAsString(input), StandardCharsets.UTF_8);

        runNode(Vectors.file("/parkbench/exercises/answers-build.js"), scripts(), in.toString(), out.toString());
        GradeReport report = new Grader(set, FixtureCourse.COURSE).gradeFiles(List.of(out));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.graded()).singleElement().satisfies(g -> {
            assertThat(g.studentId()).isEqualTo("s-2027-001");
            assertThat(g.total()).isEqualTo(12);
            assertThat(g.manual()).singleElement().satisfies(m -> assertThat(m.response()).isEqualTo("My answer."));
        });
    }

    static String runNode(Path vectorsFile) throws IOException, InterruptedException {
        return runNode(Vectors.file("/parkbench/exercises/vectors-check.js"), scripts(), vectorsFile.toString());
    }

    /** The directory of the shipped browser scripts (main resources). */
    static String scripts() {
        return Vectors.file("/parkbench/exercises/check.js").getParent().toString();
    }

    /** Runs {@code node script args…}; skips the test, saying so, where Node is not installed. */
    static String runNode(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("node is not on the PATH, so variant.js and check.js were not run: " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
