package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A word where the command belongs that names no command is a usage error (exit 2) that says so and
 * lists the commands — also with {@code --help} after it, where picocli alone would print the general
 * help and exit 0, as if {@code print} were a command.
 */
class UnknownCommandTest {
    @Test
    void anUnknownCommandWithHelpAfterItIsAUsageErrorThatListsTheCommands() {
        CommandRun run = CommandRun.of("print", "--help");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("parkbench: unknown command 'print'").contains("Commands:")
                .containsPattern("(?m)^  build +Builds").containsPattern("(?m)^  serve ").containsPattern("(?m)^  grade ")
                .containsPattern("(?m)^  new-case ").contains("'parkbench COMMAND --help'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandAloneIsTheSameUsageError() {
        CommandRun run = CommandRun.of("print", "--out", "x.pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("parkbench: unknown command 'print'").containsPattern("(?m)^  validate ");
    }

    @Test
    void helpForTheProgramAndForAKnownCommandStillWorks() {
        assertThat(CommandRun.of("--help").exitCode()).isZero();
        CommandRun build = CommandRun.of("build", "--help");
        assertThat(build.exitCode()).isZero();
        assertThat(build.out()).contains("--out");
        CommandRun unknownOption = CommandRun.of("--frobnicate");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--frobnicate'").doesNotContain("unknown command");
    }
}
