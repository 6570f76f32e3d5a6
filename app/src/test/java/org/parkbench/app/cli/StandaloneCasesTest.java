package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkbench.site.build.LinkChecker;

/**
 * A lecturer picks cases one by one: any shipped case alone, the three-case example of
 * docs/course-file.md, and every case in reverse order build; links across cases resolve against
 * the shipped cases the course leaves out, pages link only what the course has, an exercise that
 * needs a left-out case is left out with a note, and a course's own exercise that cannot be set is
 * an error at the course file naming the cases to add.
 */
class StandaloneCasesTest {
    private static final List<String> SHIPPED = List.of("overview", "suzhou", "suez-teda", "huajian", "haier-ruba", "sihanoukville");

    @TempDir
    Path temp;

    private Path course(String name, String... cases) throws IOException {
        Path file = temp.resolve(name + ".yml");
        Files.writeString(file, "title: \"" + name + "\"\nsessions:\n  - title: \"All\"\n    cases: [" + String.join(", ", cases) + "]\n");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"overview", "suzhou", "suez-teda", "huajian", "haier-ruba", "sihanoukville"})
    void eachShippedCaseAloneBuildsAndLinksOnlyWhatTheCourseHas(String id) throws IOException {
        Path out = temp.resolve("site-" + id);
        // the overview's figures are the ones drawn from other cases' data: draw them; the others build text only
        List<String> args = new ArrayList<>(List.of("build", "--course", course(id, id).toString(), "--out", out.toString()));
        if (!id.equals("overview")) {
            args.add("--no-figures");
        }
        CommandRun build = CommandRun.of(args.toArray(String[]::new));

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("error:", "Exception");
        assertThat(out.resolve("cases/" + id + ".html")).exists();
        for (String other : SHIPPED) {
            if (!other.equals(id)) {
                assertThat(out.resolve("cases/" + other + ".html")).as("no page of " + other).doesNotExist();
            }
        }
        assertThat(new LinkChecker(out).problems()).as("links to pages the course does not build").isEmpty();
    }

    @Test
    void aCaseAloneThatClassifiesParksOfOtherCasesLeavesThatExerciseOutWithANote() throws IOException {
        Path out = temp.resolve("huajian");
        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course("huajian", "huajian").toString(),
                "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).contains("warning: [PB620] exercise huajian-classify-case-parks is left out: it needs parks of "
                + "the cases suzhou, haier-ruba, suez-teda and sihanoukville, which the course does not include");
        assertThat(out.resolve("exercises/huajian-classify-case-parks.html")).doesNotExist();
        try (Stream<Path> pages = Files.list(out.resolve("exercises"))) {
            assertThat(pages.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("huajian-"));
        }
    }

    @Test
    void theThreeCaseExampleOfTheCourseFileGuideBuildsWithItsFigures() throws IOException {
        Path example = Path.of("..", "docs", "examples", "three-cases.yml");
        String guide = Files.readString(Path.of("..", "docs", "course-file.md"), StandardCharsets.UTF_8);
        assertThat(guide).as("the guide shows the example").contains("docs/examples/three-cases.yml");
        Path out = temp.resolve("three");

        CommandRun build = CommandRun.of("build", "--course", example.toString(), "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(out.resolve("cases/suez-teda.html")).exists();
        assertThat(out.resolve("cases/huajian.html")).exists();
        assertThat(out.resolve("cases/sihanoukville.html")).exists();
        assertThat(out.resolve("cases/overview.html")).doesNotExist();
        assertThat(new LinkChecker(out).problems()).isEmpty();
    }

    @Test
    void everyCaseInReverseOrderBuildsInThatOrder() throws IOException {
        List<String> reversed = new ArrayList<>(SHIPPED);
        java.util.Collections.reverse(reversed);
        Path out = temp.resolve("reverse");

        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course("reverse", reversed.toArray(String[]::new)).toString(),
                "--out", out.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("[PB620]");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("cases/([a-z-]+)\\.html").matcher(index);
        List<String> order = new ArrayList<>();
        while (m.find()) {
            if (!order.contains(m.group(1))) {
                order.add(m.group(1));
            }
        }
        assertThat(order).containsExactlyElementsOf(reversed);
    }

    @Test
    void aCourseOwnExerciseThatNeedsLeftOutCasesIsAnErrorAtTheCourseFileNamingThem() throws IOException {
        Path lecturer = temp.resolve("my-course");
        CommandRun made = CommandRun.of("new-case", "great-stone", "--model", "government-driven", "--country", "BY",
                "--data-only", "--dir", lecturer.resolve("cases").toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        // the scaffold's classify exercise sorts the new park among suzhou, suez-teda and haier-ruba
        new ScaffoldedCase(lecturer.resolve("cases/great-stone")).fillMinimalPark().fillExercise("great-stone", "classify");
        Path course = lecturer.resolve("course.yml");
        Files.writeString(course, """
                title: "Our own case beside Suzhou"
                case_directories: [cases/great-stone]
                sessions:
                  - title: "Week 1"
                    cases: [suzhou, great-stone]
                """);

        CommandRun build = CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", temp.resolve("site").toString());

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.err()).containsPattern("course\\.yml:5:21: error: \\[PB621] exercise great-stone-classify\\S* needs parks of "
                + "the cases suez-teda and haier-ruba; add them to a session or drop the exercise");
        assertThat(build.err()).doesNotContain("Exception");
    }
}
