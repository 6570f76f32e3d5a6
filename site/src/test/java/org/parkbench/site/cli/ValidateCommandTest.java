package org.parkbench.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.spi.CaseModules;

/** {@code parkbench validate}: the shipped cases, a broken case beside a valid one, and usage errors. */
class ValidateCommandTest {

    @Test
    void theShippedCasesAreValidAndNamed() {
        CommandRun run = CommandRun.of("validate");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        for (String id : List.of("overview", "suzhou", "suez-teda", "huajian", "haier-ruba", "sihanoukville")) {
            assertThat(run.out()).containsPattern("(?m)^ok\\s+" + id + "\\s");
        }
        assertThat(run.out()).contains("6 cases checked: 0 errors");
    }

    @Test
    void aBrokenCaseFailsWithOneLinePerProblemWhileAValidOneStaysClean(@TempDir Path dir) throws IOException {
        Path valid = copyShippedCase("haier-ruba", dir.resolve("good").resolve("haier-ruba"));
        Path broken = copyShippedCase("haier-ruba", dir.resolve("bad").resolve("haier-ruba"));
        replace(broken.resolve("parks.csv"), ",PK,", ",XX,");
        replace(broken.resolve("parks.csv"), ",private-led,", ",privat-led,");
        replace(broken.resolve("actors.csv"), ",55,", ",155,");
        // the broken copy's park must not clash with the valid copy's park id
        for (String f : List.of("parks.csv", "actors.csv", "observations.csv", "events.csv", "case.md")) {
            replace(broken.resolve(f), "haier-ruba-zone", "broken-zone");
        }

        CommandRun run = CommandRun.of("validate", valid.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).containsPattern("parks\\.csv:2:\\d+: error: \\[PB206] unknown country code 'XX'");
        assertThat(run.out()).containsPattern("parks\\.csv:2:\\d+: error: \\[PB207] unknown model 'privat-led'; did you mean 'private-led'\\?");
        assertThat(run.out()).containsPattern("actors\\.csv:2:\\d+: error: \\[PB203]");
        assertThat(run.out()).containsPattern("(?m)^FAIL\\s+haier-ruba\\s+\\d+ errors");
        assertThat(run.out()).containsPattern("(?m)^ok\\s+haier-ruba\\s+clean");
    }

    @Test
    void aPathThatIsNotACaseIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("neither a case directory");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(CommandRun.of("validate", "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void everyCaseModuleIsFoundOnceSortedById() {
        List<String> ids = CaseModules.discover().stream().map(m -> m.id()).toList();
        assertThat(ids).containsExactly("haier-ruba", "huajian", "overview", "sihanoukville", "suez-teda", "suzhou");
    }

    private static Path copyShippedCase(String id, Path target) throws IOException {
        Path source = CaseModules.discover().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().dataDirectory();
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
