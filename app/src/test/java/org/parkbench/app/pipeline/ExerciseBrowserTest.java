package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.app.serve.PreviewServer;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.check.AnswerCheck;
import org.parkbench.exercises.grade.ExerciseScore;
import org.parkbench.exercises.grade.FileResult;
import org.parkbench.exercises.grade.Grader;
import org.parkbench.exercises.grade.SolutionPolicy;
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
 * A student works the exercises of the built shipped student site in a real browser (Debian's
 * chromium and chromium-driver), from {@code file://}: enters a student id, gets their variant,
 * answers wrongly then rightly and hears the feedback change, finds the progress after a reload,
 * exports the answer file (a real download) that the exercises engine's {@link Grader} then scores,
 * and imports it again into a fresh browser. Skipped, with a message saying why, where Chromium is
 * absent.
 */
class ExerciseBrowserTest {
    static final String STUDENT = "s1234567";

    @TempDir
    static Path tmp;
    static Path site;
    static Path downloads;
    static Course course;
    static ExerciseSet exercises;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
        if (!present) {
            System.err.println("ExerciseBrowserTest SKIPPED: " + BrowserTest.CHROMIUM + " or " + BrowserTest.CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver to run the browser tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver missing (install chromium and chromium-driver): browser tests skipped");
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        course = CourseLoader.defaultCourse(casebook);
        exercises = ExerciseLoader.load(casebook).value();
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
    void forgetProgress() throws Exception {
        open(SitePaths.EXERCISES);
        driver.executeScript("window.localStorage.clear()");
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void enterStudentId(String id) {
        open(SitePaths.EXERCISES);
        WebElement input = driver.findElement(By.id("student-id"));
        assertThat(input.isDisplayed()).as("the id form shows once the script runs").isTrue();
        input.clear();
        input.sendKeys(id);
        driver.findElement(By.cssSelector("#student-form button[type=submit]")).click();
        waiting().until(d -> d.findElement(By.id("student-status")).getText().contains(id));
    }

    /** The first numeric exercise with variants where the student's variant is not the first (else any numeric one). */
    private static Exercise numericWithVariants() {
        List<Exercise> numeric = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.NUMERIC).toList();
        return numeric.stream().filter(e -> e.variantCount() > 1)
                .filter(e -> VariantChooser.choose(course.id(), STUDENT, e.id(), e.variantCount()) != 0)
                .findFirst().orElse(numeric.get(0));
    }

    private static WebElement visibleVariant() {
        List<WebElement> shown = driver.findElements(By.cssSelector(".ex-variant")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("exactly one variant shows").hasSize(1);
        return shown.get(0);
    }

    private static String feedbackOf(WebElement variant) {
        return variant.findElement(By.cssSelector(".ex-feedback")).getText();
    }

    @Test
    void aStudentAnswersWronglyThenRightlyKeepsTheProgressAndExportsAFileTheGraderScores() throws Exception {
        Exercise exercise = numericWithVariants();
        int index = VariantChooser.choose(course.id(), STUDENT, exercise.id(), exercise.variantCount());
        ExerciseVariant variant = exercises.variant(exercise.id(), index);
        String right = ((Key.Number) variant.key()).rounded();
        String wrong = right.startsWith("-") ? "1" : "-1";
        assertThat(AnswerCheck.isCorrect(variant, TextNode.valueOf(wrong))).isFalse();

        open(SitePaths.exercise(exercise.id()));
        assertThat(driver.findElement(By.cssSelector("[data-id-prompt=none]")).isDisplayed()).as("prompt for an id").isTrue();
        assertThat(visibleVariant().getAttribute("data-variant")).isEqualTo("0");

        enterStudentId(STUDENT);
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        assertThat(box.getAttribute("data-variant")).isEqualTo(String.valueOf(index));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(variant.title());
        assertThat(driver.findElement(By.cssSelector("[data-id-prompt=set]")).getText()).contains(STUDENT);
        WebElement feedback = box.findElement(By.cssSelector(".ex-feedback"));
        assertThat(feedback.getAttribute("aria-live")).isEqualTo("polite");

        WebElement answer = box.findElement(By.cssSelector("input[name=answer]"));
        answer.sendKeys(wrong);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).contains("Not yet right"));
        String afterWrong = feedbackOf(box);
        assertThat(afterWrong).contains("Attempts so far: 1");
        assertThat(box.findElement(By.cssSelector(".ex-solution-button")).isDisplayed()).as("solution still locked").isFalse();

        answer.clear();
        answer.sendKeys(right);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).startsWith("Correct."));
        assertThat(feedbackOf(box)).isNotEqualTo(afterWrong).contains("Attempts so far: 2");
        box.findElement(By.cssSelector(".ex-solution-button")).click();
        WebElement solution = box.findElement(By.cssSelector(".ex-solution-text"));
        waiting().until(d -> solution.isDisplayed());
        assertThat(solution.getText()).isNotBlank();

        driver.navigate().refresh();
        WebElement again = visibleVariant();
        assertThat(again.findElement(By.cssSelector("input[name=answer]")).getAttribute("value")).isEqualTo(right);
        waiting().until(d -> feedbackOf(again).contains("Your last answer is correct"));
        assertThat(feedbackOf(again)).contains("Attempts so far: 2");
        waiting().until(d -> again.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());

        open(SitePaths.EXERCISES);
        assertThat(driver.findElement(By.cssSelector("[data-status-for='" + exercise.id() + "']")).getText())
                .isEqualTo("solved (2 attempts) " + exercise.points() + " of " + exercise.points() + (exercise.points() == 1 ? " point" : " points"));
        driver.findElement(By.id("export-answers")).click();
        Path file = downloaded();
        waiting().until(d -> d.findElement(By.id("answers-status")).getText().startsWith("Exported 1 answer"));

        FileResult result = new Grader(exercises, course.id()).grade(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(result).isInstanceOf(FileResult.Graded.class);
        FileResult.Graded graded = (FileResult.Graded) result;
        assertThat(graded.studentId()).isEqualTo(STUDENT);
        ExerciseScore score = graded.scores().stream().filter(s -> s.exerciseId().equals(exercise.id())).findFirst().orElseThrow();
        assertThat(score.variant()).isEqualTo(index);
        assertThat(score.score()).isEqualTo(exercise.points());
        assertThat(graded.total()).isEqualTo(exercise.points());

        // a fresh browser: the import brings back the id and the answer
        driver.executeScript("window.localStorage.clear()");
        open(SitePaths.EXERCISES);
        driver.findElement(By.id("import-answers")).sendKeys(file.toString());
        waiting().until(d -> d.findElement(By.id("answers-status")).getText().startsWith("Imported 1 answer for student " + STUDENT));
        assertThat(driver.findElement(By.id("student-id")).getAttribute("value")).isEqualTo(STUDENT);
        open(SitePaths.exercise(exercise.id()));
        WebElement imported = visibleVariant();
        waiting().until(d -> feedbackOf(imported).contains("Your last answer is correct"));
    }

    /**
     * The answer file records what the student did, in order: a wrong attempt, every hint, the
     * worked solution, then the right answer; the grader gives that late answer nothing by default
     * and its points with {@code --after-solution full}.
     */
    @Test
    void theAnswerFileRecordsAttemptsHintsAndTheSolutionInOrderAndALateAnswerEarnsNothingByDefault() throws Exception {
        Exercise exercise = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.NUMERIC && !e.header().hints().isEmpty())
                .findFirst().orElseThrow();
        int index = VariantChooser.choose(course.id(), STUDENT, exercise.id(), exercise.variantCount());
        ExerciseVariant variant = exercises.variant(exercise.id(), index);
        String right = ((Key.Number) variant.key()).rounded();
        String wrong = right.startsWith("-") ? "1" : "-1";
        enterStudentId(STUDENT);
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        WebElement answer = box.findElement(By.cssSelector("input[name=answer]"));
        answer.sendKeys(wrong);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).contains("Not yet right"));
        int hints = box.findElements(By.cssSelector(".ex-hint-list li")).size();
        for (int i = 0; i < hints; i++) {
            box.findElement(By.cssSelector(".ex-hint-button")).click();
        }
        box.findElement(By.cssSelector(".ex-solution-button")).click();
        waiting().until(d -> box.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
        answer.clear();
        answer.sendKeys(right);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).startsWith("Correct."));

        open(SitePaths.EXERCISES);
        driver.findElement(By.id("export-answers")).click();
        Path file = downloaded();
        JsonNode exported = BrowserTest.JSON.readTree(file.toFile());
        assertThat(exported.get("version").asInt()).isEqualTo(2);
        JsonNode events = exported.get("answers").get(0).get("events");
        List<String> order = new ArrayList<>();
        events.forEach(e -> order.add(e.get("type").asText() + (e.has("hint") ? " " + e.get("hint").asInt() : "")
                + (e.has("response") ? " " + e.get("response").asText() : "")));
        List<String> expected = new ArrayList<>(List.of("attempt " + wrong));
        for (int i = 1; i <= hints; i++) {
            expected.add("hint " + i);
        }
        expected.addAll(List.of("solution", "attempt " + right));
        assertThat(order).containsExactlyElementsOf(expected);
        List<java.time.Instant> times = new ArrayList<>();
        events.forEach(e -> times.add(java.time.Instant.parse(e.get("at").asText())));
        assertThat(times).isSorted();

        byte[] bytes = Files.readAllBytes(file);
        FileResult.Graded byDefault = (FileResult.Graded) new Grader(exercises, course.id()).grade(file.toString(), bytes);
        FileResult.Graded full = (FileResult.Graded) new Grader(exercises, course.id(), SolutionPolicy.FULL).grade(file.toString(), bytes);
        assertThat(byDefault.total()).isZero();
        assertThat(byDefault.scores()).anySatisfy(sc -> {
            assertThat(sc.exerciseId()).isEqualTo(exercise.id());
            assertThat(sc.solution()).isEqualTo(ExerciseScore.SolutionTiming.ANSWERED_AFTER_OPENING);
        });
        assertThat(full.total()).isEqualTo(exercise.points());
    }

    /** The preview serves the site over http://127.0.0.1, a secure context: crypto.subtle checks there. */
    @Test
    void thePreviewsPagesOver127001AreASecureContextAndCheckAnswers() throws Exception {
        Exercise exercise = numericWithVariants();
        String right = ((Key.Number) exercises.variant(exercise.id(), 0).key()).rounded();
        try (PreviewServer server = PreviewServer.start(site, 0)) {
            driver.get(server.uri().resolve("/" + SitePaths.exercise(exercise.id())).toString());
            assertThat(driver.executeScript("return window.isSecureContext")).isEqualTo(true);
            assertThat(driver.executeScript("return ParkbenchCheck.engine()")).isEqualTo("crypto.subtle");
            WebElement box = visibleVariant();
            box.findElement(By.cssSelector("input[name=answer]")).sendKeys(right);
            box.findElement(By.cssSelector("button[type=submit]")).click();
            waiting().until(d -> feedbackOf(box).startsWith("Correct."));
        }
    }

    /**
     * Every sealed text of the student site (solutions, feedback, model answers) opens only through
     * a stretched derivation, one per variant: opening them all from the pages' data, as many at once
     * as the browser will, takes at least as long as one derivation per variant spread over every
     * core (it took 0.05 s with plain SHA-256 keys). The figures are printed (docs/decisions/010).
     */
    @Test
    void openingEverySealedTextOfTheCourseCostsAStretchedDerivationEach() throws Exception {
        ArrayNode all = BrowserTest.JSON.createArrayNode();
        for (Exercise e : exercises.exercises()) {
            String html = Files.readString(site.resolve(SitePaths.exercise(e.id())));
            Element data = Jsoup.parse(html).selectFirst("script#exercise-check");
            BrowserTest.JSON.readTree(data.data()).forEach(all::add);
        }
        open(SitePaths.exercise(exercises.exercises().get(0).id()));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var checks = JSON.parse(arguments[0]);
                var C = ParkbenchCheck;
                var probes = [0, 1, 2, 3, 4];
                var one = Infinity;
                var variants = {};
                checks.forEach(function (c) { variants[c.salt + '/' + c.variant] = true; });
                probes.reduce(function (p, i) {
                  return p.then(function () {
                    var t = performance.now();
                    return C.deriveWithSubtle(checks[0].salt, 'probe ' + i, checks[0].iterations).then(function () {
                      one = Math.min(one, performance.now() - t);
                    });
                  });
                }, Promise.resolve()).then(openAll);
                function openAll() {
                var start = performance.now();
                var opened = [];
                checks.forEach(function (c) {
                  Object.keys(c.sealed).forEach(function (purpose) {
                    opened.push(ParkbenchCheck.unseal(c.sealed[purpose], c.salt, c.variant, purpose, c.iterations));
                  });
                });
                Promise.all(opened).then(function (texts) {
                  done({ count: texts.length, seconds: (performance.now() - start) / 1000, one: one,
                         variants: Object.keys(variants).length, cores: navigator.hardwareConcurrency || 1 });
                }, function (e) { done({ count: 0, seconds: 0, one: 0, variants: 0, cores: 1, error: String(e) }); });
                }
                """, BrowserTest.JSON.writeValueAsString(all));
        int count = ((Number) result.get("count")).intValue();
        double seconds = ((Number) result.get("seconds")).doubleValue();
        double one = ((Number) result.get("one")).doubleValue();
        int variants = ((Number) result.get("variants")).intValue();
        int cores = ((Number) result.get("cores")).intValue();
        System.out.printf("ExerciseBrowserTest: opening all %d sealed texts (%d variants) of the student site in Chromium: %.2f s; "
                + "one derivation %.1f ms, %d cores%n", count, variants, seconds, one, cores);

        assertThat(count).as(String.valueOf(result.get("error"))).isGreaterThan(300);
        assertThat(variants).isGreaterThan(50);
        // generous: half of one derivation per variant, every core busy
        assertThat(seconds * 1000).as("ms to open every sealed text").isGreaterThanOrEqualTo(0.5 * variants * one / cores);
    }

    /** The one answer file the export wrote, once the download is complete. */
    private static Path downloaded() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".json")).toList();
                return done.size() == 1 ? done.get(0) : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    void anOrderIsPutRightWithTheUpAndDownButtonsAlone() {
        Exercise exercise = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.ORDER).findFirst().orElseThrow();
        List<String> key = ((Key.Sequence) exercises.variant(exercise.id(), 0).key()).order();
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        for (int target = 0; target < key.size(); target++) {
            while (true) {
                List<String> now = box.findElements(By.cssSelector(".ex-order li")).stream().map(li -> li.getAttribute("data-item")).toList();
                int at = now.indexOf(key.get(target));
                if (at == target) {
                    break;
                }
                WebElement up = box.findElements(By.cssSelector(".ex-order li")).get(at).findElement(By.cssSelector("[data-move='-1']"));
                up.click();
                assertThat(driver.switchTo().activeElement()).as("focus stays on the button").isEqualTo(up);
            }
        }
        assertThat(box.findElement(By.cssSelector(".ex-order-status")).getText()).contains("now");
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).startsWith("Correct."));
    }

    @Test
    void hintsOpenOneAtATimeAndTheLastUnlocksTheSolution() {
        Exercise exercise = exercises.exercises().stream().filter(e -> e.header().hints().size() >= 2
                && e.type() == ExerciseType.SINGLE_CHOICE).findFirst().orElseThrow();
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        List<WebElement> hints = box.findElements(By.cssSelector(".ex-hint-list li"));
        WebElement button = box.findElement(By.cssSelector(".ex-hint-button"));
        for (int shown = 1; shown <= hints.size(); shown++) {
            button.click();
            int open = shown;
            assertThat(hints.stream().filter(WebElement::isDisplayed).count()).isEqualTo(open);
        }
        assertThat(button.isDisplayed()).isFalse();
        WebElement solution = box.findElement(By.cssSelector(".ex-solution-button"));
        assertThat(solution.isDisplayed()).isTrue();
        solution.click();
        waiting().until(d -> !box.findElement(By.cssSelector(".ex-solution-text")).getText().isBlank());
    }

    @Test
    void aWrongChoiceGetsItsOwnFeedback() {
        Optional<ExerciseVariant> single = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.SINGLE_CHOICE)
                .map(e -> exercises.variant(e.id(), 0))
                .filter(v -> v.options().stream().anyMatch(o -> !((Key.Choices) v.key()).correct().contains(o.id()) && !o.feedback().isBlank()))
                .findFirst();
        ExerciseVariant v = single.orElseThrow();
        ExerciseVariant.Option wrong = v.options().stream()
                .filter(o -> !((Key.Choices) v.key()).correct().contains(o.id()) && !o.feedback().isBlank()).findFirst().orElseThrow();
        open(SitePaths.exercise(v.exerciseId()));
        WebElement box = visibleVariant();
        box.findElement(By.cssSelector("input[value='" + wrong.id() + "']")).click();
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> feedbackOf(box).contains("Not yet right"));
        String firstWords = wrong.feedback().split("[.:;]")[0].replaceAll("[*_`]", "").strip();
        waiting().until(d -> feedbackOf(box).contains(firstWords));
    }

    /** The minimum before the model answer opens is StudentWorkBrowserTest's; here, that an empty answer is refused. */
    @Test
    void aShortAnswerOpensTheModelAnswerAndRubricOnlyOnceAnAnswerIsWritten() {
        Exercise exercise = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.SHORT_ANSWER).findFirst().orElseThrow();
        Key.Manual key = (Key.Manual) exercises.variant(exercise.id(), 0).key();
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        WebElement model = box.findElement(By.cssSelector(".ex-model"));
        box.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(feedbackOf(box)).isEqualTo("Write your answer first.");
        assertThat(model.isDisplayed()).isFalse();
        assertThat(box.findElement(By.cssSelector(".ex-solution-button")).isDisplayed()).isFalse();

        box.findElement(By.cssSelector("textarea")).sendKeys("Two sources, two dates, two measures: ".repeat(5));
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> model.isDisplayed());
        assertThat(feedbackOf(box)).contains("Compare your answer with the model answer");
        assertThat(model.findElements(By.cssSelector(".ex-rubric li"))).hasSize(key.rubric().size());
        assertThat(model.findElement(By.cssSelector(".ex-model-answer")).getText()).isNotBlank();
        waiting().until(d -> box.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnExerciseInUse() {
        Exercise exercise = numericWithVariants();
        open(SitePaths.exercise(exercise.id()));
        WebElement box = visibleVariant();
        box.findElement(By.cssSelector("input[name=answer]")).sendKeys("12");
        box.findElement(By.cssSelector("button[type=submit]")).click();
        box.findElement(By.cssSelector(".ex-hint-button")).click();
        List<String> problems = new ArrayList<>();
        for (String page : List.of(SitePaths.exercise(exercise.id()), SitePaths.exercise(exercises.exercises().stream()
                .filter(e -> e.type() == ExerciseType.CLASSIFY).findFirst().orElseThrow().id()), SitePaths.EXERCISES)) {
            if (!page.equals(SitePaths.exercise(exercise.id()))) {
                open(page);
            }
            for (Rule rule : new AxeBuilder().analyze(driver).getViolations()) {
                String impact = rule.getImpact() == null ? "" : rule.getImpact().toLowerCase(Locale.ROOT);
                if (impact.equals("serious") || impact.equals("critical")) {
                    problems.add(page + ": " + rule.getId() + " (" + impact + ") " + rule.getHelp());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The id form takes only what {@code grade} accepts (docs/answer-file.md, Limits): no more than
     * {@link org.parkbench.exercises.grade.AnswerFileReader#MAX_STUDENT_ID_LENGTH} characters can be
     * typed, and an id pasted with a control character inside is refused with a reason, so a student
     * never exports answers under an id the grader would reject.
     */
    @Test
    void theIdFormRefusesAnIdTheGraderWouldReject() {
        open(SitePaths.EXERCISES);
        WebElement input = driver.findElement(By.id("student-id"));
        input.clear();
        input.sendKeys("s".repeat(org.parkbench.exercises.grade.AnswerFileReader.MAX_STUDENT_ID_LENGTH + 20));
        assertThat(input.getAttribute("value")).hasSize(org.parkbench.exercises.grade.AnswerFileReader.MAX_STUDENT_ID_LENGTH);

        driver.executeScript("arguments[0].value = arguments[1]", input, "s12\u0007345");
        driver.findElement(By.cssSelector("#student-form button[type=submit]")).click();

        waiting().until(d -> d.findElement(By.id("student-status")).getText().contains("printable text"));
        assertThat(driver.executeScript("return window.ParkbenchProgress.studentId(arguments[0])", course.id())).isEqualTo("");
    }
}
