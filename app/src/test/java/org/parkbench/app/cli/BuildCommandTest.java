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

/** {@code parkbench build} as a lecturer runs it: success, bad data, a foreign output folder, the two profiles. */
class BuildCommandTest {

    @Test
    void buildsTheShippedCourseAndTellsWhereToOpenIt(@TempDir Path dir) {
        Path out = dir.resolve("site");
        CommandRun run = CommandRun.of("build", "--no-figures", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).isNotEmptyFile();
        // the shipped course is built in English and in Chinese, a folder each, with a page at the root offering both
        assertThat(out.resolve("en/cases/suez-teda.html")).isNotEmptyFile();
        assertThat(out.resolve("zh/cases/suez-teda.html")).isNotEmptyFile();
        assertThat(out.resolve("cases")).doesNotExist();
        assertThat(run.out()).contains("Open " + out.resolve("index.html"));
    }

    @Test
    void invalidCaseDataExitsOneAndLeavesThePreviousSiteAsItWas(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        assertThat(CommandRun.of("build", "--no-figures", "--out", out.toString()).exitCode()).isZero();
        String before = snapshot(out);

        Path broken = ShippedCaseCopy.copy("haier-ruba", dir.resolve("cases").resolve("lahore-copy"));
        ShippedCaseCopy.replaceAll(broken, "haier-ruba-zone", "lahore-copy-zone");
        ShippedCaseCopy.replaceAll(broken, "id: haier-ruba", "id: lahore-copy");
        Files.writeString(broken.resolve("parks.csv"), Files.readString(broken.resolve("parks.csv")).replace(",PK,", ",PAK,"));
        Path course = dir.resolve("course.yml");
        Files.writeString(course, """
                title: "A course with a broken data-only case"
                case_directories: [cases/lahore-copy]
                sessions:
                  - title: "Week 1"
                    cases: [overview, lahore-copy]
                """);

        CommandRun run = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("lahore-copy/parks\\.csv:2:\\d+: error: \\[PB206] unknown country code 'PAK'");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.err()).contains("the previous site in " + out + " is as it was");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aFailedFirstBuildDoesNotSpeakOfAPreviousSite(@TempDir Path dir) throws IOException {
        Path broken = ShippedCaseCopy.copy("haier-ruba", dir.resolve("cases").resolve("lahore-copy"));
        ShippedCaseCopy.replaceAll(broken, "haier-ruba-zone", "lahore-copy-zone");
        ShippedCaseCopy.replaceAll(broken, "id: haier-ruba", "id: lahore-copy");
        Files.writeString(broken.resolve("parks.csv"), Files.readString(broken.resolve("parks.csv")).replace(",PK,", ",PAK,"));
        Path course = dir.resolve("course.yml");
        Files.writeString(course, """
                title: "A course with a broken data-only case"
                case_directories: [cases/lahore-copy]
                sessions:
                  - title: "Week 1"
                    cases: [overview, lahore-copy]
                """);
        Path out = dir.resolve("site");

        CommandRun run = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nothing was written").doesNotContain("previous site in").doesNotContain("is as it was");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void anExerciseErrorExitsOneWithItsDiagnosticAndAnUnassessedObjectiveIsAWarning(@TempDir Path dir) throws IOException {
        Path copy = ShippedCaseCopy.copy("haier-ruba", dir.resolve("cases").resolve("lahore-copy"));
        ShippedCaseCopy.replaceAll(copy, "haier-ruba-zone", "lahore-copy-zone");
        ShippedCaseCopy.replaceAll(copy, "id: haier-ruba", "id: lahore-copy");
        Path exercises = copy.resolve("exercises");
        Path kept = exercises.resolve("lahore-copy-jobs-per-km2.md");
        Files.move(exercises.resolve("haier-ruba-jobs-per-km2.md"), kept);
        try (Stream<Path> others = Files.list(exercises)) {
            for (Path f : others.filter(f -> !f.equals(kept)).toList()) {
                Files.delete(f);
            }
        }
        Path course = dir.resolve("course.yml");
        Files.writeString(course, """
                title: "A course with one data-only case"
                case_directories: [cases/lahore-copy]
                sessions:
                  - title: "Week 1"
                    cases: [lahore-copy]
                """);
        Path out = dir.resolve("site");

        CommandRun built = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", out.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.err()).containsPattern("lahore-copy/case\\.md:\\d+:\\d+: warning: \\[PB612] objective '[a-z0-9-]+' of case lahore-copy");
        assertThat(out.resolve("exercises/lahore-copy-jobs-per-km2.html")).isNotEmptyFile();
        String before = snapshot(out);

        Files.writeString(kept, Files.readString(kept).replace("derivation: jobs-per-km2", "derivation: jobs-per-hectare"));
        CommandRun broken = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", out.toString());

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).containsPattern("lahore-copy/exercises/lahore-copy-jobs-per-km2\\.md:\\d+:\\d+: error: \\[PB603]")
                .doesNotContain("Exception");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void anOutThatIsASymbolicLinkStaysOneAndTheSiteItPointsAtIsRebuilt(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("www/course");
        assertThat(CommandRun.of("build", "--no-figures", "--out", real.toString()).exitCode()).isZero();
        Files.writeString(real.resolve("stale.txt"), "from the previous site");
        Path out = Files.createSymbolicLink(dir.resolve("site"), Path.of("www", "course"));

        CommandRun run = CommandRun.of("build", "--no-figures", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).isSymbolicLink();
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of("www", "course"));
        assertThat(real.resolve("index.html")).isNotEmptyFile();
        assertThat(real.resolve("stale.txt")).as("the previous site was replaced").doesNotExist();
        try (Stream<Path> beside = Files.list(dir); Stream<Path> inWww = Files.list(dir.resolve("www"))) {
            assertThat(beside.map(p -> p.getFileName().toString()).sorted()).containsExactly("site", "www");
            assertThat(inWww.map(p -> p.getFileName().toString()).sorted()).containsExactly(".course.lock", "course");
        }
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotAParkbenchSite(@TempDir Path dir) throws IOException {
        Path foreign = dir.resolve("thesis");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("chapter1.tex"), "my only copy");

