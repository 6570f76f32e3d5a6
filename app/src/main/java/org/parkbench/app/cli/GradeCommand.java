package org.parkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parkbench.exercises.grade.ExerciseScore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.GradeReport;
import org.parkbench.exercises.grade.GradebookCsv;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.grade.SolutionPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench grade}: re-scores students' exported answer files from scratch against the keys
 * of each student's variants (nothing the browser claims is trusted) and writes a gradebook CSV for
 * an LMS column import. A bad file is reported and skipped; the others are graded all the same. An
 * answer given after the student opened the worked solution earns nothing unless
 * {@code --after-solution full} (docs/answer-file.md).
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades students' answer files (exported from the course site) and writes a gradebook CSV.",
                "Short answers are listed for manual scoring in a second CSV beside it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file graded", "1:some files rejected (malformed, tampered or for another course; the rest are graded)",
                "2:usage error"})
final class GradeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Answer files (JSON) exported from the site.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "CSV", description = "The gradebook to write (default: ${DEFAULT-VALUE}).")
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
        CourseExercises loaded = CourseExercises.loadOrReport(course, err);
        if (loaded == null) {
            return 1;
        }
        GradeReport report = new Grader(loaded.exercises(), loaded.course().id(), afterSolution).gradeFiles(files);
        for (FileResult.Rejected rejected : report.rejected()) {
            err.println(rejected.message());
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            GradebookCsv.write(report, w);
        }
        for (FileResult.Graded graded : report.graded()) {
            stdout.printf("%s: %s scored %d of %d%n", graded.file(), graded.studentId(), graded.total(), graded.maxTotal());
        }
        if (!report.manualScoring().isEmpty()) {
            Path manual = manualPath(out);
            try (Writer w = Files.newBufferedWriter(manual, StandardCharsets.UTF_8)) {
                GradebookCsv.writeManual(report.manualScoring(), w);
            }
            stdout.printf("%d short answers to score by hand: %s%n", report.manualScoring().size(), manual);
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

    private static Path manualPath(Path gradebook) {
        String name = gradebook.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return gradebook.resolveSibling(stem + "-manual.csv");
    }
}
