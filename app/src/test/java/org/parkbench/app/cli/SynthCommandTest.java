package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parkbench synth} as a benchmark script runs it: writes a course build accepts, and never clobbers a foreign folder. */
class SynthCommandTest {

    @Test
    void writesACourseThatBuildsAndRewritesItWithFewerCases(@TempDir Path dir) throws Exception {
        Path course = dir.resolve("course");
        CommandRun synth = CommandRun.of("synth", "--parks", "30", "--cases", "3", "--seed", "4", "--out", course.toString());
        assertThat(synth.exitCode()).as(synth.err()).isZero();
        assertThat(synth.out()).contains("30 parks in 4 cases");

        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course.resolve("course.yml").toString(),
                "--out", dir.resolve("site").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(dir.resolve("site/cases/synthetic-case-0003.html")).isNotEmptyFile();

        assertThat(CommandRun.of("synth", "--parks", "30", "--cases", "2", "--out", course.toString()).exitCode()).isZero();
        assertThat(course.resolve("cases/synthetic-case-0003")).doesNotExist();
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("thesis.tex"), "precious");
        CommandRun run = CommandRun.of("synth", "--parks", "10", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not empty");
        assertThat(dir.resolve("thesis.tex")).hasContent("precious");
        assertThat(CommandRun.of("synth", "--parks", "0", "--out", dir.resolve("x").toString()).exitCode()).isEqualTo(2);
    }
}
