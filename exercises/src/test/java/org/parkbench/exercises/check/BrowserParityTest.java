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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.Responses;
import org.parkbench.exercises.Vectors;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
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

    static String runNode(Path vectorsFile) throws IOException, InterruptedException {
        Path scripts = Vectors.file("/parkbench/exercises/check.js").getParent();
        Path runner = Vectors.file("/parkbench/exercises/vectors-check.js");
        Process process;
        try {
            process = new ProcessBuilder("node", runner.toString(), scripts.toString(), vectorsFile.toString())
                    .redirectErrorStream(true).start();
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
