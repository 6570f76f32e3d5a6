package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Objective;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.HtmlValidator;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The lecturer's side of the shipped course, built for instructors in English and Chinese as {@code ./parkbench build}
 * builds it: the answer key lists every exercise and variant with the key its solutions page gives; the session plan's
 * points are the sums of its exercises' points and its times follow the rule it states; the objective matrix marks each
 * exercise under each of its objectives and nowhere else; the instructor home leads with these; and the student site,
 * in both languages, has none of them. The expected values are computed here from the exercise set, not read from
 * the site's own code.
 */
class InstructorAreaTest {
    static final List<Language> LANGUAGES = List.of(Language.EN, Language.ZH);
    static final List<String> PAGES = List.of(SitePaths.ANSWER_KEY, SitePaths.SESSION_PLAN, SitePaths.OBJECTIVE_MATRIX);

    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Course course;
    static Path instructor;
    static Path student;
    static Path example;
    static Map<Language, ExerciseSet> exercises;

    @BeforeAll
    static void build() throws Exception {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        course = CourseLoader.defaultCourse(casebook).withLanguages(LANGUAGES);
        instructor = tmp.resolve("instructor");
        student = tmp.resolve("student");
        new SiteBuilder().build(new BuildRequest(course, casebook, instructor, Profile.INSTRUCTOR, false));
        new SiteBuilder().build(new BuildRequest(course, casebook, student, Profile.STUDENT, false));
        example = tmp.resolve("example");
        new SiteBuilder().build(new BuildRequest(CourseLoader.load(Path.of("..", "docs", "examples", "course.yml")), casebook, example,
                Profile.INSTRUCTOR, false));
        exercises = Map.of(Language.EN, ExerciseLoader.load(casebook.in(Language.EN), Language.EN).value(),
                Language.ZH, ExerciseLoader.load(casebook.in(Language.ZH), Language.ZH).value());
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static Document page(Language language, String path) throws IOException {
        return page(instructor.resolve(language.code()), path);
    }

    @Test
    void theAnswerKeyListsEveryExerciseAndVariantWithTheKeyOfItsSolutionsPage() throws IOException {
        for (Language language : LANGUAGES) {
            ExerciseSet set = exercises.get(language);
            assertThat(set.exercises()).hasSizeGreaterThan(50);
            Document key = page(language, SitePaths.ANSWER_KEY);
            // grouped by case in course order, each case's exercises in the order for learning
            List<String> cases = course.caseIds().stream().filter(id -> !set.exercises(id).isEmpty()).map(id -> "answers-" + id).toList();
            assertThat(key.select("section.answer-key").eachAttr("id")).as(language.code()).isEqualTo(cases);
            int rows = 0;
            for (CaseStudy c : casebook.cases()) {
                if (set.exercises(c.id()).isEmpty()) {
                    continue;
                }
                assertThat(key.select("#answers-" + c.id() + " tbody").eachAttr("id")).as(c.id())
                        .isEqualTo(set.exercises(c.id()).stream().map(e -> "answer-" + e.id()).toList());
                Document solutions = page(language, SitePaths.solutions(c.id()));
                for (Exercise e : set.exercises(c.id())) {
                    Element group = key.getElementById("answer-" + e.id());
                    assertThat(group.select("th[scope=rowgroup] a").attr("href"))
                            .isEqualTo("../" + SitePaths.solutions(c.id()) + "#key-" + e.id());
                    List<Element> solutionRows = solutions.select("#key-" + e.id() + " table.keys tbody tr");
                    Elements variants = group.select("tr[data-variant]");
                    assertThat(variants).as(e.id()).hasSize(e.variantCount());
                    for (ExerciseVariant v : set.variants(e.id())) {
                        String what = language.code() + " " + e.id() + " variant " + v.index();
                        Element row = variants.get(v.index());
                        assertThat(row.attr("data-variant")).as(what).isEqualTo(String.valueOf(v.index()));
                        String shown = row.selectFirst("td.key strong").text();
                        assertThat(shown).as(what).isEqualTo(solutionRows.get(v.index()).selectFirst("strong").text());
                        if (!(v.key() instanceof Key.Manual)) {
                            assertThat(shown).as(what).isEqualTo(v.key().text(language));
                        }
                        if (!v.describeParams().isEmpty()) {
                            assertThat(row.text()).as(what).contains(v.describeParams());
                        }
                        if (v.key() instanceof Key.Number n) {
                            n.accuracy().describeTolerance(language).ifPresent(t -> assertThat(row.select("td").last().text()).as(what).contains(t));
                        }
                        rows++;
                    }
                }
            }
            assertThat(rows).as(language.code()).isEqualTo(set.exercises().stream().mapToInt(Exercise::variantCount).sum());
        }
    }

    @Test
    void theSessionPlanSumsEachSessionsExercisePointsAndTimesThemByTheRuleItStates() throws IOException {
        int[] minutesByDifficulty = {0, 3, 6, 10};
        for (Language language : LANGUAGES) {
            ExerciseSet set = exercises.get(language);
            Document plan = page(language, SitePaths.SESSION_PLAN);
            Set<String> seen = new HashSet<>();
            int total = 0;
            int number = 0;
            for (Course.Session s : course.sessions()) {
                number++;
                List<String> ids = new ArrayList<>();
                int points = 0;
                int reading = 0;
                int working = 0;
                for (String caseId : s.caseIds()) {
                    if (!seen.add(caseId)) {
                        continue;
                    }
                    reading += casebook.caseStudy(caseId).orElseThrow().meta().readingMinutes();
                    for (Exercise e : set.exercises(caseId)) {
                        ids.add(e.id());
                        points += e.points();
                        working += minutesByDifficulty[e.header().difficulty()];
                    }
                }
                Element row = plan.getElementById("session-" + number);
                String what = language.code() + " session " + number;
                assertThat(row.select("li[data-exercise]").eachAttr("data-exercise")).as(what).isEqualTo(ids);
                assertThat(row.selectFirst("td.points").text()).as(what).isEqualTo(String.valueOf(points));
                if (language == Language.EN) {
                    int exercisesRounded = roundUpTo5(working);
                    assertThat(row.selectFirst("td.time").text()).as(what).isEqualTo("about " + roundUpTo5(reading + exercisesRounded)
                            + " min reading " + reading + " min, exercises " + exercisesRounded + " min");
                }
                total += points;
            }
            assertThat(plan.select("tbody tr")).hasSize(number);
            assertThat(total).isEqualTo(set.exercises().stream().mapToInt(Exercise::points).sum());
            assertThat(plan.selectFirst("tfoot td.points").text()).as(language.code()).isEqualTo(String.valueOf(total));
        }
        assertThat(page(Language.EN, SitePaths.SESSION_PLAN).select("#time-estimate").text())
                .contains("3 minutes per exercise of difficulty 1", "6 of difficulty 2", "10 of difficulty 3");
    }

    private static int roundUpTo5(int minutes) {
        return (int) Math.ceil(minutes / 5.0) * 5;
    }

    @Test
    void aCourseFilesSessionsShowTheirDatesAndReadingsAndTheCommandsNameTheCourseFile() throws IOException {
        Document plan = page(example, SitePaths.SESSION_PLAN);
        Element first = plan.getElementById("session-1");
        assertThat(first.selectFirst("th[scope=row]").text()).startsWith("The big picture Week 1");
        assertThat(first.select("td a[href^=http]").eachAttr("href")).containsExactly("http://chinaxiv.org/items/chinaxiv-201704.00224");
        // the last session holds three cases
        Element last = plan.getElementById("session-4");
        assertThat(last.select("th[scope=row] li")).hasSize(3);
        assertThat(page(example, SitePaths.INSTRUCTOR).select("#lms pre.command").eachText()).allMatch(c -> c.contains(
                "--course ../docs/examples/course.yml"));
    }

    @Test
    void theMatrixMarksEachExerciseUnderEachOfItsObjectivesAndNowhereElse() throws IOException {
        for (Language language : LANGUAGES) {
            ExerciseSet set = exercises.get(language);
            Document matrix = page(language, SitePaths.OBJECTIVE_MATRIX);
            int marks = 0;
            for (CaseStudy c : casebook.in(language).cases()) {
                Element table = matrix.selectFirst("#objectives-" + c.id() + " table.matrix");
                List<Exercise> columns = set.exercises(c.id());
                assertThat(table.select("thead th[data-exercise]").eachAttr("data-exercise")).as(c.id())
                        .isEqualTo(columns.stream().map(Exercise::id).toList());
                for (Objective o : c.meta().objectives()) {
                    Element row = table.selectFirst("tr[data-objective=" + o.id() + "]");
                    assertThat(row.selectFirst("th").text()).as(o.id()).contains(o.text());
                    Elements cells = row.select("td");
                    assertThat(cells).hasSize(columns.size() + 1);
                    for (int i = 0; i < columns.size(); i++) {
                        boolean trains = columns.get(i).header().objectives().contains(o.id());
                        assertThat(cells.get(i).hasClass("mark")).as(language.code() + " " + o.id() + " × " + columns.get(i).id())
                                .isEqualTo(trains);
                        marks += trains ? 1 : 0;
                    }
                    assertThat(row.hasClass("gap")).as(o.id()).isEqualTo(columns.stream().noneMatch(e -> e.header().objectives().contains(o.id())));
                }
            }
            assertThat(marks).isEqualTo(set.exercises().stream().mapToInt(e -> e.header().objectives().size()).sum());
            assertThat(matrix.select("#gaps li")).hasSize(set.unassessedObjectives().size());
        }
    }

    @Test
    void theInstructorHomeLeadsWithThesePagesThenTheClassifiersReasoningAndExplainsExportAndGrading() throws IOException {
        for (Language language : LANGUAGES) {
            Document home = page(language, SitePaths.INSTRUCTOR);
            List<String> sections = home.select("main > section").eachAttr("id");
            assertThat(sections.get(0)).isEqualTo("materials");
            assertThat(sections).containsSubsequence("materials", "case-notes", "lms");
            assertThat(home.select("#materials > ul > li > a").eachAttr("href")).startsWith("answer-key.html", "sessions.html", "objectives.html");
            assertThat(home.select("#case-notes details.explain")).isNotEmpty();
            List<String> commands = home.select("#lms pre.command").eachText();
            assertThat(commands).contains("./parkbench export --format moodle --lang " + language.code() + " --out exercises-" + language.code() + "-moodle.xml",
                    "./parkbench export --format canvas --lang " + language.code() + " --out exercises-" + language.code() + "-canvas.zip",
                    "./parkbench export --format gift --lang " + language.code() + " --out exercises-" + language.code() + ".gift",
                    "./parkbench export --format qti --lang " + language.code() + " --out exercises-" + language.code() + "-qti.zip",
                    "./parkbench grade --out grades.csv answers/*.json");
            for (String path : PAGES) {
                assertThat(page(language, path).select("h1").text()).as(path)
                        .isEqualTo(home.select("#materials a[href=" + path.substring("instructor/".length()) + "]").text());
            }
        }
        assertThat(page(Language.ZH, SitePaths.ANSWER_KEY).select("h1").text()).isEqualTo("答案总表");
    }

    @Test
    void theNewPagesAreAmongThoseTheLinkAndHtmlCheckersReadAndAreValid() throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        for (Language language : LANGUAGES) {
            Path site = instructor.resolve(language.code());
            assertThat(new LinkChecker(site).files(".html")).contains(site.resolve(SitePaths.ANSWER_KEY), site.resolve(SitePaths.SESSION_PLAN),
                    site.resolve(SitePaths.OBJECTIVE_MATRIX), site.resolve(SitePaths.INSTRUCTOR));
            for (String path : List.of(SitePaths.INSTRUCTOR, SitePaths.ANSWER_KEY, SitePaths.SESSION_PLAN, SitePaths.OBJECTIVE_MATRIX)) {
                errors.addAll(validator.errors(site.resolve(path).toFile(), language.code() + "/" + path));
            }
        }
        assertThat(errors).isEmpty();
        assertThat(new LinkChecker(instructor).problems()).isEmpty();
    }

    @Test
    void theStudentSiteInEitherLanguageHasNoneOfThesePagesNorAWordOfThem() throws IOException {
        for (Language language : LANGUAGES) {
            Path site = student.resolve(language.code());
            assertThat(site.resolve("index.html")).isRegularFile();
            assertThat(site.resolve("instructor")).doesNotExist();
            assertThat(site.resolve(SitePaths.INSTRUCTOR_SCRIPT)).doesNotExist();
            assertThat(site.resolve(SitePaths.INSTRUCTOR_STYLESHEET)).doesNotExist();
        }
        List<String> headings = new ArrayList<>();
        for (Language language : LANGUAGES) {
            Document home = page(language, SitePaths.INSTRUCTOR);
            headings.addAll(home.select("#materials > ul > li > a").eachText());
        }
        try (Stream<Path> files = Files.walk(student)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(text).as(student.relativize(f).toString()).doesNotContain("answer-key", "instructor/", "instructor.js",
                        "sessions.html", "objectives.html", "parkbench grade");
                for (String heading : headings) {
                    assertThat(text).as(student.relativize(f).toString()).doesNotContain(heading);
                }
            }
        }
    }
}
