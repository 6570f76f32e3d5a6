package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Origin;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The instructor home and the three pages it leads with, over the fixture's riverside exercises (a numeric
 * exercise of two variants at 2 decimals, a single choice, a multiple choice and a short answer; 7 points)
 * and its overview case, which has an objective and no exercise: the answer key, the session plan with its
 * points and time, the objective matrix with its gap, the commands for the LMS; and none of it for students.
 */
class InstructorAreaTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path chinese;
    static Path student;

    @BeforeAll
    static void build() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), false);
        Course course = Fixtures.course(book);
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(course, book, site, Profile.INSTRUCTOR, false));
        chinese = tmp.resolve("zh");
        Course zh = new Course(course.id(), course.title(), course.subtitle(), course.institution(), course.term(),
                course.lecturer(), "zh", course.stampBuildDate(), course.sessions(), course.caseDirectories(), course.origin());
        new SiteBuilder().build(new BuildRequest(zh, book, chinese, Profile.INSTRUCTOR, false));
        student = tmp.resolve("student");
        new SiteBuilder().build(new BuildRequest(course, book, student, Profile.STUDENT, false));
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theHomeLeadsWithTheAnswerKeyTheSessionPlanAndTheObjectivesThenTheClassifiersReasoning() throws IOException {
        Document home = page(site, SitePaths.INSTRUCTOR);
        assertThat(home.select("main > section").eachAttr("id")).containsExactly("materials", "session-notes", "case-notes", "lms");
        assertThat(home.select("#materials > ul.materials > li > a").eachAttr("href"))
                .containsExactly("answer-key.html", "sessions.html", "objectives.html", "#lms");
        assertThat(home.select("#materials-answer-key").text()).contains("4 exercises", "5 variants", "7 points");
        assertThat(home.select("#materials-sessions").text()).contains("2 sessions", "7 points", "about 55 min");
        assertThat(home.select("#materials-objectives").text()).contains("2 objectives", "1 objective no exercise trains");
        assertThat(home.select("#solutions a").eachAttr("href")).containsExactly("../instructor/solutions/riverside.html");
    }

    @Test
    void theHomeGivesTheExportAndGradeCommandsInItsLanguageWithACopyScript() throws IOException {
        List<String> english = page(site, SitePaths.INSTRUCTOR).select("#lms pre.command").eachText();
        assertThat(english).containsExactly(
                "./parkbench export --format moodle --lang en --out exercises-en-moodle.xml",
                "./parkbench export --format gift --lang en --out exercises-en.gift",
                "./parkbench export --format canvas --lang en --out exercises-en-canvas.zip",
                "./parkbench export --format qti --lang en --out exercises-en-qti.zip",
                "./parkbench export --format scorm --lang en --out course-en-scorm.zip",
                "./parkbench grade --out grades.csv answers/*.json",
                "./parkbench grade --out grades.csv --manual grades-manual.csv answers/*.json");
        assertThat(page(site, SitePaths.INSTRUCTOR).select("script[src]").eachAttr("src")).contains("../assets/instructor.js");
        assertThat(site.resolve(SitePaths.INSTRUCTOR_SCRIPT)).isNotEmptyFile();
        assertThat(site.resolve(SitePaths.INSTRUCTOR_STYLESHEET)).isNotEmptyFile();
        Document zh = page(chinese, SitePaths.INSTRUCTOR);
        assertThat(zh.select("#lms pre.command").eachText()).first().isEqualTo(
                "./parkbench export --format moodle --lang zh --out exercises-zh-moodle.xml");
        assertThat(zh.select("#lms-heading").text()).isEqualTo("导出到教学平台与评分");
    }

    @Test
    void aCourseFromAFileIsNamedInTheCommandsWithoutTheBuildingMachinesFolders() {
        Origin relative = new Origin("courses/spring.yml", 3, 1);
        Origin absolute = new Origin("/home/lecturer/teaching/spring 2027.yml", 3, 1);
        assertThat(course(relative).commandPath()).isEqualTo("courses/spring.yml");
        assertThat(course(absolute).commandPath()).isEqualTo("spring 2027.yml");
        assertThat(course(new Origin("(default course)", 0, 0)).commandPath()).isEmpty();
    }

    private static Course course(Origin origin) {
        return new Course("spring", "Spring", "", "", "", "", "en", false, List.of(), List.of(), origin);
    }

    @Test
    void theAnswerKeyGivesEveryVariantsParametersKeyRoundingAndTolerance() throws IOException {
        Document key = page(site, SitePaths.ANSWER_KEY);
        assertThat(key.select("section.answer-key").eachAttr("id")).containsExactly("answers-riverside");
        assertThat(key.select("#answer-riverside-figures tr").eachText()).satisfiesExactly(
                row -> assertThat(row).contains("indicator=area, as_of=2015", "7.34 as reported", "2 decimal places, no tolerance"),
                row -> assertThat(row).contains("indicator=investment, as_of=2017-06", "1.20 as reported", "2 decimal places, no tolerance"));
        assertThat(key.select("#answer-riverside-figures th[scope=rowgroup] a").attr("href"))
                .isEqualTo("../instructor/solutions/riverside.html#key-riverside-figures");
        assertThat(key.select("#answer-riverside-model td.key").text()).isEqualTo("a");
        assertThat(key.select("#answer-riverside-roles td.key").text()).isEqualTo("a, b");
        assertThat(key.select("#answer-riverside-roles td").last().text()).isEqualTo("exact match");
        assertThat(key.select("#answer-riverside-essay td").last().text()).isEqualTo("scored by hand against the rubric");
        assertThat(page(chinese, SitePaths.ANSWER_KEY).select("h1").text()).isEqualTo("答案总表");
    }

    @Test
    void theSessionPlanAddsUpPointsAndTimeByTheRuleItStates() throws IOException {
        Document plan = page(site, SitePaths.SESSION_PLAN);
        // the overview: read in 10 minutes, no exercises
        Element first = plan.selectFirst("#session-1");
        assertThat(first.select("th[scope=row]").text()).startsWith("Session 1").contains("Overview of test parks");
        assertThat(first.select("td.points").text()).isEqualTo("0");
        assertThat(first.select("td.time").text()).startsWith("about 10 min");
        // riverside: 20 minutes of reading; exercises of difficulty 1, 1, 2, 3 (3 + 3 + 6 + 10 = 22, so 25); 2 + 1 + 2 + 2 points
        Element second = plan.selectFirst("#session-2");
        assertThat(second.select("li[data-exercise]").eachAttr("data-exercise"))
                .containsExactly("riverside-figures", "riverside-model", "riverside-roles", "riverside-essay");
        assertThat(second.select("td.points").text()).isEqualTo("7");
        assertThat(second.select("td.time").text()).isEqualTo("about 45 min reading 20 min, exercises 25 min");
        assertThat(plan.select("tfoot td.points").text()).isEqualTo("7");
        assertThat(plan.select("tfoot td.time").text()).isEqualTo("about 55 min");
        assertThat(plan.select("#time-estimate").text()).contains("3 minutes per exercise of difficulty 1", "6 of difficulty 2",
                "10 of difficulty 3", "rounded up to 5 minutes");
    }

    @Test
    void aCaseThatTwoSessionsNameCountsItsExercisesAndReadingInTheFirst() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("again-riverside"), false);
        Origin at = new Origin("course.yml", 1, 1);
        Course.CaseRef overview = new Course.CaseRef("overview", at);
        Course.CaseRef riverside = new Course.CaseRef("riverside", at);
        Course course = new Course("twice", "Twice", "", "", "", "", "en", false, List.of(
                new Course.Session("Both cases", "Week 1", List.of(overview, riverside),
                        List.of(new Course.Reading("The paper", "https://example.org/paper")), "", at),
                new Course.Session("Riverside again", "Week 2", List.of(riverside), List.of(), "", at)), List.of(), at);
        Path out = tmp.resolve("twice");
        new SiteBuilder().build(new BuildRequest(course, book, out, Profile.INSTRUCTOR, false));
        Document plan = page(out, SitePaths.SESSION_PLAN);
        // 10 + 20 minutes of reading and 25 of exercises in the first session; nothing counted again in the second
        assertThat(plan.select("#session-1 td.points").text()).isEqualTo("7");
        assertThat(plan.select("#session-1 td.time").text()).isEqualTo("about 55 min reading 30 min, exercises 25 min");
        assertThat(plan.select("#session-1 a[href^=https]").eachAttr("href")).containsExactly("https://example.org/paper");
        assertThat(plan.select("#session-2 th[scope=row]").text()).startsWith("Riverside again Week 2")
                .contains("The exercises and reading of 1 of these cases are counted in an earlier session.");
        assertThat(plan.select("#session-2 li[data-exercise]")).isEmpty();
        assertThat(plan.select("#session-2 td.points").text()).isEqualTo("0");
        assertThat(plan.select("tfoot td.points").text()).isEqualTo("7");
        assertThat(page(out, SitePaths.INSTRUCTOR).select("#lms pre.command").eachText()).allMatch(c -> c.contains(" --course course.yml"));
    }

    @Test
    void theMatrixMarksEachExerciseUnderItsObjectivesAndFlagsTheObjectiveNoneTrains() throws IOException {
        Document matrix = page(site, SitePaths.OBJECTIVE_MATRIX);
        Element riverside = matrix.selectFirst("#objectives-riverside table.matrix");
        assertThat(riverside.select("thead th[data-exercise]").eachAttr("data-exercise"))
                .containsExactly("riverside-figures", "riverside-model", "riverside-roles", "riverside-essay");
        Element row = riverside.selectFirst("tr[data-objective=explain-model]");
        assertThat(row.select("td.mark")).hasSize(4);
        assertThat(row.hasClass("gap")).isFalse();
        Element gap = matrix.selectFirst("#objectives-overview tr[data-objective=read-table]");
        assertThat(gap.hasClass("gap")).isTrue();
        assertThat(gap.select("td.mark")).isEmpty();
        assertThat(gap.select(".flag").text()).isEqualTo("none");
        assertThat(matrix.select("#gaps li a").eachAttr("href")).containsExactly("#objective-overview-read-table");
        assertThat(matrix.select("#gaps li").text()).contains("Read the headline table.");
    }

    @Test
    void theStudentSiteHasNoneOfThesePagesNorALinkToThem() throws IOException {
        assertThat(student.resolve("instructor")).doesNotExist();
        assertThat(student.resolve(SitePaths.INSTRUCTOR_SCRIPT)).doesNotExist();
        try (Stream<Path> files = Files.walk(student)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                assertThat(text).as(student.relativize(f).toString()).doesNotContain("answer-key").doesNotContain("Answer key")
                        .doesNotContain("instructor/").doesNotContain("Session plan").doesNotContain("instructor.js");
            }
        }
    }
}
