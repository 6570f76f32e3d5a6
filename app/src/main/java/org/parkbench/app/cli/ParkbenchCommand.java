package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code parkbench} command line: one entry point, one subcommand per task of the contract in
 * ARCHITECTURE.md. Exit codes: 0 success, 1 invalid input (diagnostics printed), 2 usage error.
 * An unknown command is a usage error that lists the commands, also when {@code --help} follows it.
 * An unexpected failure prints one line and its cause, never a stack trace, unless
 * {@code PARKBENCH_DEBUG} is set.
 */
@Command(name = "parkbench", mixinStandardHelpOptions = true, versionProvider = ParkbenchVersion.class,
        description = "Case-study workbench and course-site generator on China's overseas industrial parks along the Belt and Road.",
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, StatsCommand.class, FiguresCommand.class,
                ExportCommand.class, PdfCommand.class, GradeCommand.class, NewCaseCommand.class, SynthCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid input (diagnostics printed)", "2:usage error"})
public final class ParkbenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ParkbenchCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --profile student, --format gift, --format svg,png
        cli.setOut(out);
        cli.setErr(err);
        CommandLine.IParameterExceptionHandler usageErrors = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((ex, arguments) -> {
            Optional<Integer> unknown = unknownCommand(cli, ex);
            return unknown.isPresent() ? unknown.get() : usageErrors.handleParseException(ex, arguments);
        });
        // picocli shows the help when --help is given, even after a word that is no command; here that
        // word is reported first (the help would suggest there is a command 'pdf' and exit 0)
        cli.setExecutionStrategy(parseResult -> {
            if (!parseResult.hasSubcommand() && !parseResult.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(cli, parseResult.unmatched());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (System.getenv("PARKBENCH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("parkbench " + commandLine.getCommandName() + ": " + describe(ex));
            commandLine.getErr().println("(set PARKBENCH_DEBUG=1 for the full trace, and please report it)");
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * For a word where a command belongs that names none: the usage error, exit 2, with the list
     * of commands. Empty for any other usage error (an unknown option, a wrong value), which picocli
     * reports as usual.
     */
    private static Optional<Integer> unknownCommand(CommandLine cli, CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || ex.getCommandLine() != cli
                || unmatched.getUnmatched().isEmpty() || unmatched.getUnmatched().get(0).startsWith("-")) {
            return Optional.empty();
        }
        PrintWriter err = cli.getErr();
        err.println("parkbench: unknown command '" + unmatched.getUnmatched().get(0) + "'");
        err.println();
        err.println("Commands:");
        err.print(cli.getHelp().commandList());
        err.println();
        err.println("'parkbench COMMAND --help' describes a command's options.");
        err.flush();
        return Optional.of(cli.getCommandSpec().exitCodeOnInvalidInput());
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
