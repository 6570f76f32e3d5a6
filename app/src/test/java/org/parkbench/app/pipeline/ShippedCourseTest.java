package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Colour;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.HtmlValidator;
import org.parkbench.site.build.JsonOutputs;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.PageWeight;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/** The full build of the shipped course, over the real case data: every page sound and valid. */
class ShippedCourseTest {
    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        CasebookLoad load = CasebookLoader.load(CasebookLoader.shipped());
        assertThat(load.casebook().errors()).as("the shipped cases load without errors")
                .extracting(Diagnostic::format).isEmpty();
        casebook = load.casebook().value();
        site = tmp.resolve("site");
        result = new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.INSTRUCTOR, true));
    }

    @Test
    void theReferencesAreGroupedByCaseWithTheSharedSourcesFirstAndEachEntryOnce() throws Exception {
        Casebook book = casebook;
        org.jsoup.nodes.Document refs = Jsoup.parse(Files.readString(site.resolve("references.html"), StandardCharsets.UTF_8));
        // which cases list each source, read from the data
        java.util.Map<String, java.util.Set<String>> casesByKey = new java.util.TreeMap<>();
        book.cases().forEach(c -> c.sources().keySet().forEach(k -> casesByKey.computeIfAbsent(k, x -> new java.util.TreeSet<>())
                .add(c.meta().title())));
        assertThat(casesByKey.values()).anyMatch(cases -> cases.size() > 1).anyMatch(cases -> cases.size() == 1);
        List<org.jsoup.nodes.Element> groups = refs.select("section.reference-group");
        assertThat(groups.get(0).selectFirst("h2").text()).isEqualTo("Cited by several cases");
        for (var e : casesByKey.entrySet()) {
            var items = refs.select("li[id=ref-" + e.getKey() + "]");
            assertThat(items).as(e.getKey()).hasSize(1);
            String heading = items.get(0).closest("section.reference-group").selectFirst("h2").text();
            assertThat(heading).as(e.getKey()).isEqualTo(e.getValue().size() > 1 ? "Cited by several cases" : e.getValue().iterator().next());
        }
        // the list of groups at the top leads to each group's heading
        for (var link : refs.select("nav.reference-groups a")) {
            assertThat(refs.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
    }

    @Test
    void aCasePageLinksTheFirstUseOfGlossaryTermsOnce() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(site.resolve("cases/overview.html"), StandardCharsets.UTF_8));
        List<String> targets = page.select("a.glossary-term").stream().map(a -> a.attr("href")).toList();
        // the overview's narrative speaks of host countries, MOFCOM and the confirmation assessment, among others
        assertThat(targets).contains("../glossary.html#term-host-country", "../glossary.html#term-ministry-of-commerce-mofcom",
                "../glossary.html#term-confirmation-assessment");
        assertThat(targets).doesNotHaveDuplicates();
        assertThat(page.select("h1 a.glossary-term, h2 a.glossary-term, a a.glossary-term")).isEmpty();
    }

    @Test
    void everyShippedCaseHasItsPage() {
        assertThat(casebook.cases()).hasSizeGreaterThanOrEqualTo(6);
        for (CaseStudy c : casebook.cases()) {
            assertThat(site.resolve(SitePaths.caseStudy(c.id()))).isRegularFile();
        }
        assertThat(result.files()).contains(Path.of("index.html"), Path.of("data/datapackage.json"));
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(new LinkChecker(site).problems()).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        for (Path page : new LinkChecker(site).files(".html")) {
            errors.addAll(validator.errors(page.toFile(), site.relativize(page).toString()));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageStaysUnder110KilobytesWithItsCssAndScriptsFiguresAside() throws Exception {
        for (Path page : new LinkChecker(site).files(".html")) {
            assertThat(PageWeight.of(page)).as(site.relativize(page).toString()).isLessThan(PageWeight.LIMIT);
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        Path again = tmp.resolve("again");
        BuildResult second = new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, again,
                Profile.INSTRUCTOR, true));
        assertThat(second.files()).isEqualTo(result.files());
        for (Path f : result.files()) {
            assertThat(Files.readAllBytes(again.resolve(f.toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(site.resolve(f.toString())));
        }
    }

    @Test
    void theStudentSiteHoldsNoTeachingNoteSolutionOrKey() throws Exception {
        Course course = CourseLoader.load(Path.of("..", "docs", "examples", "course.yml"));
        String note = course.sessions().stream().map(Course.Session::teachingNotes).filter(n -> !n.isBlank()).findFirst()
                .orElseThrow().lines().findFirst().orElseThrow().strip();
        Path student = tmp.resolve("student");
        Path instructor = tmp.resolve("instructor");
        new SiteBuilder().build(new BuildRequest(course, casebook, student, Profile.STUDENT, false));
        new SiteBuilder().build(new BuildRequest(course, casebook, instructor, Profile.INSTRUCTOR, false));
        assertThat(Files.readString(instructor.resolve(SitePaths.INSTRUCTOR))).contains(note);
        assertThat(instructor.resolve(SitePaths.ANSWER_KEY)).isRegularFile();
        assertThat(student.resolve("instructor")).doesNotExist();
        try (var files = Files.walk(student)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(student.relativize(f).toString()).doesNotContain("instructor/")
                        .doesNotContain("Instructor edition").doesNotContain("Solutions and keys")
                        .doesNotContain("Misconceptions students bring") // a heading of every case's teaching notes
                        .doesNotContain("answer-key.html").doesNotContain("Answer key")
                        .doesNotContain(new String(note.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void theInstructorSolutionsHoldEveryVariantsParametersKeyAndSolution() throws Exception {
        ExerciseSet exercises = ExerciseLoader.load(casebook).value();
        assertThat(exercises.exercises()).isNotEmpty();
        for (CaseStudy c : casebook.cases()) {
            if (exercises.exercises(c.id()).isEmpty()) {
                continue;
            }
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(site.resolve(SitePaths.solutions(c.id()))));
            for (Exercise e : exercises.exercises(c.id())) {
                org.jsoup.nodes.Element section = page.getElementById("key-" + e.id());
                assertThat(section).as(e.id()).isNotNull();
                List<String> rows = section.select("table.keys tbody tr").eachText();
                assertThat(rows).as(e.id()).hasSize(e.variantCount());
                for (ExerciseVariant v : exercises.variants(e.id())) {
                    String row = rows.get(v.index());
                    assertThat(row).as(e.id() + " variant " + v.index()).contains(v.describeParams());
                    if (!(v.key() instanceof Key.Manual)) {
                        assertThat(row).as(e.id() + " variant " + v.index()).contains(v.key().text());
                    }
                }
                assertThat(section.select("h3:contains(Worked solution)")).hasSize(e.variantCount());
            }
        }
    }

    @Test
    void everyJsonFileAndDataBlockIsReadByAParserOtherThanTheWriter() {
        java.util.Map<String, String> json = JsonOutputs.of(site);
        assertThat(json).containsKeys("data/datapackage.json", JsonOutputs.SEARCH_INDEX);
        assertThat(json.keySet()).as("exercise pages' check data").anyMatch(k -> k.startsWith("exercises/"));
        for (java.util.Map.Entry<String, String> piece : json.entrySet()) {
            assertThat(JsonOutputs.parse(piece.getValue()).getValueType()).as(piece.getKey())
                    .isIn(javax.json.JsonValue.ValueType.OBJECT, javax.json.JsonValue.ValueType.ARRAY);
        }
    }

    @Test
    void datapackageDescribesEveryCsvWithItsColumns() throws Exception {
        com.fasterxml.jackson.databind.JsonNode pkg = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("data/datapackage.json").toFile());
        assertThat(pkg.path("resources").size()).isGreaterThan(7);
        List<Path> described = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode r : pkg.path("resources")) {
            Path csv = site.resolve("data").resolve(r.path("path").asText());
            assertThat(csv).as(r.path("name").asText()).isRegularFile();
            described.add(csv.normalize());
            String header = Files.readAllLines(csv).get(0);
            List<String> fields = new ArrayList<>();
            r.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));
            assertThat(org.apache.commons.csv.CSVParser.parse(header, org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0).toList())
                    .as(csv.toString()).isEqualTo(fields);
        }
        try (var all = Files.walk(site.resolve("data"))) {
            assertThat(all.filter(p -> p.toString().endsWith(".csv")).map(Path::normalize).toList())
                    .containsExactlyInAnyOrderElementsOf(described);
        }
    }

    @Test
    void theBadgesAndTheFiguresGiveEachModelTheSameColour() throws Exception {
        String css = Files.readString(site.resolve("assets/site.css"));
        String timeline = Files.readString(site.resolve("figures/milestones-timeline.svg"));
        for (DevelopmentModel m : DevelopmentModel.values()) {
            Colour c = m.colour();
            Matcher rule = Pattern.compile("\\.model-" + m.word() + "\\s*\\{\\s*--m:\\s*#[0-9a-f]{6};\\s*--m-figure:\\s*(#[0-9a-f]{6});\\s*}").matcher(css);
            assertThat(rule.find()).as("the stylesheet's rule for " + m.word()).isTrue();
            assertThat(rule.group(1)).as("the badge colour of " + m.word()).isEqualTo(c.hex());
            // the legend draws each model's marker just before its label
            int label = timeline.indexOf(">" + m.label() + "</text>");
            assertThat(label).as("the timeline's legend names " + m.label()).isPositive();
            Matcher fills = Pattern.compile("fill: ?rgb\\((\\d+),(\\d+),(\\d+)\\)").matcher(timeline.substring(0, timeline.lastIndexOf("<text", label)));
            String marker = null;
            while (fills.find()) {
                marker = fills.group(1) + "," + fills.group(2) + "," + fills.group(3);
            }
            assertThat(marker).as("the legend colour of " + m.word()).isEqualTo(c.red() + "," + c.green() + "," + c.blue());
        }
    }
}
