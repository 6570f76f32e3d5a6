package org.parkbench.app.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parkbench.exercises.grade.ExerciseScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parkbench.exercises.grade.AnswerFileReader;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.GradeReport;
import org.parkbench.exercises.grade.GradebookCsv;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.grade.SolutionPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench grade}: re-scores students' exported answer files from scratch against the keys
 * of each student's variants (nothing the browser claims is trusted) and writes a gradebook CSV for
 * an LMS column import. A bad file is reported and skipped; the others are graded all the same. An
 * answer given after the student opened the worked solution earns nothing unless
 * {@code --after-solution full} (docs/answer-file.md).
 * {@code --out} is checked before anything is read: a folder, or a file that is one of the inputs
 * (an answer file, the course file), is a usage error, so a typo cannot overwrite a student's file.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades students' answer files (exported from the course site) and writes a gradebook CSV.",
                "Short answers are listed for manual scoring in a second CSV beside it.",
                "An answer file has at most " + AnswerFileReader.MAX_BYTES + " bytes (4 MiB; larger ones are refused unread)"
                        + " and a student id at most " + AnswerFileReader.MAX_STUDENT_ID_LENGTH
                        + " characters, without control characters (docs/answer-file.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file graded", "1:some files rejected (malformed, too large, tampered or for another course; the rest are"
                + " graded), or the gradebook could not be written", "2:usage error (also: --out is a folder or one of the input files)"})
final class GradeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Answer files (JSON) exported from the site.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "CSV", description = "The gradebook to write (default: ${DEFAULT-VALUE});"
            + " the short answers go beside it, in NAME-manual.csv. Neither may be a folder or one of the input files.")
    Path out = Path.of("grades.csv");

    @Option(names = "--course", paramLabel = "FILE", description = "The course file the site was built from (default: the shipped course).")
    Path course;

    @Option(names = "--after-solution", paramLabel = "none|full",
            description = {"What an answer given after the worked solution was opened earns: none (default: the last answer "
                    + "checked before the solution is graded) or full (the last answer is graded, whenever it was given).",
                    "Answer files of version 1 record no events and are graded on their last answers."})
    SolutionPolicy afterSolution = SolutionPolicy.NONE;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path manual = manualPath(out);
        Optional<String> refused = refusedOut(manual);
        if (refused.isPresent()) {
            err.println("parkbench grade: " + refused.get());
            return 2;
        }
        CourseExercises loaded = CourseExercises.loadOrReport(course, err);
        if (loaded == null) {
            return 1;
        }
        GradeReport report = new Grader(loaded.exercises(), loaded.course().id(), afterSolution).gradeFiles(files);
        for (FileResult.Rejected rejected : report.rejected()) {
            err.println(rejected.message());
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                GradebookCsv.write(report, w);
            }
        } catch (IOException e) {
            err.println("parkbench grade: cannot write the gradebook " + out + ": " + reason(e));
            return 1;
        }
        for (FileResult.Graded graded : report.graded()) {
            stdout.printf("%s: %s scored %d of %d%n", graded.file(), graded.studentId(), graded.total(), graded.maxTotal());
        }
        if (!report.manualScoring().isEmpty()) {
            try (Writer w = Files.newBufferedWriter(manual, StandardCharsets.UTF_8)) {
                GradebookCsv.writeManual(report.manualScoring(), w);
            } catch (IOException e) {
                err.println("parkbench grade: cannot write the short answers to score by hand, " + manual + ": " + reason(e));
                return 1;
            }
            stdout.printf("%d short answers to score by hand: %s%n", report.manualScoring().size(), manual);
        } else if (Files.exists(manual)) {
            // an earlier run's list may hold a lecturer's marks: never delete it, but do not let it pass for this run's
            stdout.printf("No short answers to score by hand in this run; %s is from an earlier run and was left as it was.%n", manual);
        }
        long late = report.graded().stream().flatMap(g -> g.scores().stream())
                .filter(s -> s.solution() == ExerciseScore.SolutionTiming.ANSWERED_AFTER_OPENING).count();
        if (late > 0) {
            stdout.printf("%d exercise(s) answered after opening the worked solution: %s (--after-solution %s; see the note column)%n",
                    late, afterSolution == SolutionPolicy.NONE ? "only answers checked before it count" : "the last answers count",
                    afterSolution.word());
        }
        long old = report.graded().stream().filter(g -> g.version() < 2).count();
        if (old > 0) {
            stdout.printf("%d file(s) of answer file version 1: no record of when solutions were opened; their last answers are graded%n", old);
        }
        stdout.printf("%d file(s) graded, %d rejected; gradebook: %s%n", report.graded().size(), report.rejected().size(), out);
        return report.exitCode();
    }

    /** Why {@code --out} (with the manual-scoring list beside it) cannot be written as given, if it cannot. */
    private Optional<String> refusedOut(Path manual) {
        OptionSpec given = spec.commandLine().getParseResult().matchedOption("--out");
        String typed = given == null || given.originalStringValues().isEmpty() ? out.toString()
                : given.originalStringValues().get(given.originalStringValues().size() - 1);
        if (Files.isDirectory(out) || typed.endsWith("/") || typed.endsWith(File.separator)) {
            return Optional.of("--out " + typed + " names a folder; give the gradebook's file name, for example --out "
                    + out.resolve("grades.csv"));
        }
        if (Files.isDirectory(manual)) {
            return Optional.of("the short answers to score by hand go to " + manual + ", which is a folder; choose another --out");
        }
        for (Path dir = out.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                return Optional.of("--out " + typed + " cannot be written: " + dir + " is a file, not a folder");
            }
        }
        List<Path> inputs = new ArrayList<>(files);
        if (course != null) {
            inputs.add(course);
        }
        for (Path input : inputs) {
            for (Path written : List.of(out, manual)) {
                if (sameFile(written, input)) {
                    return Optional.of((written.equals(out) ? "--out " + typed : "the short answers' list " + manual) + " is "
                            + (input.equals(course) ? "the course file " : "the answer file ") + input
                            + ", which grading would overwrite; write the gradebook elsewhere, for example --out grades.csv");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return false; // a file that is not there cannot be overwritten
        }
        try {
            return Files.isSameFile(a, b); // through links, relative paths and hard links
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is in the way (a file where a folder should be)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Path manualPath(Path gradebook) {
        String name = gradebook.getFileName() == null ? "grades.csv" : gradebook.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return gradebook.resolveSibling(stem + "-manual.csv");
    }
}
