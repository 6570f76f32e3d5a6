package org.parkbench.app.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.parkbench.app.pipeline.Browsers;
import org.parkbench.core.language.Language;
import org.parkbench.exercises.check.AnswerCheck;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.exercises.variant.VariantChooser;

/**
 * The package played as an LMS plays it: scorm-again's SCORM 1.2 runtime as {@code window.API} in a
 * host page, the package's launch page in its frame, all served over loopback HTTP to Chromium. A
 * student answers exercises of a case (some right, some wrong); the LMS holds the interactions, the
 * score the site's points give and the lesson status; launched again with what the LMS kept (and a
 * browser that kept nothing), the pages show the work as it was.
 */
class ScormBrowserTest {
    /** Where {@code npm ci --prefix app/src/test/scorm-again} puts the runtime (tests run in the app module). */
    static final Path RUNTIME = Path.of("src/test/scorm-again/node_modules/scorm-again/dist/scorm12.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "suez-teda";
    private static final String STUDENT = "s2024-0042";

    @TempDir
    static Path tmp;
    static Path pack;
    static HttpServer server;
    static String base;
    static ChromeDriver driver;
    static ExerciseSet exercises;

    @BeforeAll
    static void start() throws Exception {
        boolean browser = Browsers.present();
        boolean runtime = Files.isRegularFile(RUNTIME);
        if (!browser || !runtime) {
            System.err.println("ScormBrowserTest SKIPPED: " + (browser ? "" : "chromium or chromedriver is missing; ")
                    + (runtime ? "" : "scorm-again is not installed (npm ci --prefix app/src/test/scorm-again)"));
        }
        Assumptions.assumeTrue(browser, "Chromium or chromedriver missing: the SCORM package was not played");
        Assumptions.assumeTrue(runtime, "scorm-again missing (npm ci --prefix app/src/test/scorm-again): the SCORM package was not played");
        pack = ShippedPackage.unpacked(Language.EN);
        exercises = ShippedPackage.exercises(Language.EN);
        // The JDK's HTTP server reads its request and response limits once per JVM, when it is first
        // used: the preview sets them in its class's initialiser, so that class is initialised before
        // this test's server, or the preview's tests in the same JVM would run without the limits.
        Class.forName("org.parkbench.app.serve.PreviewServer", true, ScormBrowserTest.class.getClassLoader());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ScormBrowserTest::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        driver = Browsers.chromium(tmp.resolve("profile"), tmp.resolve("downloads"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void freshBrowser() {
        driver.get(base + "/host.html");
        driver.executeScript("window.localStorage.clear()");
    }

    /** The test LMS (host.html), scorm-again's runtime, and the unpacked package, read-only. */
    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        if (path.equals("/host.html")) {
            try (InputStream in = ScormBrowserTest.class.getClassLoader().getResourceAsStream("parkbench/app/scorm/host.html")) {
                body = in.readAllBytes();
            }
        } else if (path.equals("/scorm-again/scorm12.js")) {
            body = Files.readAllBytes(RUNTIME);
        } else if (path.startsWith("/package/")) {
            Path file = pack.resolve(path.substring("/package/".length())).normalize();
            if (file.startsWith(pack) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
            }
        }
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType(path));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(String path) {
        Map<String, String> types = Map.of(".html", "text/html; charset=utf-8", ".js", "text/javascript; charset=utf-8",
                ".css", "text/css; charset=utf-8", ".svg", "image/svg+xml", ".json", "application/json", ".csv", "text/csv; charset=utf-8");
        return types.entrySet().stream().filter(t -> path.endsWith(t.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("application/octet-stream");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The LMS launches the case's SCO for the student, with what it kept from earlier sessions (or nothing). */
    private static void launch(String kept) {
        driver.switchTo().defaultContent();
        driver.executeScript("launch(arguments[0], arguments[1], arguments[2])", STUDENT, kept, "/package/scorm-launch.html?case=" + CASE);
        site();
        waiting().until(d -> String.valueOf(driver.executeScript("return location.pathname")).endsWith("/cases/" + CASE + ".html"));
    }

    /** Selenium's attention on the site's page, in the launch page's frame, in the LMS's frame. */
    private static void site() {
        driver.switchTo().defaultContent();
        waiting().until(d -> {
            d.switchTo().defaultContent().switchTo().frame("sco");
            return !d.findElements(By.id("parkbench-site")).isEmpty();
        });
        driver.switchTo().frame("parkbench-site");
    }

    private static Object lms(String script, Object... args) {
        driver.switchTo().defaultContent();
        Object result = driver.executeScript(script, args);
        site();
        return result;
    }

    private static JsonNode cmi() throws IOException {
        return JSON.readTree(String.valueOf(lms("return kept()")));
    }

    /** The student opens an exercise's page (as its link would) and gets the visible variant's box. */
    private static WebElement openExercise(Exercise e) {
        driver.executeScript("location.assign(new URL('../exercises/' + arguments[0] + '.html', location.href))", e.id());
        waiting().until(d -> String.valueOf(driver.executeScript("return location.pathname")).endsWith("/exercises/" + e.id() + ".html"));
        int variant = VariantChooser.choose(ShippedPackage.COURSE.id(), STUDENT, e.id(), e.variantCount());
        WebElement box = driver.findElement(By.cssSelector(".ex-variant[data-variant='" + variant + "']"));
        waiting().until(d -> box.isDisplayed());
        return box;
    }

    private static ExerciseVariant variantOf(Exercise e) {
        return exercises.variant(e.id(), VariantChooser.choose(ShippedPackage.COURSE.id(), STUDENT, e.id(), e.variantCount()));
    }

    /** A response the site and `grade` accept, or one they do not ('right' false), found with the Java checker. */
    private static JsonNode response(Exercise e, boolean right) {
        ExerciseVariant v = variantOf(e);
        List<String> ids = v.options().stream().map(ExerciseVariant.Option::id).toList();
        List<JsonNode> candidates = new ArrayList<>();
        if (e.type() == ExerciseType.SINGLE_CHOICE) {
            ids.forEach(id -> candidates.add(TextNode.valueOf(id)));
        } else if (e.type() == ExerciseType.MULTIPLE_CHOICE) {
            for (int mask = 1; mask < 1 << ids.size(); mask++) {
                ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < ids.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        chosen.add(ids.get(i));
                    }
                }
                candidates.add(chosen);
            }
        } else {
            candidates.add(TextNode.valueOf("0"));
        }
        return candidates.stream().filter(c -> AnswerCheck.isCorrect(v, c) == right).findFirst()
                .orElseThrow(() -> new AssertionError("no " + (right ? "right" : "wrong") + " response found for " + e.id()));
    }

    private static void answer(Exercise e, JsonNode response) {
        WebElement box = openExercise(e);
        if (response.isArray()) {
            response.forEach(c -> box.findElement(By.cssSelector("input[value='" + c.asText() + "']")).click());
        } else if (e.type() == ExerciseType.SINGLE_CHOICE) {
            box.findElement(By.cssSelector("input[value='" + response.asText() + "']")).click();
        } else {
            box.findElement(By.cssSelector("input[name=answer]")).sendKeys(response.asText());
        }
        box.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> !box.findElements(By.cssSelector(".ex-feedback .ex-right, .ex-feedback .ex-wrong")).isEmpty());
    }

    private static Exercise first(ExerciseType type) {
        return exercises.exercises(CASE).stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void answersReachTheLmsAsInteractionsScoreAndStatusAndComeBackOnTheNextLaunch() throws IOException {
        Exercise single = first(ExerciseType.SINGLE_CHOICE);
        Exercise numeric = first(ExerciseType.NUMERIC);
        Exercise multiple = first(ExerciseType.MULTIPLE_CHOICE);
        record Answer(Exercise exercise, JsonNode response, boolean right) {
        }
        List<Answer> answers = List.of(new Answer(single, response(single, true), true), new Answer(numeric, response(numeric, false), false),
                new Answer(multiple, response(multiple, true), true));

        launch(null);
        assertThat(cmi().path("core").path("lesson_status").asText()).as("launched, nothing answered").isEqualTo("incomplete");
        for (Answer a : answers) {
            long before = ((Number) lms("return commits")).longValue();
            answer(a.exercise(), a.response());
            waiting().until(d -> ((Number) lms("return commits")).longValue() > before);
        }

        JsonNode cmi = cmi();
        JsonNode interactions = cmi.path("interactions");
        List<String> ids = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode n = interactions.path(String.valueOf(i));
            ids.add(n.path("id").asText());
            types.add(n.path("type").asText());
            results.add(n.path("result").asText());
        }
        assertThat(ids).as(interactions.toString()).containsExactly(single.id(), numeric.id(), multiple.id());
        assertThat(types).containsExactly("choice", "numeric", "choice");
        assertThat(results).containsExactly("correct", "wrong", "correct");
        assertThat(interactions.path("1").path("student_response").asText()).isEqualTo(answers.get(1).response().asText());

        int max = exercises.exercises(CASE).stream().filter(e -> e.type() != ExerciseType.SHORT_ANSWER).mapToInt(Exercise::points).sum();
        int earned = answers.stream().filter(Answer::right).mapToInt(a -> a.exercise().points()).sum();
        BigDecimal percent = BigDecimal.valueOf(100L * earned).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
        JsonNode score = cmi.path("core").path("score");
        assertThat(new BigDecimal(score.path("raw").asText())).as("percent of the case's auto-graded points").isEqualByComparingTo(percent);
        assertThat(score.path("min").asText()).isEqualTo("0");
        assertThat(score.path("max").asText()).isEqualTo("100");
        assertThat(cmi.path("core").path("lesson_status").asText()).as("some exercises unanswered").isEqualTo("incomplete");
        assertThat(cmi.path("suspend_data").asText()).hasSizeLessThanOrEqualTo(4096).startsWith("1[");

        // the student leaves: the launch page finishes the session; the LMS keeps the run-time data
        driver.switchTo().defaultContent();
        driver.executeScript("document.getElementById('sco').src = 'about:blank'");
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript("return API.isTerminated()")));
        String kept = String.valueOf(driver.executeScript("return kept()"));
        assertThat(JSON.readTree(kept).path("core").path("exit").asText()).isEqualTo("suspend");

        // another day, another browser: nothing in this one's storage, only what the LMS kept
        driver.get(base + "/host.html");
        driver.executeScript("window.localStorage.clear()");
        launch(kept);
        WebElement box = openExercise(single);
        assertThat(box.findElement(By.cssSelector("input[value='" + answers.get(0).response().asText() + "']")).isSelected())
                .as("the chosen answer is back").isTrue();
        waiting().until(d -> box.findElement(By.cssSelector(".ex-feedback")).getText().contains("Your last answer is correct"));
        WebElement numericBox = openExercise(numeric);
        assertThat(numericBox.findElement(By.cssSelector("input[name=answer]")).getAttribute("value")).isEqualTo(answers.get(1).response().asText());
        waiting().until(d -> !numericBox.findElements(By.cssSelector(".ex-feedback .ex-wrong")).isEmpty());

        JsonNode again = cmi();
        assertThat(again.path("interactions").path(String.valueOf(answers.size())).isMissingNode())
                .as("reopening answered exercises records no new interaction").isTrue();
        assertThat(new BigDecimal(again.path("core").path("score").path("raw").asText())).isEqualByComparingTo(percent);
    }

    /** Words a short answer might run to at most: the exercises ask for about 120 to 150. */
    private static final int LONGEST_SHORT_ANSWER_WORDS = 250;
    /** Characters of the longest number a student might type. */
    private static final int LONGEST_NUMBER = 32;

    /**
     * Every exercise of a case worked to the end: its last variant, the longest response (every
     * choice, every item, a 32-character number, a short answer of 250 words made of its model
     * answer), every hint, the solution opened, 99 attempts, the last after the solution.
     */
    private static ObjectNode worstCase(List<Exercise> list) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("version", 1);
        data.put("student", STUDENT);
        ObjectNode entries = data.putObject("exercises");
        data.putObject("others");
        for (Exercise e : list) {
            ExerciseVariant v = exercises.variant(e.id(), e.variantCount() - 1);
            List<String> ids = v.options().stream().map(ExerciseVariant.Option::id).toList();
            JsonNode response = switch (e.type()) {
                case SINGLE_CHOICE -> TextNode.valueOf(ids.get(ids.size() - 1));
                case MULTIPLE_CHOICE, ORDER -> {
                    ArrayNode all = JsonNodeFactory.instance.arrayNode();
                    for (int i = ids.size() - 1; i >= 0; i--) {
                        all.add(ids.get(i));
                    }
                    yield all;
                }
                case CLASSIFY -> {
                    ObjectNode sorted = JsonNodeFactory.instance.objectNode();
                    ids.forEach(id -> sorted.put(id, v.categories().get(v.categories().size() - 1)));
                    yield sorted;
                }
                case NUMERIC -> TextNode.valueOf("9".repeat(LONGEST_NUMBER / 2) + "." + "9".repeat(LONGEST_NUMBER / 2 - 1));
                case SHORT_ANSWER -> TextNode.valueOf(longText(((Exercise.ShortAnswer) e).modelAnswer()));
            };
            ObjectNode x = entries.putObject(e.id());
            x.put("variant", v.index());
            x.put("student", STUDENT);
            x.set("response", response);
            x.put("attempts", 99);
            x.put("seconds", 99_999);
            x.put("hints", v.hints().size());
            x.put("solution", true);
            x.put("unlocked", true);
            ArrayNode events = x.putArray("events");
            ObjectNode before = events.addObject().put("type", "attempt");
            before.set("response", response);
            events.addObject().put("type", "solution");
            ObjectNode late = events.addObject().put("type", "attempt");
            late.set("response", response);
            if (e.type() != ExerciseType.SHORT_ANSWER) {
                x.put("correct", false);
                before.put("correct", true);
                late.put("correct", false);
            }
        }
        return data;
    }

