package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.parkbench.app.cli.ParkbenchCommand;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.check.AnswerCheck;
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
import org.parkbench.site.pages.ExercisePages;
import org.parkbench.site.pages.Profile;

/**
 * A student's work on the built shipped student site, in Chromium from {@code file://}, is never
 * lost and the student knows where they stand (docs/answer-file.md): answers given before a student
 * id carry over to the id's variants, with the page saying which did and keeping the one whose
 * variant changed visible as given; an export imported into a fresh browser profile brings back
 * what was solved, the hints and solutions opened and a short answer's reveal; a short answer's
 * model answer opens only after the documented minimum of words and the file keeps the response
 * from before it; and the points the pages show, per exercise, per case and in total, are the points
 * the real {@code parkbench grade} gives the exported file. Skipped, saying why, where Chromium is
 * absent.
 */
class StudentWorkBrowserTest {
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
            System.err.println("StudentWorkBrowserTest SKIPPED: " + BrowserTest.CHROMIUM + " or " + BrowserTest.CHROMEDRIVER
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
    void forget() throws Exception {
        open(driver, SitePaths.EXERCISES);
        driver.executeScript("window.localStorage.clear()");
        clear(downloads);
    }

    private static void clear(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static void open(ChromeDriver browser, String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static WebElement visibleVariant(ChromeDriver browser) {
        List<WebElement> shown = browser.findElements(By.cssSelector(".ex-variant")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("exactly one variant shows").hasSize(1);
        return shown.get(0);
    }

    private static String feedbackOf(WebElement box) {
        return box.findElement(By.cssSelector(".ex-feedback")).getText();
    }

    private static int variantOf(Exercise e) {
        return VariantChooser.choose(course.id(), STUDENT, e.id(), e.variantCount());
    }

    private static Exercise first(Predicate<Exercise> which) {
        return exercises.exercises().stream().filter(which).findFirst().orElseThrow();
    }

    private static void enterStudentId(String id) {
        open(driver, SitePaths.EXERCISES);
        WebElement input = driver.findElement(By.id("student-id"));
        input.clear();
        input.sendKeys(id);
        driver.findElement(By.cssSelector("#student-form button[type=submit]")).click();
        waiting(driver).until(d -> d.findElement(By.id("student-status")).getText().contains(id));
    }

    /** Answers a numeric exercise on its page (the variant the page shows) and waits for the verdict. */
    private static void answerNumber(Exercise e, String typed, boolean right) {
        open(driver, SitePaths.exercise(e.id()));
        WebElement box = visibleVariant(driver);
        WebElement input = box.findElement(By.cssSelector("input[name=answer]"));
        input.clear();
        input.sendKeys(typed);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(driver).until(d -> right ? feedbackOf(box).startsWith("Correct.") : feedbackOf(box).startsWith("Not yet right"));
    }

    private static String right(Exercise e, int variant) {
        return ((Key.Number) exercises.variant(e.id(), variant).key()).rounded();
    }

    /** Ticks 'chosen' (and nothing else) on a choice exercise's page and checks it. */
    private static void answerChoices(Exercise e, Set<String> chosen, boolean right) {
        open(driver, SitePaths.exercise(e.id()));
        WebElement box = visibleVariant(driver);
        for (WebElement option : box.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))) {
            if (chosen.contains(option.getAttribute("value")) != option.isSelected()) {
                option.click();
            }
        }
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(driver).until(d -> right ? feedbackOf(box).startsWith("Correct.") : feedbackOf(box).startsWith("Not yet right"));
    }

    private static Set<String> correctChoices(Exercise e) {
        return ((Key.Choices) exercises.variant(e.id(), variantOf(e)).key()).correct();
    }

    private static Set<String> wrongChoices(Exercise e) {
        ExerciseVariant v = exercises.variant(e.id(), variantOf(e));
        String wrong = v.options().stream().map(ExerciseVariant.Option::id).filter(id -> !correctChoices(e).contains(id)).findFirst()
                .orElseThrow();
        assertThat(AnswerCheck.isCorrect(v, e.type() == ExerciseType.SINGLE_CHOICE ? BrowserTest.JSON.getNodeFactory().textNode(wrong)
                : BrowserTest.JSON.createArrayNode().add(wrong))).isFalse();
        return Set.of(wrong);
    }

    /** Opens every hint of the exercise's page. */
    private static void openHints(int count) {
        WebElement box = visibleVariant(driver);
        for (int i = 0; i < count; i++) {
            box.findElement(By.cssSelector(".ex-hint-button")).click();
        }
    }

    /** A short answer written and compared on its page; returns the page's answer box. */
    private static WebElement writeShortAnswer(Exercise e, String text) {
        open(driver, SitePaths.exercise(e.id()));
        WebElement box = visibleVariant(driver);
        WebElement area = box.findElement(By.cssSelector("textarea"));
        area.clear();
        area.sendKeys(text);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        return box;
    }

    /** 37 words of an honest first attempt (counted by hand). */
    static final String ATTEMPT = "Direct jobs are the people on the payrolls of firms inside the zone, while induced jobs are an estimate "
            + "of work created elsewhere by their spending, so only the direct figure can be checked against a payroll.";

    private static Path export() {
        open(driver, SitePaths.EXERCISES);
        driver.findElement(By.id("export-answers")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".json")).toList();
                return done.size() == 1 ? done.get(0) : null;
            } catch (java.io.IOException ex) {
                return null;
            }
        });
    }

    /** The real {@code parkbench grade} on one file: the gradebook's rows by exercise id ("total" included). */
    private static Map<String, CSVRecord> grade(Path file, Path out) throws Exception {
        StringWriter said = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParkbenchCommand.execute(new String[] {"grade", file.toString(), "--out", out.toString()},
                new PrintWriter(said, true), new PrintWriter(err, true));
        assertThat(code).as(said + "\n" + err).isZero();
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                assertThat(r.get("student_id")).isEqualTo(STUDENT);
                rows.put(r.get("exercise_id"), r);
            }
        }
        return rows;
    }

    private static String rowText(ChromeDriver browser, Exercise e, String part) {
        List<WebElement> found = browser.findElements(By.cssSelector("[data-status-for='" + e.id() + "'] " + part));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static String pointsWords(int earned, int max) {
        return earned + " of " + max + (max == 1 ? " point" : " points");
    }

    @Test
    void answersGivenBeforeTheIdCarryOverAndOneWhoseVariantChangesStaysVisibleAsGiven() throws Exception {
        Exercise changed = first(e -> e.type() == ExerciseType.NUMERIC && e.variantCount() > 1 && variantOf(e) != 0);
        Exercise kept = exercises.exercises().stream().filter(e -> e.type() == ExerciseType.SINGLE_CHOICE && e.variantCount() > 1
                && variantOf(e) == 0).findFirst().orElseGet(() -> first(e -> e.type() == ExerciseType.SINGLE_CHOICE && e.variantCount() == 1));
        int now = variantOf(changed);
        String before = right(changed, 0);
        assertThat(right(changed, now)).as("the two variants have different answers").isNotEqualTo(before);

        // no id yet: the first variant of each, both answered rightly
        open(driver, SitePaths.exercise(changed.id()));
        assertThat(driver.findElement(By.cssSelector("[data-id-prompt=none]")).getText()).contains("carry over");
        answerNumber(changed, before, true);
        answerChoices(kept, ((Key.Choices) exercises.variant(kept.id(), 0).key()).correct(), true);

        enterStudentId(STUDENT);
        String carry = driver.findElement(By.id("carry-status")).getText();
        assertThat(carry).contains("1 answer given before you entered your id carries over to it, on the same variant: "
                + exercises.variant(kept.id(), 0).title() + ".");
        assertThat(carry).contains("Your id gives you another variant of 1 exercise you had answered: "
                + exercises.variant(changed.id(), now).title() + ". Your earlier answer stays on its page");
        assertThat(rowText(driver, kept, ".ex-progress")).isEqualTo("solved");
        assertThat(rowText(driver, kept, ".ex-earned")).isEqualTo(pointsWords(kept.points(), kept.points()));
        assertThat(rowText(driver, changed, ".ex-progress")).isEqualTo("earlier answer on variant 1: answer your own");

        // the exercise whose variant changed: the new variant to answer, the earlier answer shown as given
        open(driver, SitePaths.exercise(changed.id()));
        WebElement box = visibleVariant(driver);
        assertThat(box.getAttribute("data-variant")).isEqualTo(String.valueOf(now));
        assertThat(box.findElement(By.cssSelector("input[name=answer]")).getAttribute("value")).isEmpty();
        WebElement earlier = driver.findElement(By.cssSelector(".ex-earlier"));
        assertThat(earlier.isDisplayed()).isTrue();
        assertThat(earlier.getText()).contains("Variant 1, answered before you entered your student id.",
                "Its question: “" + exercises.variant(changed.id(), 0).title() + "”.", "Its progress: solved.",
                "Your student id " + STUDENT + " gives you variant " + (now + 1) + ", a different question");
        assertThat(earlier.findElement(By.cssSelector(".ex-earlier-response")).getText()).isEqualTo(before);
        answerNumber(changed, right(changed, now), true);
        driver.navigate().refresh();
        waiting(driver).until(d -> feedbackOf(visibleVariant(driver)).contains("Your last answer is correct"));
        assertThat(driver.findElement(By.cssSelector(".ex-earlier-response")).getText()).as("still shown").isEqualTo(before);

        Path file = export();
        waiting(driver).until(d -> d.findElement(By.id("answers-status")).getText().startsWith("Exported 2 answers"));
        assertThat(driver.findElement(By.id("answers-status")).getText()).contains("1 answer given on another variant");
        JsonNode json = BrowserTest.JSON.readTree(file.toFile());
        Map<String, JsonNode> answers = new HashMap<>();
        json.get("answers").forEach(a -> answers.put(a.get("exercise").asText(), a));
        assertThat(answers.get(kept.id()).get("variant").asInt()).isZero();
        assertThat(answers.get(changed.id()).get("variant").asInt()).isEqualTo(now);
        assertThat(json.get("other_variants")).singleElement().satisfies(o -> {
            assertThat(o.get("exercise").asText()).isEqualTo(changed.id());
            assertThat(o.get("variant").asInt()).isZero();
            assertThat(o.get("response").asText()).isEqualTo(before);
            assertThat(o.get("given_under").asText()).isEmpty();
        });
        Map<String, CSVRecord> graded = grade(file, tmp.resolve("carried.csv"));
        assertThat(graded.get(kept.id()).get("score")).isEqualTo(String.valueOf(kept.points()));
        assertThat(graded.get(changed.id()).get("score")).isEqualTo(String.valueOf(changed.points()));
        assertThat(graded.get(changed.id()).get("variant")).isEqualTo(String.valueOf(now));
    }

    @Test
    void anImportIntoAFreshBrowserProfileRestoresWhatWasSolvedTheHintsAndTheSolutionsOpened() throws Exception {
        Exercise numeric = first(e -> e.type() == ExerciseType.NUMERIC);
        Exercise hinted = first(e -> e.type() == ExerciseType.SINGLE_CHOICE && e.header().hints().size() >= 2);
        Exercise multiple = first(e -> e.type() == ExerciseType.MULTIPLE_CHOICE);
        Exercise essay = first(e -> e.type() == ExerciseType.SHORT_ANSWER);
        enterStudentId(STUDENT);
        String right = right(numeric, variantOf(numeric));
        answerNumber(numeric, right.startsWith("-") ? "1" : "-1", false);
        answerNumber(numeric, right, true);
        visibleVariant(driver).findElement(By.cssSelector(".ex-solution-button")).click();
        waiting(driver).until(d -> visibleVariant(driver).findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
        open(driver, SitePaths.exercise(hinted.id()));
        openHints(1);
        answerChoices(multiple, wrongChoices(multiple), false);
        WebElement written = writeShortAnswer(essay, ATTEMPT);
        waiting(driver).until(d -> written.findElement(By.cssSelector(".ex-model")).isDisplayed());
        Path file = export();

        ChromeDriver fresh = Browsers.chromium(tmp.resolve("fresh-profile"), Files.createDirectories(tmp.resolve("fresh-downloads")));
        try {
            open(fresh, SitePaths.EXERCISES);
            assertThat(fresh.executeScript("return window.localStorage.length")).as("a fresh profile").isEqualTo(0L);
            fresh.findElement(By.id("import-answers")).sendKeys(file.toString());
            waiting(fresh).until(d -> d.findElement(By.id("answers-status")).getText().startsWith("Imported 4 answers for student " + STUDENT));
            assertThat(rowText(fresh, numeric, ".ex-progress")).isEqualTo("solved (2 attempts)");
            assertThat(rowText(fresh, numeric, ".ex-earned")).isEqualTo(pointsWords(numeric.points(), numeric.points()));
            assertThat(rowText(fresh, hinted, ".ex-progress")).isEqualTo("started");
            assertThat(rowText(fresh, multiple, ".ex-progress")).isEqualTo("not yet right (1 attempt)");
            assertThat(rowText(fresh, multiple, ".ex-earned")).isEqualTo(pointsWords(0, multiple.points()));
            assertThat(rowText(fresh, essay, ".ex-progress")).isEqualTo("answered");
            assertThat(rowText(fresh, essay, ".ex-earned")).isEqualTo(essay.points() + " points pending hand-marking");

            open(fresh, SitePaths.exercise(numeric.id()));
            WebElement solved = visibleVariant(fresh);
            waiting(fresh).until(d -> solved.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
            assertThat(solved.findElement(By.cssSelector(".ex-solution-text")).getText()).isNotBlank();
            waiting(fresh).until(d -> feedbackOf(solved).contains("Your last answer is correct. Attempts so far: 2."));

            open(fresh, SitePaths.exercise(hinted.id()));
            WebElement hints = visibleVariant(fresh);
            assertThat(hints.findElements(By.cssSelector(".ex-hint-list li")).stream().filter(WebElement::isDisplayed).count())
                    .as("the one hint opened").isEqualTo(1);
            assertThat(hints.findElement(By.cssSelector(".ex-hint-button")).getText()).isEqualTo("Show hint 2 of "
                    + hinted.header().hints().size());

            open(fresh, SitePaths.exercise(essay.id()));
            WebElement model = visibleVariant(fresh);
            waiting(fresh).until(d -> model.findElement(By.cssSelector(".ex-model")).isDisplayed()
                    && model.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
            assertThat(model.findElement(By.cssSelector(".ex-before-reveal-text")).getText()).isEqualTo(ATTEMPT);
        } finally {
            fresh.quit();
        }
    }

    @Test
    void aShortAnswersModelAnswerOpensOnlyAfterTheMinimumAndTheFileKeepsTheResponseFromBefore() throws Exception {
        Exercise essay = first(e -> e.type() == ExerciseType.SHORT_ANSWER);
        Key.Manual key = (Key.Manual) exercises.variant(essay.id(), variantOf(essay)).key();
        assertThat(ExercisePages.SHORT_ANSWER_MIN_WORDS).isEqualTo(30);
        assertThat(Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/answer-file.md")))
                .as("the documented minimum").contains("at least **30 words**");
        enterStudentId(STUDENT);

        open(driver, SitePaths.exercise(essay.id()));
        WebElement box = visibleVariant(driver);
        assertThat(box.findElement(By.cssSelector(".help[id$=short-minimum]")).getText()).startsWith(
                "The model answer, its rubric and the worked solution open once your answer has at least 30 words");
        WebElement button = box.findElement(By.cssSelector("button[type=submit]"));
        WebElement area = box.findElement(By.cssSelector("textarea"));
        area.sendKeys("Direct jobs are on payrolls; induced jobs are only estimates.");
        assertThat(box.findElement(By.cssSelector(".ex-word-count")).getText()).isEqualTo("10 words so far, of the 30 needed.");
        assertThat(button.getAttribute("aria-disabled")).isEqualTo("true");
        button.click();
        assertThat(feedbackOf(box)).isEqualTo("Saved, not yet compared: the model answer, its rubric and the worked solution open once"
                + " your answer has at least 30 words (two Chinese characters count as one); it has 10.");
        assertThat(box.findElement(By.cssSelector(".ex-model")).isDisplayed()).isFalse();
        assertThat(box.findElement(By.cssSelector(".ex-solution-text")).isDisplayed()).isFalse();
        assertThat(box.findElement(By.cssSelector(".ex-solution-button")).isDisplayed()).isFalse();
        // the page's script holds no opened text: nothing of the model answer is in the page yet
        assertThat(driver.getPageSource()).doesNotContain(key.modelAnswer().substring(0, 40));

        // two Chinese characters count as one word
        area.clear();
        area.sendKeys("园区".repeat(29));
        assertThat(box.findElement(By.cssSelector(".ex-word-count")).getText()).isEqualTo("29 words so far, of the 30 needed.");
        area.sendKeys("园区");
        assertThat(box.findElement(By.cssSelector(".ex-word-count")).getText()).isEqualTo("30 words so far, of the 30 needed.");
        assertThat(button.getAttribute("aria-disabled")).isEqualTo("false");

        area.clear();
        area.sendKeys(ATTEMPT);
        button.click();
        waiting(driver).until(d -> box.findElement(By.cssSelector(".ex-model")).isDisplayed()
                && box.findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
        assertThat(feedbackOf(box)).startsWith("Compared: the model answer, its rubric and the worked solution are open below.");
        assertThat(box.findElements(By.cssSelector(".ex-rubric li"))).hasSize(key.rubric().size());
        assertThat(box.findElement(By.cssSelector(".ex-before-reveal-text")).getText()).isEqualTo(ATTEMPT);

        // the model answer typed in as one's own, after seeing it
        driver.navigate().refresh();
        WebElement again = visibleVariant(driver);
        waiting(driver).until(d -> again.findElement(By.cssSelector(".ex-model")).isDisplayed());
        assertThat(again.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Save my revised answer");
        WebElement revised = again.findElement(By.cssSelector("textarea"));
        revised.clear();
        revised.sendKeys(key.modelAnswer());
        again.findElement(By.cssSelector("button[type=submit]")).click();
        waiting(driver).until(d -> feedbackOf(again).startsWith("Revision saved; versions compared so far: 2."));

        Path file = export();
        JsonNode answer = BrowserTest.JSON.readTree(file.toFile()).get("answers").get(0);
        assertThat(answer.get("exercise").asText()).isEqualTo(essay.id());
        assertThat(answer.get("response").asText()).isEqualTo(key.modelAnswer());
        assertThat(answer.get("response_before_reveal").asText()).isEqualTo(ATTEMPT);
        Instant revealed = Instant.parse(answer.get("revealed_at").asText());
        List<String> events = new ArrayList<>();
        answer.get("events").forEach(e -> events.add(e.get("type").asText()));
        assertThat(events).containsExactly("attempt", "solution", "attempt");
        assertThat(answer.get("events").get(0).get("response").asText()).isEqualTo(ATTEMPT);
        assertThat(Instant.parse(answer.get("events").get(1).get("at").asText())).isEqualTo(revealed);

        // grade lists for hand-marking what was written before the model answer was seen
        Path gradebook = tmp.resolve("essay.csv");
        Map<String, CSVRecord> rows = grade(file, gradebook);
        assertThat(rows.get(essay.id()).get("score")).isEmpty();
        try (Reader in = Files.newBufferedReader(tmp.resolve("essay-manual.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> manual = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            assertThat(manual).singleElement().satisfies(r -> {
                assertThat(r.get("exercise_id")).isEqualTo(essay.id());
                assertThat(r.get("response")).isEqualTo(ATTEMPT);
            });
        }
    }

    @Test
    void thePointsThePagesShowAreThePointsGradeGivesTheExportedFile() throws Exception {
        Exercise numeric = first(e -> e.type() == ExerciseType.NUMERIC);
        Exercise late = first(e -> e.type() == ExerciseType.NUMERIC && e != numeric && !e.caseId().equals(numeric.caseId())
                && !e.header().hints().isEmpty());
        Exercise single = first(e -> e.type() == ExerciseType.SINGLE_CHOICE);
        Exercise multiple = first(e -> e.type() == ExerciseType.MULTIPLE_CHOICE);
        Exercise essay = first(e -> e.type() == ExerciseType.SHORT_ANSWER);
        enterStudentId(STUDENT);
        answerNumber(numeric, right(numeric, variantOf(numeric)), true);
        answerChoices(single, wrongChoices(single), false);
        answerChoices(multiple, correctChoices(multiple), true);
        // every hint, then the worked solution, then the right answer: it earns nothing by default
        open(driver, SitePaths.exercise(late.id()));
        openHints(late.header().hints().size());
        visibleVariant(driver).findElement(By.cssSelector(".ex-solution-button")).click();
        waiting(driver).until(d -> visibleVariant(driver).findElement(By.cssSelector(".ex-solution-text")).isDisplayed());
        answerNumber(late, right(late, variantOf(late)), true);
        WebElement written = writeShortAnswer(essay, ATTEMPT);
        waiting(driver).until(d -> written.findElement(By.cssSelector(".ex-model")).isDisplayed());

        // what the meaning says: the right answers before any solution earn their points, the short answer waits
        int earned = numeric.points() + multiple.points();
        int pending = essay.points();
        int max = exercises.exercises().stream().mapToInt(Exercise::points).sum();

        open(driver, SitePaths.EXERCISES);
        String total = driver.findElement(By.cssSelector("#your-answers [data-points-summary]")).getText();
        assertThat(total).isEqualTo("Points earned: " + earned + " of " + max + ". " + pending + " more points pending hand-marking (short answers).");
        assertThat(rowText(driver, late, ".ex-earned")).isEqualTo(pointsWords(0, late.points())
                + " (answers given after opening the worked solution earn nothing)");
        Map<String, String> shownPerExercise = new HashMap<>();
        for (Exercise e : List.of(numeric, late, single, multiple, essay)) {
            shownPerExercise.put(e.id(), rowText(driver, e, ".ex-earned"));
        }
        Map<String, String> shownPerCase = new HashMap<>();
        for (String c : course.caseIds()) {
            List<WebElement> summary = driver.findElements(By.cssSelector("#ex-" + c + " [data-points-summary]"));
            if (!summary.isEmpty()) {
                shownPerCase.put(c, summary.get(0).getText());
            }
        }
        open(driver, SitePaths.caseStudy(essay.caseId()));
        String onCasePage = driver.findElement(By.cssSelector(".exercise-points [data-points-summary]")).getText();

        Path file = export();
        Map<String, CSVRecord> rows = grade(file, tmp.resolve("points.csv"));
        CSVRecord totalRow = rows.get("total");
        int gradedPending = 0;
        Map<String, int[]> perCase = new HashMap<>();
        for (Exercise e : exercises.exercises()) {
            CSVRecord r = rows.get(e.id());
            int[] sums = perCase.computeIfAbsent(e.caseId(), c -> new int[3]);
            sums[2] += Integer.parseInt(r.get("max_score"));
            if (r.get("score").isEmpty()) {
                gradedPending += Integer.parseInt(r.get("max_score"));
                sums[1] += Integer.parseInt(r.get("max_score"));
            } else {
                sums[0] += Integer.parseInt(r.get("score"));
            }
        }
        assertThat(Integer.parseInt(totalRow.get("score"))).isEqualTo(earned);
        assertThat(Integer.parseInt(totalRow.get("max_score"))).isEqualTo(max);
        assertThat(gradedPending).isEqualTo(pending);
        for (Exercise e : List.of(numeric, late, single, multiple)) {
            assertThat(shownPerExercise.get(e.id())).as(e.id()).startsWith(pointsWords(Integer.parseInt(rows.get(e.id()).get("score")),
                    e.points()));
        }
        assertThat(shownPerExercise.get(essay.id())).isEqualTo(rows.get(essay.id()).get("max_score") + " points pending hand-marking");
        perCase.forEach((c, sums) -> {
            String expected = "Points earned: " + sums[0] + " of " + sums[2] + "."
                    + (sums[1] > 0 ? " " + sums[1] + " more points pending hand-marking (short answers)." : "");
            assertThat(shownPerCase.get(c)).as(c).isEqualTo(expected);
            if (c.equals(essay.caseId())) {
                assertThat(onCasePage).isEqualTo(expected);
            }
        });

        // the file says the same
        JsonNode json = BrowserTest.JSON.readTree(file.toFile());
        assertThat(json.get("totals").get("points").asInt()).isEqualTo(earned);
        assertThat(json.get("totals").get("points_pending").asInt()).isEqualTo(pending);
        assertThat(json.get("totals").get("max_points").asInt()).isEqualTo(max);
        json.get("answers").forEach(a -> {
            CSVRecord r = rows.get(a.get("exercise").asText());
            assertThat(a.get("points").asText()).as(a.get("exercise").asText()).isEqualTo(r.get("score").isEmpty() ? "0" : r.get("score"));
            assertThat(a.get("points_pending").asInt()).isEqualTo(r.get("score").isEmpty() ? Integer.parseInt(r.get("max_score")) : 0);
        });
    }
}
