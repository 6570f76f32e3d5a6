package org.parkbench.app.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Severity;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.course.InvalidCourseException;

/**
 * One YAML mistake written into a real {@code case.md} (of a copied shipped case), a real
 * exercise file and the documented example course file, each loaded as the product loads it: the
 * same code and severity, and the same wording, in all three, each at the line and column of the
 * mistake in its own file.
 */
class YamlMistakesTest {
    private static final String CASE_ID = "suzhou";
    private static final String EXERCISE = "suzhou-model.md";

    @TempDir
    Path tmp;

    /** A mistake made at a file's top-level {@code title:} line. */
    enum Mistake {
        /** A second title on the line after the first. */
        DUPLICATE_KEY(DiagnosticCode.PB401, 1, 1),
        /** A misspelt field on the line after the title. */
        UNKNOWN_FIELD(DiagnosticCode.PB403, 1, 1),
        /** The title given as a list. */
        WRONG_TYPE(DiagnosticCode.PB402, 0, 8);

        final DiagnosticCode code;
        final int linesAfterTitle;
        final int column;

        Mistake(DiagnosticCode code, int linesAfterTitle, int column) {
            this.code = code;
            this.linesAfterTitle = linesAfterTitle;
            this.column = column;
        }

        String applyTo(String text) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int title = titleLine(text) - 1;
            switch (this) {
                case DUPLICATE_KEY -> lines.add(title + 1, "title: \"The same title again\"");
                case UNKNOWN_FIELD -> lines.add(title + 1, "tittle: \"A typo of title\"");
                case WRONG_TYPE -> lines.set(title, "title: [a, list]");
            }
            return String.join("\n", lines) + "\n";
        }

        /** What the message says, whichever file it is in. */
        String message(int titleLine) {
            return switch (this) {
                case DUPLICATE_KEY -> "field 'title' appears twice (first on line " + titleLine + ")";
                case UNKNOWN_FIELD -> "field 'tittle'; did you mean 'title'?";
                case WRONG_TYPE -> "'title' must be a text, not a list";
            };
        }
    }

    /** The 1-based line of the first top-level {@code title:} of a YAML text. */
    private static int titleLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("title:")) {
                return i + 1;
            }
        }
        throw new AssertionError("no top-level title: line");
    }

    @ParameterizedTest
    @EnumSource(Mistake.class)
    void theSameMistakeHasTheSameCodeSeverityAndWordingInEveryYamlFile(Mistake mistake) throws IOException {
        Path caseDir = copyOfShippedCase("for-case-md");
        String caseMd = Files.readString(caseDir.resolve("case.md"), StandardCharsets.UTF_8);
        Path exercise = copyOfShippedCase("for-exercise").resolve("exercises").resolve(EXERCISE);
        String exerciseMd = Files.readString(exercise, StandardCharsets.UTF_8);
        String courseYml = Files.readString(Path.of("..", "docs", "examples", "course.yml"), StandardCharsets.UTF_8);

        Diagnostic inCase = inCaseMd(mistake, caseDir, caseMd);
        Diagnostic inExercise = inExercise(mistake, exercise, exerciseMd);
        Diagnostic inCourse = inCourseFile(mistake, courseYml);

        assertAt(inCase, mistake, titleLine(caseMd), "case.md");
        assertAt(inExercise, mistake, titleLine(exerciseMd), EXERCISE);
        assertAt(inCourse, mistake, titleLine(courseYml), "course.yml");
        assertThat(List.of(inCase, inExercise, inCourse)).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
        assertThat(List.of(inCase, inExercise, inCourse)).extracting(Diagnostic::code).containsOnly(mistake.code);
    }

    private static void assertAt(Diagnostic d, Mistake mistake, int titleLine, String file) {
        assertThat(d.origin().file()).endsWith(file);
        assertThat(d.origin().line()).as(d.format()).isEqualTo(titleLine + mistake.linesAfterTitle);
        assertThat(d.origin().column()).as(d.format()).isEqualTo(mistake.column);
        assertThat(d.message()).contains(mistake.message(titleLine));
    }

    /** The one diagnostic of case.md when the case is loaded from its directory. */
    private Diagnostic inCaseMd(Mistake mistake, Path caseDir, String caseMd) throws IOException {
        Files.writeString(caseDir.resolve("case.md"), mistake.applyTo(caseMd), StandardCharsets.UTF_8);
        CasebookLoad load = CasebookLoader.load(List.of(new CaseInput(caseDir, CASE_ID)));
        List<Diagnostic> found = load.cases().stream().flatMap(c -> c.diagnostics().stream())
                .filter(d -> d.origin().file().endsWith("case.md")).toList();
        assertThat(found).singleElement();
        return found.get(0);
    }

    /** The one diagnostic of the exercise file when the case's exercises are loaded. */
    private static Diagnostic inExercise(Mistake mistake, Path exercise, String exerciseMd) throws IOException {
        Path caseDir = exercise.getParent().getParent();
        CasebookLoad load = CasebookLoader.load(List.of(new CaseInput(caseDir, CASE_ID)));
        assertThat(load.casebook().errors()).isEmpty();
        Files.writeString(exercise, mistake.applyTo(exerciseMd), StandardCharsets.UTF_8);
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(load.casebook().value());
        List<Diagnostic> found = exercises.diagnostics().stream().filter(d -> d.origin().file().endsWith(EXERCISE)).toList();
        assertThat(found).singleElement();
        return found.get(0);
    }

    /** The one problem a course file is refused for. */
    private Diagnostic inCourseFile(Mistake mistake, String courseYml) throws IOException {
        Path course = tmp.resolve("course.yml");
        Files.writeString(course, mistake.applyTo(courseYml), StandardCharsets.UTF_8);
        try {
            CourseLoader.load(course);
        } catch (InvalidCourseException e) {
            assertThat(e.diagnostics()).singleElement();
            return e.diagnostics().get(0);
        }
        throw new AssertionError("the course file loaded");
    }

    /** A copy of a shipped case's data directory (from the module's folder or its jar). */
    private Path copyOfShippedCase(String copy) throws IOException {
        Path source = CasebookLoader.shipped().stream().filter(c -> c.directoryName().equals(CASE_ID)).findFirst()
                .orElseThrow().directory();
        Path target = tmp.resolve(copy).resolve(CASE_ID);
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