    private static String longText(String seed) {
        List<String> words = new ArrayList<>();
        while (words.size() < LONGEST_SHORT_ANSWER_WORDS) {
            words.addAll(List.of(seed.trim().split("\\s+")));
        }
        return String.join(" ", words.subList(0, LONGEST_SHORT_ANSWER_WORDS));
    }

    /** The worst case encoded by the package's script: its length, each exercise's response as restored, whether cut, and the browser's store. */
    private static JsonNode encoded(List<String> caseIds, ObjectNode data) throws IOException {
        Object result = driver.executeScript("var course = window.ParkbenchScormCourse; var ids = arguments[0];"
                + "var list = [].concat.apply([], course.cases.filter(function (c) { return ids.indexOf(c.id) >= 0; })"
                + "  .map(function (c) { return c.exercises; }));"
                + "var codec = ParkbenchScormData.codec(list); var data = JSON.parse(arguments[1]);"
                + "var text = codec.encode(data); var back = codec.decode(text, data.student);"
                + "var stored = ParkbenchProgress.write(course.course, data);"
                + "return JSON.stringify({ length: text.length, stored: stored, read: ParkbenchProgress.read(course.course),"
                + "  restored: list.map(function (x) { var e = back[x.id]; return { id: x.id, manual: x.manual, response: e ? e.response : null,"
                + "    cut: Boolean(e && e.shortened), attempts: e ? e.attempts : 0 }; }) });", caseIds, data.toString());
        return JSON.readTree(String.valueOf(result));
    }

