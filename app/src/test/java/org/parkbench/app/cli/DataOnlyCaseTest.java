package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data-only case made with {@code new-case --data-only} in a lecturer's folder outside the
 * repository: named in a course file, it is built with its figure; an error in it is reported with
 * its path, line and column; its unfilled parts are listed by validate.
 */
class DataOnlyCaseTest {
    private static final String ID = "great-stone";

    @TempDir
    Path temp;

    private Path lecturer;

    private ScaffoldedCase scaffold() {
        lecturer = temp.resolve("my-course");
        CommandRun run = CommandRun.of("new-case", ID, "--model", "government-driven", "--country", "BY", "--data-only",
                "--dir", lecturer.resolve("cases").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created the data-only case 'great-stone' (status: draft)", "case_directories: [",
                "cases: [great-stone]");
        assertThat(lecturer.resolve("cases/great-stone/pom.xml")).doesNotExist();
        assertThat(lecturer.resolve("cases/great-stone/src")).doesNotExist();
        return new ScaffoldedCase(lecturer.resolve("cases/great-stone"));
    }

    private Path course() throws IOException {
        Path course = lecturer.resolve("course.yml");
        Files.writeString(course, """
                title: "Parks abroad, with a case of our own"
                case_directories: [cases/great-stone]
                sessions:
                  - title: "Week 1: the template"
                    cases: [suzhou]
                  - title: "Week 2: our own case"
                    cases: [great-stone]
                """);
        return course;
    }

    /** The {@code case_directories} line {@code new-case} printed, as a lecturer would copy it. */
    private static String printedCaseDirectories(CommandRun run) {
        return run.out().lines().filter(l -> l.strip().startsWith("case_directories: ["))
                .map(l -> l.strip().replaceAll("\\s+#.*", "")).findFirst().orElseThrow();
    }

    @Test
    void withItsCourseFileNamedThePrintedLineIsRelativeToThatFileAndBuildsAsPrinted() throws IOException {
        lecturer = temp.resolve("my-course");
        Path course = lecturer.resolve("course.yml");
        CommandRun run = CommandRun.of("new-case", ID, "--model", "government-driven", "--data-only",
                "--dir", lecturer.resolve("cases").toString(), "--course", course.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(printedCaseDirectories(run)).isEqualTo("case_directories: [cases/great-stone]");
        assertThat(run.out()).contains("# relative to the course file", "./parkbench build --course " + course);

        // the line as printed, pasted into the course file it was printed for, finds the case
        Files.writeString(course, "title: \"Our own case\"\n" + printedCaseDirectories(run) + "\n"
                + "sessions:\n  - title: \"Week 1\"\n    cases: [great-stone]\n");
        Path out = temp.resolve("site");
        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", out.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(out.resolve("cases/great-stone.html")).isNotEmptyFile();
    }

    @Test
    void withoutACourseFileThePrintedLineIsForACourseFileInTheCurrentFolder() {
        Path cases = temp.resolve("elsewhere/cases");
        CommandRun run = CommandRun.of("new-case", ID, "--model", "government-driven", "--data-only", "--dir", cases.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String line = printedCaseDirectories(run);
        String printed = line.substring("case_directories: [".length(), line.length() - 1);
        assertThat(printed).doesNotStartWith("/");
        assertThat(Path.of("").toAbsolutePath().resolve(printed).normalize()).isEqualTo(cases.resolve(ID).toAbsolutePath().normalize());
        assertThat(run.out()).contains("a course file in this folder", "or use new-case --course FILE");
    }

    @Test
    void courseGoesWithDataOnly() {
        CommandRun run = CommandRun.of("new-case", ID, "--model", "government-driven", "--course", temp.resolve("c.yml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--course goes with --data-only");
    }

    @Test
    void namedInACourseFileItIsBuiltWithItsFigure() throws IOException {
        scaffold().fillMinimalPark().fillExercise(ID, "model");
        Path out = temp.resolve("site");

        CommandRun build = CommandRun.of("build", "--course", course().toString(), "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        String page = Files.readString(out.resolve("cases/great-stone.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Great Stone Test Park", "Week 2: our own case", "class=\"draft-banner\"",
                "<img src=\"../figures/great-stone-park-stakes.svg\"");
        assertThat(out.resolve("cases/suzhou.html")).isNotEmptyFile();
        assertThat(out.resolve("cases/huajian.html")).doesNotExist();
    }

    @Test
    void rightAfterScaffoldingItBuildsAsADraft() throws IOException {
        scaffold();
        Path out = temp.resolve("site");
        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course().toString(), "--out", out.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).containsPattern("\\d+ warning\\(s\\) in the course's own cases( and \\d+ in shipped cases)?; 'parkbench validate CASE_FOLDER' lists them");
        assertThat(Files.readString(out.resolve("cases/great-stone.html"))).contains("class=\"draft-banner\"");
    }

    @Test
    void anErrorInItIsReportedWithItsPathLineAndColumn() throws IOException {
        ScaffoldedCase c = scaffold().fillMinimalPark();
        c.write("observations.csv", c.read("observations.csv").replace(",enterprises,12,", ",enterprises,twelve,"));

        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course().toString(), "--out", temp.resolve("site").toString());

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).containsPattern("my-course/cases/great-stone/observations\\.csv:8:30: error: \\[PB201] ");
        assertThat(build.err()).doesNotContain("Exception");
    }

    @Test
    void validateListsTheExercisesStillToFillWithTheirFiles() {
        ScaffoldedCase c = scaffold().fillMinimalPark().fillExercise(ID, "model");

        CommandRun validate = CommandRun.of("validate", c.dataDirectory().toString());

        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).containsPattern("great-stone/exercises/great-stone-classify\\.md:\\d+:\\d+: warning: \\[PB503] the"
                + " exercise still holds \\d+ placeholders \\(lines [\\d, ]+\\): TODO: ");
        assertThat(validate.out().lines().filter(l -> l.contains("[PB503]"))).hasSize(5)
                .allMatch(l -> l.contains("/exercises/"));
        assertThat(validate.out()).doesNotContain("great-stone-model.md").contains("0 errors");
    }

    @Test
    void validateReportsAnExerciseThatDisagreesWithTheDataAsAnError() {
        ScaffoldedCase c = scaffold().fillMinimalPark().fillExercise(ID, "model", "value: government-driven\n    correct: true",
                "value: government-driven", "value: company-led", "value: company-led\n    correct: true");

        CommandRun validate = CommandRun.of("validate", c.dataDirectory().toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).containsPattern("great-stone/exercises/great-stone-model\\.md:\\d+:\\d+: error: \\[PB605] choice 'b'"
                + " is marked correct and says 'company-led', but the data says 'government-driven'");
    }
}
