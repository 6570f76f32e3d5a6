package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code new-case} refuses: each with exit code 2, one clear line, and nothing written or changed. */
class NewCaseCommandTest {
    @TempDir
    Path temp;

    private CommandRun inProject(Path project, String... args) {
        return ScaffoldedCase.withHome(project, () -> CommandRun.of(args));
    }

    @Test
    void anIdThatIsNotASlugIsRefused() throws IOException {
        Path project = ScaffoldedCase.projectCopy(temp.resolve("p"));
        String before = snapshot(project);
        CommandRun run = inProject(project, "new-case", "Great Stone", "--model", "government-driven");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("parkbench new-case: 'Great Stone' is not a valid case id: use lower-case letters a-z,"
                + " digits and single hyphens, at most 64 characters, e.g. great-stone" + System.lineSeparator());
        assertThat(snapshot(project)).isEqualTo(before);
    }

    @Test
    void anExistingDirectoryIsRefusedAndLeftAsItIs() throws IOException {
        Path project = ScaffoldedCase.projectCopy(temp.resolve("p"));
        Files.createDirectories(project.resolve("cases/great-stone"));
        Files.writeString(project.resolve("cases/great-stone/notes.txt"), "my notes");
        String before = snapshot(project);
        CommandRun run = inProject(project, "new-case", "great-stone", "--model", "government-driven");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cases/great-stone already exists; choose another id");
        assertThat(snapshot(project)).isEqualTo(before);
    }

    @Test
    void theIdOfAShippedCaseIsRefused() throws IOException {
        Path project = ScaffoldedCase.projectCopy(temp.resolve("p"));
        String before = snapshot(project);
        CommandRun run = inProject(project, "new-case", "suzhou", "--model", "government-driven");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'suzhou' is the id of a case Parkbench already has");
        assertThat(snapshot(project)).isEqualTo(before);

        CommandRun dataOnly = CommandRun.of("new-case", "huajian", "--model", "private-led", "--data-only", "--dir", temp.resolve("d").toString());
        assertThat(dataOnly.exitCode()).isEqualTo(2);
        assertThat(temp.resolve("d/huajian")).doesNotExist();
    }

    @Test
    void anUnknownModelOrCountryIsRefused() throws IOException {
        Path project = ScaffoldedCase.projectCopy(temp.resolve("p"));
        CommandRun model = inProject(project, "new-case", "great-stone", "--model", "state-led");
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(model.err()).contains("unknown development model 'state-led': use one of government-driven, company-led, private-led");
        CommandRun country = inProject(project, "new-case", "great-stone", "--model", "government-driven", "--country", "Belarus");
        assertThat(country.exitCode()).isEqualTo(2);
        assertThat(country.err()).contains("unknown country code 'Belarus'");
        assertThat(project.resolve("cases/great-stone")).doesNotExist();
    }

    @Test
    void aModelIsRequired() {
        CommandRun run = CommandRun.of("new-case", "great-stone");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--model=MODEL'");
    }

    @Test
    void withoutAProjectOnlyADataOnlyCaseCanBeMade() {
        String before = System.getProperty(ProjectCases.HOME_PROPERTY);
        System.clearProperty(ProjectCases.HOME_PROPERTY);
        try {
            CommandRun run = CommandRun.of("new-case", "great-stone", "--model", "government-driven");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("run ./parkbench new-case at the root of a checkout, or make a data-only case with"
                    + " --data-only --dir DIR");
        } finally {
            if (before != null) {
                System.setProperty(ProjectCases.HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void aHomeThatIsNotACheckoutIsRefused() {
        CommandRun run = inProject(temp, "new-case", "great-stone", "--model", "government-driven");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a Parkbench checkout");
        assertThat(temp.resolve("cases")).doesNotExist();
    }

    @Test
    void dataOnlyAndDirGoTogether() {
        CommandRun noDir = CommandRun.of("new-case", "great-stone", "--model", "government-driven", "--data-only");
        assertThat(noDir.exitCode()).isEqualTo(2);
        assertThat(noDir.err()).contains("--data-only needs --dir DIR");
        CommandRun noDataOnly = CommandRun.of("new-case", "great-stone", "--model", "government-driven", "--dir", temp.toString());
        assertThat(noDataOnly.exitCode()).isEqualTo(2);
        assertThat(noDataOnly.err()).contains("--dir goes with --data-only");
        assertThat(temp.resolve("great-stone")).doesNotExist();
    }

    @Test
    void anExistingDataOnlyDirectoryIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("great-stone"));
        CommandRun run = CommandRun.of("new-case", "great-stone", "--model", "government-driven", "--data-only", "--dir", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("great-stone already exists");
        try (Stream<Path> files = Files.list(temp.resolve("great-stone"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theHelpListsTheOptions() {
        CommandRun run = CommandRun.of("new-case", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--model=MODEL", "--title=TEXT", "--country=CC", "--data-only", "--dir=DIR");
        assertThat(CommandRun.of("--help").out()).contains("new-case");
    }

    /** Every file's path and content under {@code root}: equal snapshots mean nothing was written or changed. */
    private static String snapshot(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted().toList()) {
                text.append(root.relativize(f)).append('\n');
                if (Files.isRegularFile(f)) {
                    text.append(Files.readString(f));
                }
            }
        }
        return text.toString();
    }
}