    @Test
    void everyCaseWorkedToTheEndWithItsLongestResponsesFitsInSuspendDataAndInTheBrowsersStore() throws IOException {
        driver.get(base + "/package/scorm-launch.html?case=" + CASE); // no LMS: the launch page's scripts and catalogue, nothing reported
        List<String> caseIds = ShippedPackage.CASEBOOK.cases().stream().map(org.parkbench.core.model.CaseStudy::id).toList();
        for (String caseId : caseIds) {
            ObjectNode worst = worstCase(exercises.exercises(caseId));
            JsonNode result = encoded(List.of(caseId), worst);
            System.err.println("SCORM suspend_data, worst case of " + caseId + ": " + result.path("length").asInt() + " of 4096 characters");
            assertThat(result.path("length").asInt()).as(caseId).isBetween(1, 4096);
            assertThat(result.path("restored")).as("every exercise of " + caseId).hasSize(exercises.exercises(caseId).size());
            for (JsonNode r : result.path("restored")) {
                assertThat(r.path("cut").asBoolean()).as(caseId + ": " + r.path("id").asText() + " kept whole").isFalse();
                assertThat(r.path("response")).as(r.path("id").asText()).isEqualTo(worst.path("exercises").path(r.path("id").asText()).path("response"));
                assertThat(r.path("attempts").asInt()).isEqualTo(99);
            }
            assertThat(result.path("stored").asBoolean()).as("the browser's store takes it").isTrue();
            assertThat(result.path("read")).isEqualTo(worst);
        }
        // the whole course in one record: every auto-graded exercise whole; short answers cut to what is left (this browser keeps them whole)
        ObjectNode all = worstCase(exercises.exercises());
        JsonNode whole = encoded(caseIds, all);
        System.err.println("SCORM suspend_data, worst case of the whole course: " + whole.path("length").asInt() + " of 4096 characters");
        assertThat(whole.path("length").asInt()).isBetween(1, 4096);
        assertThat(whole.path("restored")).hasSize(exercises.exercises().size());
        for (JsonNode r : whole.path("restored")) {
            if (!r.path("manual").asBoolean()) {
                assertThat(r.path("cut").asBoolean()).isFalse();
                assertThat(r.path("response")).as(r.path("id").asText()).isEqualTo(all.path("exercises").path(r.path("id").asText()).path("response"));
            }
        }
        assertThat(whole.path("read")).isEqualTo(all);
    }

