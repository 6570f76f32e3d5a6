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
import org.parkbench.exercises.grade.SolutionPolicy;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * Proves variant.js and check.js equal to the Java classes: the shared vectors, and the check data
 * of every fixture variant with a right and a wrong answer, are run through Node, once through the
 * script's own PBKDF2 and once through its promised functions (Node's crypto.subtle). Skips,
 * saying so, where Node is not installed. {@link ChromiumParityTest} runs the same in Chromium.
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
        Path file = dir.resolve("vectors-with-checks.json");
        Files.writeString(file, ascii(vectorsWithFixtureChecks()), StandardCharsets.UTF_8);

        assertThat(runNode(file)).contains("0 failed");
    }

    /** JSON with every non-ASCII character escaped: the vectors hold a lone surrogate, which no UTF-8 file can. */
    static String ascii(JsonNode json) throws IOException {
        return JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(json);
    }

    /** The shared vectors plus, for every fixture variant, its check data with a right and a wrong response. */
    private ObjectNode vectorsWithFixtureChecks() throws Exception {
        return vectorsWithFixtureChecks(dir.resolve("fixture"));
    }

    /** The same, with the fixture course copied to {@code fixture}. */
    static ObjectNode vectorsWithFixtureChecks(Path fixture) throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(fixture).exercises();
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
        return vectors;
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
            assertThat(g.version()).isEqualTo(2);
            assertThat(g.total()).isEqualTo(12);
            assertThat(g.manual()).singleElement().satisfies(m -> assertThat(m.response()).isEqualTo("My answer."));
        });

        // the same answers, one of them given only after its hint and worked solution were opened
        input.put("late", "suez-jobs-per-km2");
        Files.writeString(in, JSON.writeValueAsString(input), StandardCharsets.UTF_8);
        runNode(Vectors.file("/parkbench/exercises/answers-build.js"), scripts(), in.toString(), out.toString());
        JsonNode late = java.util.stream.StreamSupport.stream(JSON.readTree(out.toFile()).get("answers").spliterator(), false)
                .filter(a -> a.get("exercise").asText().equals("suez-jobs-per-km2")).findFirst().orElseThrow();
        assertThat(late.get("events")).extracting(e -> e.get("type").asText()).containsExactly("hint", "solution", "attempt");
        assertThat(late.get("events").get(0).get("at").asText()).isEqualTo("2026-11-28T09:00:00.000Z");
        int points = set.exercise("suez-jobs-per-km2").orElseThrow().points();
        assertThat(new Grader(set, FixtureCourse.COURSE).gradeFiles(List.of(out)).graded().get(0).total()).isEqualTo(12 - points);
        assertThat(new Grader(set, FixtureCourse.COURSE, SolutionPolicy.FULL).gradeFiles(List.of(out)).graded().get(0).total())
                .isEqualTo(12);
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
