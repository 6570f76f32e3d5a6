package org.parkbench.app.cli;

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
        Path valid = ShippedCaseCopy.copy("haier-ruba", dir.resolve("good").resolve("haier-ruba"));
        Path broken = ShippedCaseCopy.copy("haier-ruba", dir.resolve("bad").resolve("haier-ruba"));
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
    void theOverviewAloneIsCheckedAgainstTheParksItsZonesLinkTo(@TempDir Path dir) throws IOException {
        Path overview = ShippedCaseCopy.copy("overview", dir.resolve("overview"));
        CommandRun run = CommandRun.of("validate", overview.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("PB302").contains("1 case checked: 0 errors");
    }

    @Test
    void anExerciseWhoseKeyTheDataCannotGiveFailsItsCase(@TempDir Path dir) throws IOException {
        Path copy = ShippedCaseCopy.copy("haier-ruba", dir.resolve("haier-ruba"));
        replace(copy.resolve("exercises/haier-ruba-jobs-per-km2.md"), "derivation: jobs-per-km2", "derivation: jobs-per-hectare");

        CommandRun run = CommandRun.of("validate", copy.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("exercises/haier-ruba-jobs-per-km2\\.md:\\d+:\\d+: error: \\[PB603]");
        assertThat(run.out()).containsPattern("(?m)^FAIL\\s+haier-ruba\\s+\\d+ errors?");
    }

    @Test
    void objectivesNoExerciseAssessesAreWarningsThatStrictTurnsIntoFailure(@TempDir Path dir) throws IOException {
        Path copy = ShippedCaseCopy.copy("haier-ruba", dir.resolve("haier-ruba"));
        try (Stream<Path> exercises = Files.list(copy.resolve("exercises"))) {
            for (Path f : exercises.toList()) {
                Files.delete(f);
            }
        }

        CommandRun run = CommandRun.of("validate", copy.toString());
        CommandRun strict = CommandRun.of("validate", "--strict", copy.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("case\\.md:\\d+:\\d+: warning: \\[PB612] objective '[a-z0-9-]+' of case haier-ruba is assessed by no exercise");
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void teachingNotesLeftInEnglishAreWarnedOfAsNotYetTranslated(@TempDir Path dir) throws IOException {
        Path copy = ShippedCaseCopy.copy("haier-ruba", dir.resolve("haier-ruba"));
        Files.delete(copy.resolve("teaching-notes.zh.md"));

        CommandRun asked = CommandRun.of("validate", "--lang", "zh", copy.toString());
        CommandRun strict = CommandRun.of("validate", "--lang", "zh", "--strict", copy.toString());

        assertThat(asked.exitCode()).as(asked.out()).isZero();
        assertThat(asked.out()).contains("teaching-notes.md:1:1: warning: [PB702] case haier-ruba has teaching notes but no"
                + " Chinese translation of them (teaching-notes.zh.md)");
        assertThat(strict.exitCode()).isEqualTo(1);
        // the shipped cases have every part in Chinese, their teaching notes included
        CommandRun shipped = CommandRun.of("validate", "--lang", "zh");
        assertThat(shipped.exitCode()).as(shipped.out()).isZero();
        assertThat(shipped.out()).doesNotContain("PB702");
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


    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