    @Test
    void aLaunchWithEveryAutoGradedExerciseAnsweredCompletesTheLessonWithTheSitesPoints() throws IOException {
        // what the LMS kept from a session in which every exercise was worked to the end (the script's own encoding)
        driver.get(base + "/package/scorm-launch.html?case=" + CASE);
        ObjectNode worst = worstCase(exercises.exercises(CASE));
        String suspend = String.valueOf(driver.executeScript("var id = arguments[0]; var c = window.ParkbenchScormCourse.cases.filter(function (x) { return x.id === id; })[0];"
                + "return ParkbenchScormData.codec(c.exercises).encode(JSON.parse(arguments[1]));", CASE, worst.toString()));
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        kept.put("suspend_data", suspend);
        kept.putObject("core").put("lesson_status", "incomplete");

        driver.get(base + "/host.html");
        driver.executeScript("window.localStorage.clear()");
        launch(kept.toString());
        waiting().until(d -> ((Number) lms("return commits")).longValue() > 0);
        JsonNode cmi = cmi();
        assertThat(cmi.path("core").path("lesson_status").asText()).isEqualTo("completed");
        // the site scores the last attempt before the solution was opened: right in this record, for every exercise
        assertThat(new BigDecimal(cmi.path("core").path("score").path("raw").asText())).isEqualByComparingTo("100");
        assertThat(cmi.path("interactions").size()).as("a restored record is no new answer").isZero();
    }

