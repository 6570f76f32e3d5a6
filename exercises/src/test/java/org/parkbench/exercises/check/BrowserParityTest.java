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
        Path file = dir.resolve("vectors-with-checks.json");
        Files.writeString(file, JSON.writeValueAsString(vectorsWithFixtureChecks()), StandardCharsets.UTF_8);

        assertThat(runNode(file)).contains("0 failed");
    }

    @Test
    void chromiumRunsTheScriptsFromAFileUrlWithTheSameResults() throws Exception {
        String chromium = java.util.stream.Stream.of("chromium", "chromium-browser", "google-chrome")
                .filter(BrowserParityTest::onPath).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "no Chromium on the PATH, so the scripts were not run in a browser");
        Path site = Files.createDirectories(dir.resolve("site"));
        for (String script : List.of("variant.js", "check.js")) {
            Files.copy(Path.of(scripts(), script), site.resolve(script));
        }
        Files.copy(Vectors.file("/parkbench/exercises/vectors-run.js"), site.resolve("vectors-run.js"));
        Files.writeString(site.resolve("vectors.js"), "window.VECTORS = " + JSON.writeValueAsString(vectorsWithFixtureChecks()) + ";\n",
                StandardCharsets.UTF_8);
        Files.writeString(site.resolve("page.html"), """
                <!doctype html><html><head><meta charset="utf-8"><title>vectors</title></head><body><pre id="result">not run</pre>
                <script src="variant.js"></script><script src="check.js"></script>
                <script src="vectors-run.js"></script><script src="vectors.js"></script>
                <script>
                var r = runVectors(ParkbenchVariant, ParkbenchCheck, VECTORS);
                document.getElementById('result').textContent = r.failures.join('\\n') + '\\nRESULT ' + r.passed + ' passed, ' + r.failed + ' failed';
                </script></body></html>
                """, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", site.resolve("page.html").toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("chromium finished").isTrue();
        assertThat(dom).containsPattern("RESULT [1-9]\\d* passed, 0 failed");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    /** The shared vectors plus, for every fixture variant, its check data with a right and a wrong response. */
    private ObjectNode vectorsWithFixtureChecks() throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(dir.resolve("fixture")).exercises();
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
