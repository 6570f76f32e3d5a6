package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values a user types are converted by picocli itself: a profile or a format by its name in
 * any case, a port as a number in a port's range. A wrong value is a usage error (exit 2) that
 * names the option, what was typed and what is allowed, and nothing is built or written.
 */
class OptionValuesTest {
    @TempDir
    Path dir;

    @Test
    void aProfileIsTakenByNameInAnyCase() throws Exception {
        Path out = dir.resolve("site");
        CommandRun run = CommandRun.of("build", "--no-figures", "--profile", "Instructor", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(instructor profile)");
        assertThat(out.resolve("en/instructor/index.html")).isRegularFile();
        assertThat(out.resolve("zh/instructor/index.html")).isRegularFile();
    }

    @Test
    void anUnknownProfileIsAUsageErrorThatListsTheProfiles() {
        CommandRun run = CommandRun.of("build", "--profile", "dean", "--out", dir.resolve("never").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--profile'", "[STUDENT, INSTRUCTOR]", "but was 'dean'");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void anExportFormatIsTakenByNameInAnyCase() throws Exception {
        Path gift = dir.resolve("questions.gift");
        assertThat(CommandRun.of("export", "--format", "GIFT", "--out", gift.toString()).exitCode()).isZero();
        assertThat(Files.readString(gift)).contains("::");
    }

    @Test
    void figureFormatsAreAListOfNames() throws Exception {
        Path out = dir.resolve("figures");
        CommandRun run = CommandRun.of("figures", "--format", "png", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("index.html")))
                    .isNotEmpty().allMatch(n -> n.endsWith(".png") || n.endsWith(".csv"))
                    .anyMatch(n -> n.endsWith(".png"));
        }
    }

    @Test
    void aPortOutsideThePortRangeOrNotANumberIsAUsageError() {
        CommandRun tooHigh = CommandRun.of("serve", "--port", "70000", "--out", dir.resolve("never").toString());
        assertThat(tooHigh.exitCode()).isEqualTo(2);
        assertThat(tooHigh.err()).contains("'--port'", "70000 is not a port (0–65535");

        CommandRun word = CommandRun.of("serve", "--port", "eighty", "--out", dir.resolve("never").toString());
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).contains("'--port'", "'eighty'");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