    @Test
    void aShortAnswerTooLongForTheLmsIsCutThereAndComesBackWholeInTheBrowserThatKeptIt() throws IOException {
        Exercise essay = first(ExerciseType.SHORT_ANSWER);
        ObjectNode worst = worstCase(exercises.exercises(CASE));
        String whole = longText(((Exercise.ShortAnswer) essay).modelAnswer()).repeat(4); // a thousand words: more than the record holds
        ObjectNode entry = (ObjectNode) worst.path("exercises").path(essay.id());
        entry.put("response", whole);
        driver.get(base + "/package/scorm-launch.html?case=" + CASE);
        String suspend = String.valueOf(driver.executeScript("var id = arguments[0];"
                + "var c = window.ParkbenchScormCourse.cases.filter(function (x) { return x.id === id; })[0];"
                + "ParkbenchProgress.write(window.ParkbenchScormCourse.course, JSON.parse(arguments[1]));"
                + "return ParkbenchScormData.codec(c.exercises).encode(JSON.parse(arguments[1]));", CASE, worst.toString()));
        assertThat(suspend.length()).isLessThanOrEqualTo(4096);
        assertThat(suspend).doesNotContain(whole);
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        kept.put("suspend_data", suspend);

        driver.get(base + "/host.html"); // this browser still holds the whole text
        launch(kept.toString());
        assertThat(storedResponse(essay)).isEqualTo(whole);

        driver.get(base + "/host.html");
        driver.executeScript("window.localStorage.clear()"); // another browser: what the LMS has
        launch(kept.toString());
        String cut = storedResponse(essay);
        assertThat(whole).startsWith(cut);
        assertThat(cut.length()).isGreaterThan(1000).isLessThan(whole.length());
    }

    private static String storedResponse(Exercise e) throws IOException {
        JsonNode stored = JSON.readTree(String.valueOf(driver.executeScript(
                "return localStorage.getItem('parkbench-progress:' + arguments[0])", ShippedPackage.COURSE.id())));
        return stored.path("exercises").path(e.id()).path("response").asText();
    }

    @Test
    void withoutAnLmsTheLaunchPageShowsThePlainSite() {
        driver.get(base + "/package/scorm-launch.html?case=" + CASE);
        driver.switchTo().frame("parkbench-site");
        waiting().until(d -> String.valueOf(driver.executeScript("return location.pathname")).endsWith("/cases/" + CASE + ".html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        driver.switchTo().defaultContent();
    }
}
