package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./parkbench} at the project's root) says when and why it builds the
 * application. Its decision is checked in a temporary project holding the script, a stand-in jar
 * and a few sources with chosen modification times, through {@code PARKBENCH_BUILD_CHECK=1}, which
 * makes the script print the decision and stop: no Maven build runs.
 */
class LauncherTest {
    private static final Path SCRIPT = Path.of("../parkbench");
    private static final Instant BUILT = Instant.parse("2026-01-10T12:00:00Z");

    @TempDir
    Path home;

    @BeforeEach
    void project() throws IOException {
        Files.copy(SCRIPT, home.resolve("parkbench"));
        write("pom.xml", BUILT.minusSeconds(3600));
        write("core/src/main/java/org/parkbench/core/model/Park.java", BUILT.minusSeconds(3600));
        write("cases/suzhou/pom.xml", BUILT.minusSeconds(3600));
        write("cases/suzhou/src/main/resources/parkbench/cases/suzhou/parks.csv", BUILT.minusSeconds(3600));
    }

    private void built() throws IOException {
        Files.createDirectories(home.resolve("app/target/lib"));
        write("app/target/parkbench.jar", BUILT);
    }

    private void write(String file, Instant modified) throws IOException {
        Path path = home.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "stand-in\n");
        Files.setLastModifiedTime(path, FileTime.from(modified));
    }

    private String decision() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("parkbench").toString()).redirectErrorStream(true);
        builder.environment().put("PARKBENCH_BUILD_CHECK", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher answers").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out.strip();
    }

    @Test
    void withoutABuildItSaysItBuildsOnFirstUse() throws Exception {
        assertThat(decision()).isEqualTo("parkbench: would build the application: no build of the application yet (first use)");
    }

    @Test
    void aJarNewerThanEverySourceIsUsedAsItIs() throws Exception {
        built();
        assertThat(decision()).startsWith("parkbench: the application is up to date");
    }

    @Test
    void aSourceNewerThanTheJarIsNamedAsTheReason() throws Exception {
        built();
        write("core/src/main/java/org/parkbench/core/model/Park.java", BUILT.plusSeconds(60));
        assertThat(decision()).isEqualTo("parkbench: would build the application: sources changed since the last build"
                + " (e.g. core/src/main/java/org/parkbench/core/model/Park.java)");
    }

    @Test
    void aNewCaseModuleIsAReasonToBuildButEditedCaseDataIsNot() throws Exception {
        built();
        write("cases/suzhou/src/main/resources/parkbench/cases/suzhou/parks.csv", BUILT.plusSeconds(60));
        assertThat(decision()).as("case data is read at run time").startsWith("parkbench: the application is up to date");

        write("cases/great-stone/pom.xml", BUILT.plusSeconds(120));
        assertThat(decision()).isEqualTo("parkbench: would build the application: sources changed since the last build"
                + " (e.g. cases/great-stone/pom.xml)");
    }
}
