package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.grade.ExerciseScore;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.variant.VariantChooser;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The shipped course in both languages, in Chromium from {@code file://}: a reader switches
 * language on a page and lands on the same page; the root page remembers the choice; search on
 * the Chinese site finds cases by their Chinese names, by pinyin and despite a misspelling; an
 * answer typed in Chinese with full-width digits counts as solved on the English site, and the
 * exported file grades. Skipped, saying why, where Chromium is absent.
 */
class BilingualBrowserTest {
    static final String STUDENT = "s7654321";
    @TempDir
    static Path tmp;
    static Path site;
    static Path downloads;
    static Course course;
    static Casebook casebook;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
        if (!present) {
            System.err.println("BilingualBrowserTest SKIPPED: " + BrowserTest.CHROMIUM + " or " + BrowserTest.CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver to run the browser tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver missing (install chromium and chromium-driver): browser tests skipped");
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(course, casebook, site, Profile.STUDENT, false));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        driver = Browsers.chromium(tmp.resolve("profile"), downloads);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void forget() throws Exception {
        open("en/" + SitePaths.EXERCISES);
        driver.executeScript("window.localStorage.clear()");
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static void open(String page) {
        driver.get(site.toUri() + page);
    }

    private static String currentPage() {
        return site.toUri().relativize(URI.create(driver.getCurrentUrl().replaceAll("[?#].*", ""))).toString();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void onACasePageTheSwitchLeadsToTheSameCaseInTheOtherLanguage() {
        String suzhou = SitePaths.caseStudy("suzhou");
        open("en/" + suzhou);
        driver.findElement(By.cssSelector(".language-switch a[hreflang=zh-Hans]")).click();
        waiting().until(d -> currentPage().equals("zh/" + suzhou));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(casebook.in(Language.ZH).caseStudy("suzhou").orElseThrow().meta().title());
        driver.findElement(By.cssSelector(".language-switch a[hreflang=en]")).click();
        waiting().until(d -> currentPage().equals("en/" + suzhou));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(casebook.caseStudy("suzhou").orElseThrow().meta().title());
    }

    @Test
    void theRootPageOffersBothLanguagesAndRemembersTheChoice() {
        open("index.html");
        assertThat(driver.findElements(By.cssSelector("a[data-language]"))).hasSize(2);
        driver.findElement(By.cssSelector("a[data-language=zh]")).click();
        waiting().until(d -> currentPage().equals("zh/index.html"));
        open("index.html");
        waiting().until(d -> currentPage().equals("zh/index.html"));
        open("index.html?choose");
        assertThat(currentPage()).isEqualTo("index.html");
    }

    private static List<String> search(String language, String query) {
        open(language + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li h2 a")).isEmpty()
                || d.findElement(By.id("search-status")).getText().contains(query));
        URI base = site.resolve(language).toUri();
        return driver.findElements(By.cssSelector("#search-results li h2 a")).stream()
                .map(a -> base.relativize(URI.create(a.getAttribute("href"))).toString()).toList();
    }

    @Test
    void searchOnTheChineseSiteFindsCasesByTheirChineseNamesByPinyinAndDespiteAMisspelling() {
        assertThat(search("zh", "苏州")).as("苏州").first().isEqualTo(SitePaths.caseStudy("suzhou"));
        assertThat(search("zh", "泰达")).as("泰达").contains(SitePaths.caseStudy("suez-teda"));
        assertThat(search("zh", "西哈努克")).as("西哈努克").contains(SitePaths.caseStudy("sihanoukville"));
        assertThat(search("zh", "Sihanukville")).as("Sihanukville").contains(SitePaths.caseStudy("sihanoukville"));
        assertThat(search("zh", "zouchuqu")).as("zouchuqu").anyMatch(h -> h.startsWith(SitePaths.GLOSSARY + "#"));
        assertThat(search("en", "Sihanukville")).as("Sihanukville on the English site").contains(SitePaths.caseStudy("sihanoukville"));
    }

    /** A typed answer as a Chinese keyboard in full-width mode types it: １２３．４ */
    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    @Test
    void anAnswerTypedInChineseWithFullWidthDigitsIsSolvedInEnglishTooAndItsFileGrades() throws Exception {
        ExerciseSet exercises = ExerciseLoader.load(casebook.in(Language.ZH), Language.ZH).value();
        Exercise exercise = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.NUMERIC).findFirst().orElseThrow();
        int index = VariantChooser.choose(course.id(), STUDENT, exercise.id(), exercise.variantCount());
        ExerciseVariant variant = exercises.variant(exercise.id(), index);
        String right = ((Key.Number) variant.key()).rounded();
        String typed = fullWidth(right);
        assertThat(typed).isNotEqualTo(right);

        open("zh/" + SitePaths.EXERCISES);
        WebElement id = driver.findElement(By.id("student-id"));
        id.clear();
        id.sendKeys(STUDENT);
        driver.findElement(By.cssSelector("#student-form button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("student-status")).getText().contains(STUDENT));

        open("zh/" + SitePaths.exercise(exercise.id()));
        WebElement box = driver.findElements(By.cssSelector(".ex-variant")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertThat(box.getAttribute("data-variant")).isEqualTo(String.valueOf(index));
        box.findElement(By.cssSelector("input[name=answer]")).sendKeys(typed);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> box.findElement(By.cssSelector(".ex-feedback")).getText().startsWith("回答正确"));

        open("en/" + SitePaths.EXERCISES);
        waiting().until(d -> d.findElement(By.cssSelector("[data-status-for='" + exercise.id() + "']")).getText().startsWith("solved"));
        open("en/" + SitePaths.exercise(exercise.id()));
        WebElement english = driver.findElements(By.cssSelector(".ex-variant")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        waiting().until(d -> english.findElement(By.cssSelector(".ex-feedback")).getText().contains("correct"));

        open("en/" + SitePaths.EXERCISES);
        driver.findElement(By.id("export-answers")).click();
        Path file = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".json")).toList();
                return done.size() == 1 ? done.get(0) : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        FileResult result = new Grader(ExerciseLoader.load(casebook).value(), course.id())
                .grade(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(result).isInstanceOf(FileResult.Graded.class);
        ExerciseScore score = ((FileResult.Graded) result).scores().stream().filter(s -> s.exerciseId().equals(exercise.id()))
                .findFirst().orElseThrow();
        assertThat(score.variant()).isEqualTo(index);
        assertThat(score.score()).isEqualTo(exercise.points());
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheChinesePages() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "zh/index.html", "zh/" + SitePaths.caseStudy("suez-teda"), "zh/" + SitePaths.EXERCISES,
                "zh/" + SitePaths.exercise("suzhou-model"), "zh/" + SitePaths.GLOSSARY, "zh/search.html?q=" + URLEncoder.encode("泰达",
                        StandardCharsets.UTF_8))) {
            open(page);
            problems.addAll(Browsers.seriousViolations(driver, page));
        }
        assertThat(problems).isEmpty();
    }
}
