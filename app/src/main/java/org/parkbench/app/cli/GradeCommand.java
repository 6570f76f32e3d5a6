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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parkbench.core.load.InputLimits;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.grade.AnswerFileReader;
import org.parkbench.exercises.grade.ExerciseScore;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.GradeReport;
import org.parkbench.exercises.grade.GradebookCsv;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.grade.ManualScores;
import org.parkbench.exercises.grade.ManualScoring;
import org.parkbench.exercises.grade.Points;
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
 * (an answer file, the course file, the scores of {@code --manual}), is a usage error, so a typo
 * cannot overwrite a student's file. Short answers go to a manual-scoring list beside the
 * gradebook; {@code --manual} folds the scores a lecturer typed into it back in
 * ({@link ManualScores}), or, when they have any problem, writes nothing at all. A list that holds
 * typed scores is never overwritten by a run that does not fold them in. The summary gives each
 * student's points earned, pending hand-marking and at most, over the course and per case
 * ({@link Points}).
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades students' answer files (exported from the course site) and writes a gradebook CSV.",
                "Short answers are listed for scoring by hand in a second CSV beside it (NAME-manual.csv), with an empty"
                        + " score column; type the scores in and run again with --manual NAME-manual.csv to fold them in.",
                "The summary and the gradebook give each student's points earned, pending hand-marking and at most, per"
                        + " exercise, per case and in total.",
                "An answer file has at most " + AnswerFileReader.MAX_BYTES + " bytes (4 MiB; larger ones are refused unread)"
                        + " and a student id at most " + AnswerFileReader.MAX_STUDENT_ID_LENGTH
                        + " characters, without control characters (docs/answer-file.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file graded", "1:some files rejected (malformed, too large, tampered or for another course; the rest are"
                + " graded), or the gradebook could not be written; or the scores of --manual have problems, or the list beside"
                + " --out holds typed scores this run would overwrite (then nothing is written)",
                "2:usage error (also: --out is a folder or one of the input files)"})
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

    @Option(names = "--manual", paramLabel = "CSV", description = {"The manual-scoring list with scores typed into its score"
            + " column (whole points, 0 to max_score; an empty cell leaves the answer pending): the scores are folded into the"
            + " gradebook, and the list beside --out is written again with them. Rows are matched by student id, exercise id"
            + " and variant, and must be for short answers of the answer files graded in this run. Any problem in it is"
            + " reported at its line and column, and then nothing is written.",
            "At most " + InputLimits.CSV_FILE_BYTES + " bytes (16 MiB, refused unread), lines of at most "
                    + InputLimits.CSV_LINE_CHARACTERS + " characters, " + InputLimits.CSV_CELLS + " cells."})
    Path manualScores;

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
        if (manualScores != null) {
            Diagnostics problems = new Diagnostics();
            Optional<GradeReport> scored = ManualScores.merge(report, manualScores, manualScores.toString(), problems);
            problems.sorted().forEach(d -> err.println(d.format()));
            if (scored.isEmpty()) {
                err.printf("parkbench grade: nothing was written (%s): fix the %d problem(s) in %s above and run again%n",
                        Files.exists(out) ? out + " is as it was" : "no gradebook", problems.errorCount(), manualScores);
                return 1;
            }
            report = scored.get();
        }
        if (!report.manualScoring().isEmpty() && Files.exists(manual) && !sameFile(manual, manualScores)) {
            int typed = ManualScores.scoresIn(manual);
            if (typed > 0) {
                err.printf("parkbench grade: %s holds %d score(s) typed by hand, which this run would overwrite; nothing was"
                        + " written: fold them in with --manual %s, or choose another --out%n", manual, typed, manual);
                return 1;
            }
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
            stdout.printf("%s: %s %s%n", graded.file(), graded.studentId(), points("scored", graded.points()));
            graded.pointsByCase().forEach((caseId, points) -> stdout.printf("    %s: %s%n", caseId, points("", points).strip()));
        }
        List<ManualScoring> pending = report.pendingScoring();
        if (!report.manualScoring().isEmpty()) {
            try (Writer w = Files.newBufferedWriter(manual, StandardCharsets.UTF_8)) {
                GradebookCsv.writeManual(report.manualScoring(), w);
            } catch (IOException e) {
                err.println("parkbench grade: cannot write the short answers to score by hand, " + manual + ": " + reason(e));
                return 1;
            }
            int scored = report.manualScoring().size() - pending.size();
            stdout.printf("%d short answer(s) to score by hand, %d scored, %d still to score (%d points pending): %s%n",
                    report.manualScoring().size(), scored, pending.size(), report.points().pending(), manual);
            if (manualScores != null) {
                stdout.printf("%d score(s) typed by hand folded in from %s%n", scored, manualScores);
            }
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

    /** "scored 2 of 68 points, 4 pending hand-marking": {@code points} as the summary gives them. */
    private static String points(String verb, Points points) {
        return verb + " " + points.earned() + " of " + points.max() + " points, " + points.pending() + " pending hand-marking";
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
        if (manualScores != null && sameFile(out, manualScores)) {
            return Optional.of("--out " + typed + " is the list of scores given to --manual, which grading would overwrite;"
                    + " write the gradebook elsewhere, for example --out grades.csv");
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
        if (a == null || b == null || !Files.exists(a) || !Files.exists(b)) {
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
