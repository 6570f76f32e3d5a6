package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.HtmlValidator;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The shipped course as {@code ./parkbench build} makes it, in English and in Chinese: every case,
 * exercise, figure and glossary entry in both, with no "not yet translated" notice, Chinese pages
 * that are valid HTML in their language, and links between the two that resolve.
 */
class BilingualCourseTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Casebook casebook;
    static BuildResult result;

    @BeforeAll
    static void build() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        Course course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        site = tmp.resolve("site");
        result = new SiteBuilder().build(new BuildRequest(course, casebook, site, Profile.INSTRUCTOR, true));
    }

    private static Document page(String language, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(language).resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyCaseAndExerciseIsTranslatedAndShownInChineseWithoutANotice() throws IOException {
        assertThat(result.warnings()).as("no case or exercise is left untranslated")
                .noneMatch(d -> d.code() == DiagnosticCode.PB702);
        Casebook chinese = casebook.in(Language.ZH);
        assertThat(chinese.cases()).hasSizeGreaterThanOrEqualTo(6).allMatch(c -> c.language() == Language.ZH);
        for (CaseStudy c : chinese.cases()) {
            Document zh = page("zh", SitePaths.caseStudy(c.id()));
            Document en = page("en", SitePaths.caseStudy(c.id()));
            assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
            assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(zh.selectFirst("h1").text()).as(c.id()).isEqualTo(c.meta().title()).isNotEqualTo(en.selectFirst("h1").text());
            assertThat(zh.select(".untranslated")).as(c.id()).isEmpty();
        }
        ExerciseSet zhExercises = ExerciseLoader.load(chinese, Language.ZH).value();
        ExerciseSet enExercises = ExerciseLoader.load(casebook).value();
        assertThat(zhExercises.exercises()).extracting(Exercise::id).isEqualTo(enExercises.exercises().stream().map(Exercise::id).toList());
        for (Exercise e : zhExercises.exercises()) {
            assertThat(e.header().language()).as(e.id()).isEqualTo(Language.ZH);
            Document zh = page("zh", SitePaths.exercise(e.id()));
            ExerciseVariant first = zhExercises.variants(e.id()).get(0);
            assertThat(zh.select("h1 .ex-variant-text").first().text()).as(e.id()).isEqualTo(first.title());
            assertThat(zh.select(".untranslated")).as(e.id()).isEmpty();
            assertThat(site.resolve("en").resolve(SitePaths.exercise(e.id()))).isRegularFile();
        }
    }

    @Test
    void everyCaseHasTeachingNotesInBothLanguagesAndEachInstructorSiteShowsItsOwn() throws IOException {
        Document zhPage = page("zh", SitePaths.INSTRUCTOR);
        Document enPage = page("en", SitePaths.INSTRUCTOR);
        ExerciseSet exercises = ExerciseLoader.load(casebook).value();
        // the plan every case's notes follow, in the words of each language
        List<String> enSections = List.of("A 90-minute session", "Warm-up question", "Discussion questions, with an answer sketch",
                "Misconceptions students bring", "Connections", "Exercises to set");
        List<String> zhSections = List.of("90 分钟课堂安排", "热身问题", "讨论题与答题要点", "学生常见的误解", "与论文建议及其他案例的联系",
                "布置哪些练习");
        assertThat(casebook.cases()).hasSizeGreaterThanOrEqualTo(6);
        for (CaseStudy c : casebook.cases()) {
            assertThat(c.hasTeachingNotesIn(Language.EN)).as(c.id()).isTrue();
            assertThat(c.hasTeachingNotesIn(Language.ZH)).as(c.id()).isTrue();
            List<String> caseExercises = exercises.exercises().stream().filter(e -> e.header().caseId().equals(c.id()))
                    .map(Exercise::id).toList();
            for (Document page : List.of(zhPage, enPage)) {
                boolean zh = page == zhPage;
                org.jsoup.nodes.Element notes = page.getElementById("notes-" + c.id()).selectFirst(".case-notes");
                assertThat(notes).as(c.id()).isNotNull();
                assertThat(page.getElementById("notes-" + c.id()).select(".untranslated, .empty")).as(c.id()).isEmpty();
                assertThat(notes.hasAttr("lang")).as("%s: the notes are in the page's language", c.id()).isFalse();
                assertThat(notes.select("h4").eachText()).as(c.id()).containsExactlyElementsOf(zh ? zhSections : enSections);
                if (zh) {
                    assertThat(notes.select("p").first().text()).as(c.id()).containsPattern("\\p{IsHan}");
                }
                // one answer sketch for each discussion question of the case
                assertThat(notes.select("h4 + ol").first().children()).as(c.id()).hasSize(c.meta().discussionQuestions().size());
                // every exercise of the case is set, and every exercise named is one of the course
                List<String> named = notes.select("code").eachText();
                assertThat(named).as(c.id()).containsAll(caseExercises);
                assertThat(exercises.exercises().stream().map(Exercise::id).toList()).as(c.id()).containsAll(named);
            }
        }
    }

    @Test
    void everyFigureIsDrawnInBothLanguages() throws IOException {
        List<String> english = new ArrayList<>();
        try (var files = Files.walk(site.resolve("en/figures"))) {
            files.filter(Files::isRegularFile).forEach(f -> english.add(site.resolve("en").relativize(f).toString()));
        }
        // the site draws SVG (the PNGs, and their glyphs, are charts' ChineseFiguresTest's)
        assertThat(english).anyMatch(f -> f.endsWith(".svg"));
        for (String figure : english) {
            Path zh = site.resolve("zh").resolve(figure);
            assertThat(zh).as(figure).isRegularFile();
            if (figure.endsWith(".svg")) {
                String svg = Files.readString(zh, StandardCharsets.UTF_8);
                assertThat(svg).as(figure).contains("lang=\"zh-Hans\"").containsPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void theGlossaryDefinesEveryTermInChineseOnTheChineseSite() throws IOException {
        Document zh = page("zh", SitePaths.GLOSSARY);
        Document en = page("en", SitePaths.GLOSSARY);
        List<String> zhTerms = zh.select("dl.glossary .term").eachAttr("id");
        assertThat(zhTerms).isNotEmpty().isEqualTo(en.select("dl.glossary .term").eachAttr("id"));
        assertThat(zh.select("dl.glossary dd")).allSatisfy(dd -> assertThat(dd.ownText()).as(dd.parent().id()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void everyPageLinksItsOtherLanguageAndEveryLinkResolves() throws IOException {
        assertThat(new LinkChecker(site).problems()).isEmpty();
        for (String path : List.of("index.html", SitePaths.caseStudy("suzhou"), SitePaths.exercise("suzhou-model"), SitePaths.GLOSSARY)) {
            Document zh = page("zh", path);
            assertThat(zh.select("link[rel=alternate][hreflang=en]").attr("href")).as(path).endsWith("en/" + path);
            assertThat(zh.select(".language-switch a[hreflang=en]").attr("href")).as(path).endsWith("en/" + path);
            Document en = page("en", path);
            assertThat(en.select(".language-switch a[hreflang=zh-Hans]").attr("href")).as(path).endsWith("zh/" + path);
        }
        Document root = Jsoup.parse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(root.select("a[data-language]").eachAttr("href")).containsExactly("en/index.html", "zh/index.html");
    }

    @Test
    void theChinesePagesAreValidHtml() throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        for (Path page : new LinkChecker(site.resolve("zh")).files(".html")) {
            errors.addAll(validator.errors(page.toFile(), "zh/" + site.resolve("zh").relativize(page)));
        }
        errors.addAll(validator.errors(site.resolve("index.html").toFile(), "index.html"));
        assertThat(errors).isEmpty();
    }
}