        CommandRun run = CommandRun.of("build", "--no-figures", "--out", foreign.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(foreign.toString());
        try (Stream<Path> files = Files.list(foreign)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("chapter1.tex");
        }
        assertThat(foreign.resolve("chapter1.tex")).hasContent("my only copy");
    }

    @Test
    void onlyTheInstructorProfileHasTheInstructorArea(@TempDir Path dir) throws IOException {
        Path student = dir.resolve("student");
        Path instructor = dir.resolve("instructor");
        assertThat(CommandRun.of("build", "--no-figures", "--out", student.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("build", "--no-figures", "--profile", "instructor", "--out", instructor.toString()).exitCode()).isZero();
        for (String language : List.of("en", "zh")) {
            assertThat(Files.exists(instructor.resolve(language).resolve("instructor"))).as(language).isTrue();
            assertThat(Files.exists(student.resolve(language).resolve("instructor"))).as(language).isFalse();
        }
        assertThat(snapshot(student)).doesNotContainIgnoringCase("teaching note");
    }

    @Test
    void anUnknownProfileIsAUsageError(@TempDir Path dir) {
        assertThat(CommandRun.of("build", "--profile", "dean", "--out", dir.resolve("x").toString()).exitCode()).isEqualTo(2);
    }

    /** Every file's path and content, in order: equal snapshots mean an untouched folder. */
    private static String snapshot(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted().toList()) {
                text.append(root.relativize(f)).append('\n');
                if (Files.isRegularFile(f) && f.toString().endsWith(".html")) {
                    text.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }


}
