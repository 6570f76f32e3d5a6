package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

class SiteBuilderTest {
    @TempDir
    Path tmp;

    private BuildResult build(Casebook book, Path out, Profile profile) {
        return new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, out, profile, false));
    }

    @Test
    void writesEveryPageOfTheSite() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = build(Fixtures.casebook(), out, Profile.STUDENT);
        for (String page : List.of("index.html", "models.html", "models/government-driven.html", "models/company-led.html",
                "models/private-led.html", "cases/overview.html", "cases/riverside.html", "parks/riverside-park.html", "compare.html", "parks.html",
                "data.html", "glossary.html", "references.html", "exercises.html", "search.html", "404.html",
                "data/datapackage.json", "data/observations.csv", "data/riverside/observations.csv",
                "assets/site.css", "assets/search.js", "assets/search-index.js", OutputDirectory.MARKER)) {
            assertThat(out.resolve(page)).as(page).isRegularFile();
        }
        // 15 pages of the site itself (home, the models overview and 3 model pages, 2 case pages, compare, parks, data,
        // glossary, references, exercises, search, 404) and one page for the fixture's one park
        assertThat(result.pagesWritten()).isEqualTo(16);
        assertThat(out.resolve("instructor")).doesNotExist();
    }

    @Test
    void narrativeCitationsShowValueQualifierDateAndSourceAndKeepConflicts() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.casebook(), out, Profile.STUDENT);
        String page = Files.readString(out.resolve("cases/riverside.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("more than 3,500 persons <span class=\"asof\">(2016)</span>")
                .contains("about 4,000 persons <span class=\"asof\">(2016)</span>")
                .contains("(sources differ)")
                .contains("7.34 km²")
                .contains("href=\"../references.html#ref-report-a\"");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        BuildResult first = build(Fixtures.casebook(), a, Profile.INSTRUCTOR);
        build(Fixtures.casebook(), b, Profile.INSTRUCTOR);
        for (Path f : first.files()) {
            assertThat(Files.readAllBytes(b.resolve(f.toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(a.resolve(f.toString())));
        }
    }

    @Test
    void instructorProfileAddsTheInstructorAreaAndStudentProfileHasNone() throws IOException {
        Path student = tmp.resolve("student");
        Path instructor = tmp.resolve("instructor");
        build(Fixtures.casebook(), student, Profile.STUDENT);
        build(Fixtures.casebook(), instructor, Profile.INSTRUCTOR);
        assertThat(instructor.resolve("instructor/index.html")).isRegularFile();
        assertThat(Files.readString(instructor.resolve("index.html"))).contains("instructor/index.html");
        assertThat(Files.readString(student.resolve("index.html"))).doesNotContain("instructor/").doesNotContain("Instructor");
    }

    @Test
    void eachExerciseGetsItsPageAndItsCasePageAndTheIndexListThem() throws IOException {
        Path out = tmp.resolve("site");
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), false);
        BuildResult result = build(book, out, Profile.STUDENT);
        for (String id : List.of("riverside-figures", "riverside-model", "riverside-roles", "riverside-essay")) {
            assertThat(out.resolve(SitePaths.exercise(id))).as(id).isRegularFile();
        }
        assertThat(result.pagesWritten()).isEqualTo(16 + 4); // the site with its one park page, and a page per exercise
        Document casePage = Jsoup.parse(Files.readString(out.resolve("cases/riverside.html"), StandardCharsets.UTF_8));
        assertThat(casePage.select("#exercises li[id^=exercise-]")).hasSize(4);
        assertThat(casePage.select("#exercise-riverside-figures a").attr("href")).isEqualTo("../exercises/riverside-figures.html");
        assertThat(casePage.select("#exercise-riverside-figures .ex-variant-text").eachText())
                .containsExactly("What did the report give for area as of 2015?", "What did the report give for investment as of 2017-06?");
        Document index = Jsoup.parse(Files.readString(out.resolve("exercises.html"), StandardCharsets.UTF_8));
        assertThat(index.select("#ex-riverside tbody tr")).hasSize(4);
        assertThat(index.select("#ex-riverside tr[data-exercise=riverside-figures] td").eachText())
                .containsExactly("Numeric answer", "1 (recall)", "2", "1");
        assertThat(index.select("#ex-riverside .case-objectives li").eachText()).containsExactly("Explain the model A plain note");
        assertThat(index.select("#ex-overview .empty").text()).contains("No exercises");
        Document page = Jsoup.parse(Files.readString(out.resolve(SitePaths.exercise("riverside-figures")), StandardCharsets.UTF_8));
        assertThat(page.select(".ex-variant")).hasSize(2);
        assertThat(page.select(".ex-variant[hidden]")).hasSize(1);
        assertThat(page.select(".ex-variant[data-variant=1] .unit").text()).isEqualTo("as reported");
        String search = Files.readString(out.resolve("assets/search-index.js"));
        assertThat(search).contains("Exercises: Riverside Test Park case")
                .contains("What did the report give for … as of …?");
        // every exercise page is searchable, by its whole text, but not by its solution, model answer or rubric
        javax.json.JsonObject searchIndex = JsonOutputs.parse(JsonOutputs.of(out).get(JsonOutputs.SEARCH_INDEX)).asJsonObject();
        assertThat(searchIndex.getJsonArray("docs").getValuesAs(javax.json.JsonObject.class)).extracting(d -> d.getString("u"))
                .contains(SitePaths.exercise("riverside-figures"), SitePaths.exercise("riverside-essay"));
        assertThat(searchIndex.getJsonArray("terms").getValuesAs(javax.json.JsonString.class)).extracting(javax.json.JsonString::getString)
                .contains("formative", "fact", "box")
                .doesNotContain("repeat", "brought", "criterion");
        for (String script : List.of("variant.js", "check.js", "answers.js", "exercise-page.js", "exercise-progress.js", "exercise-index.js")) {
            assertThat(out.resolve("assets").resolve(script)).as(script).isNotEmptyFile();
        }
    }

    @Test
    void theInstructorSolutionsGiveEveryVariantsParametersAndKey() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.withExercises(tmp.resolve("riverside"), false), out, Profile.INSTRUCTOR);
        Document keys = Jsoup.parse(Files.readString(out.resolve(SitePaths.solutions("riverside")), StandardCharsets.UTF_8));
        assertThat(keys.select("#key-riverside-figures table.keys tbody tr").eachText()).satisfiesExactly(
                row -> assertThat(row).startsWith("0 indicator=area, as_of=2015 7.34 as reported"),
                row -> assertThat(row).startsWith("1 indicator=investment, as_of=2017-06 1.20 as reported"));
        assertThat(keys.select("#key-riverside-model table.options tr:has(td:contains(yes)) code").eachText()).containsExactly("a");
        assertThat(keys.select("#key-riverside-essay .rubric li").eachText()).containsExactly("Names the experience at home (1 point)",
                "Cites a source (1 point)");
        assertThat(keys.text()).contains("The report gives 7.34").contains("It brought a park model it had built at home.");
        assertThat(Files.readString(out.resolve(SitePaths.INSTRUCTOR))).contains("solutions/riverside.html");
    }

    @Test
    void anExerciseTheDataCannotAnswerFailsTheBuildAtItsLineAndWritesNothing() throws IOException {
        Path out = tmp.resolve("site");
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), false);
        Files.writeString(tmp.resolve("riverside/exercises/riverside-broken.md"), FixtureExercises.BROKEN);
        assertThatThrownBy(() -> build(book, out, Profile.STUDENT)).isInstanceOf(InvalidSiteInputException.class)
                .hasMessageContaining("cases/riverside/exercises/riverside-broken.md:").hasMessageContaining("[PB603]");
        assertThat(out).doesNotExist();
    }

    @Test
    void objectivesNoExerciseAssessesAreWarningsOfTheBuild() throws IOException {
        BuildResult result = build(Fixtures.withExercises(tmp.resolve("riverside"), false), tmp.resolve("site"), Profile.STUDENT);
        assertThat(result.warnings()).extracting(d -> d.code().name() + " " + d.message())
                .containsExactly("PB612 objective 'read-table' of case overview is assessed by no exercise");
    }

    @Test
    void refusesAForeignNonEmptyDirectoryAndTouchesNothing() throws IOException {
        Path foreign = tmp.resolve("thesis");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("chapter1.tex"), "precious");
        assertThatThrownBy(() -> build(Fixtures.casebook(), foreign, Profile.STUDENT))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("not written by Parkbench");
        try (var files = Files.list(foreign)) {
            assertThat(files.toList()).containsExactly(foreign.resolve("chapter1.tex"));
        }
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.toList()).containsExactly(foreign);
        }
    }

    @Test
    void replacesAPreviousSiteAndLeavesItUntouchedWhenABuildFails() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.casebook(), out, Profile.STUDENT);
        byte[] before = Files.readAllBytes(out.resolve("cases/riverside.html"));
        Casebook broken = new Casebook(List.of(Fixtures.overview(), Fixtures.parkCase("Riverside Test Park", "", "",
                "Cites {{obs:riverside-park/jobs-direct/1999}} which does not exist.")));
        assertThatThrownBy(() -> build(broken, out, Profile.STUDENT))
                .isInstanceOf(InvalidSiteInputException.class)
                .hasMessageContaining("[PB302]").hasMessageContaining("{{obs:riverside-park/jobs-direct/1999}}");
        assertThat(Files.readAllBytes(out.resolve("cases/riverside.html"))).isEqualTo(before);
        try (var siblings = Files.list(tmp)) {
            // no staging folder left; the lock file stays (OutputLock says why)
            assertThat(siblings.toList()).containsExactlyInAnyOrder(out, tmp.resolve(".site.lock"));
        }
        build(Fixtures.casebook(), out, Profile.STUDENT);
        assertThat(out.resolve(OutputDirectory.MARKER)).isRegularFile();
    }

    @Test
    void aCitationThatNamesNothingIsReportedWhereCorePlacedItWithoutReadingCaseMdAgain() {
        // a case made in memory: there is no case.md to read, its narrative is placed from line 1
        Casebook broken = new Casebook(List.of(Fixtures.overview(), Fixtures.parkCase("Riverside Test Park", "", "",
                "Intro.\nIt cites {{src:nowhere}} twice: {{src:nowhere}}.")));
        assertThatThrownBy(() -> build(broken, tmp.resolve("site"), Profile.STUDENT))
                .isInstanceOf(InvalidSiteInputException.class)
                .hasMessageContaining("cases/riverside/case.md:2:10: error: [PB303] citation {{src:nowhere}} names no source")
                .hasMessageContaining("cases/riverside/case.md:2:33: error: [PB303]");
    }
}
