package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
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
 * The shipped course on a phone: Chromium emulating a 360×640 screen (and a 390×844 one for a
 * sample) over every page of the built site, in English and Chinese, student and instructor
 * profile. No page scrolls sideways (a wide table scrolls in its own labelled, focusable box that
 * shows it has more), the header takes less than a fifth of the screen, no number of a fact box is
 * cut at the box's edge, every figure's chart text is at least 11 px (or its full view opens) and
 * keeps its data, and an exercise of every type is answered with the controls on screen. Every
 * page is measured once, with every {@code <details>} open, and the tests read those measurements.
 * Skipped, saying why, where Chromium is absent.
 */
class PhoneBrowserTest {
    static final String STUDENT = "s2468024";
    /** The smallest chart text a phone may show, in CSS pixels (issue 15). */
    static final double MIN_CHART_TEXT_PX = 11;
    /** A fifth of a 640 px screen. */
    static final double MAX_HEADER_PX = 128;

    @TempDir
    static Path tmp;
    static Path student;
    static Path instructor;
    static Course course;
    static ExerciseSet exercises;
    static ChromeDriver driver;
    /** Each page's measurements at 360×640, by its path from the temporary folder (student/en/…, instructor/zh/…). */
    static final Map<String, Map<String, Object>> measured = new LinkedHashMap<>();

    /** What the tests read of a page, with every details element open (their tables count too). */
    static final String MEASURE = """
            document.querySelectorAll('details').forEach(function (d) { d.open = true; });
            var de = document.documentElement, cw = de.clientWidth;
            var header = document.querySelector('.site-header');
            var out = { scrollWidth: de.scrollWidth, clientWidth: cw,
                        header: header ? header.getBoundingClientRect().height : -1, tables: [], facts: [], figures: [] };
            document.querySelectorAll('table').forEach(function (t, i) {
              var w = t.closest('.table-wrap'), cs = w ? getComputedStyle(w) : null;
              out.tables.push({ name: t.caption ? t.caption.textContent.trim().slice(0, 70) : 'table ' + (i + 1), wrapped: !!w,
                tabindex: w ? w.getAttribute('tabindex') : null, role: w ? w.getAttribute('role') : null,
                label: w ? (w.getAttribute('aria-label') || '') : '',
                overflows: w ? w.scrollWidth > w.clientWidth + 1 : t.getBoundingClientRect().right > cw + 0.5,
                overflowX: cs ? cs.overflowX : '', background: cs ? cs.backgroundImage : '' });
            });
            document.querySelectorAll('table.facts td.num').forEach(function (td) {
              var w = td.closest('.table-wrap').getBoundingClientRect(), r = td.getBoundingClientRect();
              out.facts.push({ text: td.textContent.trim(), cut: r.left < w.left - 0.5 || r.right > w.right + 0.5
                || td.scrollWidth > td.clientWidth + 1 });
            });
            document.querySelectorAll('.figure').forEach(function (f) {
              var img = f.querySelector('img'), a = img ? img.closest('a[href]') : null;
              out.figures.push({ id: f.id, src: img ? img.src : '', width: img ? img.getBoundingClientRect().width : 0,
                link: a ? a.href : '', data: !!f.querySelector('.figure-data table, .figure-data-link a[href$=".csv"]') });
            });
            return JSON.stringify(out);
            """;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
        if (!present) {
            System.err.println("PhoneBrowserTest SKIPPED: " + BrowserTest.CHROMIUM + " or " + BrowserTest.CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver to run the browser tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver missing (install chromium and chromium-driver): browser tests skipped");
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        exercises = ExerciseLoader.load(casebook).value();
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        new SiteBuilder().build(new BuildRequest(course, casebook, student, Profile.STUDENT, true));
        new SiteBuilder().build(new BuildRequest(course, casebook, instructor, Profile.INSTRUCTOR, true));
        driver = Browsers.chromium(tmp.resolve("profile"), Files.createDirectories(tmp.resolve("downloads")));
        phone(360, 640);
        for (Path site : List.of(student, instructor)) {
            for (Path page : pages(site)) {
                driver.get(page.toUri().toString());
                measured.put(tmp.relativize(page).toString().replace('\\', '/'), measure());
            }
        }
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The browser as a phone of {@code width}×{@code height} CSS pixels (a touch screen, the page's viewport meta applies). */
    private static void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    private static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure() throws Exception {
        return BrowserTest.JSON.readValue((String) driver.executeScript(MEASURE), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> page, String key) {
        return (List<Map<String, Object>>) page.get(key);
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void everyPageOfBothLanguagesAndProfilesWasMeasured() {
        long languages = measured.keySet().stream().filter(p -> p.matches("(student|instructor)/(en|zh)/index\\.html")).count();
        assertThat(languages).as("the home page of en and zh, student and instructor").isEqualTo(4);
        assertThat(measured.keySet()).anyMatch(p -> p.startsWith("instructor/en/" + "instructor"));
        assertThat(measured.size()).as("pages measured").isGreaterThan(300);
    }

    @Test
    void noPageScrollsSidewaysOnA360PxPhone() {
        List<String> wide = new ArrayList<>();
        measured.forEach((page, m) -> {
            if (number(m, "scrollWidth") > number(m, "clientWidth")) {
                wide.add(page + ": " + m.get("scrollWidth") + " px wide in a " + m.get("clientWidth") + " px screen");
            }
        });
        assertThat(wide).isEmpty();
    }

    @Test
    void theHeaderTakesLessThanAFifthOfA640PxScreen() {
        List<String> tall = new ArrayList<>();
        measured.forEach((page, m) -> {
            if (number(m, "header") >= MAX_HEADER_PX) {
                tall.add(page + ": header " + m.get("header") + " px");
            }
        });
        assertThat(measured.values().stream().filter(m -> number(m, "header") > 0).count()).as("pages with the site header").isGreaterThan(300);
        assertThat(tall).isEmpty();
    }

    /**
     * A table wider than the phone scrolls inside its own box: a region named by a label, that the
     * keyboard can focus (tabindex 0) and so scroll, with the shades at its edges that show there
     * is more.
     */
    @Test
    void aWideTableScrollsInsideALabelledFocusableBoxThatShowsItHasMore() {
        List<String> problems = new ArrayList<>();
        int wide = 0;
        for (Map.Entry<String, Map<String, Object>> e : measured.entrySet()) {
            for (Map<String, Object> t : list(e.getValue(), "tables")) {
                String where = e.getKey() + ": " + t.get("name");
                if (!Boolean.TRUE.equals(t.get("wrapped"))) {
                    problems.add(where + " is in no scrolling box");
                    continue;
                }
                if (!"0".equals(t.get("tabindex")) || !"region".equals(t.get("role")) || ((String) t.get("label")).isBlank()) {
                    problems.add(where + ": its box is not a labelled region with tabindex 0 (" + t + ")");
                }
                if (Boolean.TRUE.equals(t.get("overflows"))) {
                    wide++;
                    if (!Set.of("auto", "scroll").contains(t.get("overflowX"))) {
                        problems.add(where + " is wider than its box, which does not scroll (overflow-x " + t.get("overflowX") + ")");
                    }
                    if (!String.valueOf(t.get("background")).contains("radial-gradient")) {
                        problems.add(where + " is wider than its box, which shows no shade at its edge");
                    }
                }
            }
        }
        assertThat(wide).as("tables wider than a 360 px phone (the fact boxes, the figures' data)").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** Today's bug: at 360 px the Sihanoukville fact box showed 5, 8, 10, 13 for 54, 81, 109 and 130. */
    @Test
    void noNumberOfAFactBoxIsCutAtTheEdgeOfItsBox() {
        List<String> cut = new ArrayList<>();
        measured.forEach((page, m) -> list(m, "facts").forEach(f -> {
            if (Boolean.TRUE.equals(f.get("cut"))) {
                cut.add(page + ": " + f.get("text"));
            }
        }));
        List<String> sihanoukville = list(measured.get("student/en/" + SitePaths.caseStudy("sihanoukville")), "facts").stream()
                .map(f -> (String) f.get("text")).toList();
        assertThat(sihanoukville).contains("54", "81", "109", "130");
        assertThat(cut).isEmpty();
    }

    @Test
    void aWideTableScrollsWithTheKeyboard() {
        phone(360, 640);
        driver.get(student.resolve("en").resolve(SitePaths.caseStudy("sihanoukville")).toUri().toString());
        WebElement box = driver.findElement(By.cssSelector("#facts .table-wrap"));
        assertThat((Boolean) js("return arguments[0].scrollWidth > arguments[0].clientWidth", box)).isTrue();
        js("arguments[0].scrollIntoView()", box);
        js("arguments[0].focus()", box);
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        box.sendKeys(Keys.END);
        box.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) js("return arguments[0].scrollLeft", box)).doubleValue() > 0);
    }

    /**
     * Every figure's chart text shows at 11 px at least (the smallest font-size of the SVG times
     * the width it is shown at over its viewBox width), or the figure links its full view; and
     * every figure keeps its data, as a table or a CSV.
     */
    @Test
    void everyFigureShowsItsTextAtElevenPixelsOrLinksItsFullViewAndKeepsItsData() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, double[]> svgs = new HashMap<>();
        int figures = 0;
        for (Map.Entry<String, Map<String, Object>> e : measured.entrySet()) {
            for (Map<String, Object> f : list(e.getValue(), "figures")) {
                figures++;
                String where = e.getKey() + ": " + f.get("id");
                String src = (String) f.get("src");
                if (!Boolean.TRUE.equals(f.get("data"))) {
                    problems.add(where + " has no data table or CSV");
                }
                boolean linked = src.equals(f.get("link"));
                double[] fontAndWidth = src.endsWith(".svg") ? svgs.computeIfAbsent(src, PhoneBrowserTest::smallestFontAndViewBoxWidth) : null;
                if (fontAndWidth == null) {
                    if (!linked) {
                        problems.add(where + " is a bitmap with no link to its full view");
                    }
                    continue;
                }
                double shown = fontAndWidth[0] * number(f, "width") / fontAndWidth[1];
                if (shown < MIN_CHART_TEXT_PX && !linked) {
                    problems.add(where + ": text shows at %.1f px and no link opens the figure full size".formatted(shown));
                } else if (shown < MIN_CHART_TEXT_PX && fontAndWidth[0] < MIN_CHART_TEXT_PX) {
                    problems.add(where + ": its full view has text of %.1f px".formatted(fontAndWidth[0]));
                }
            }
        }
        assertThat(figures).as("figures on the pages").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static final Pattern FONT_SIZE = Pattern.compile("font-size(?::\\s*|=['\"])([0-9.]+)(?:px)?");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=['\"][-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)");

    /** The smallest font-size an SVG file sets and the width of its viewBox. */
    private static double[] smallestFontAndViewBoxWidth(String uri) {
        try {
            String svg = Files.readString(Path.of(URI.create(uri)));
            Matcher sizes = FONT_SIZE.matcher(svg);
            OptionalDouble smallest = sizes.results().mapToDouble(r -> Double.parseDouble(r.group(1))).min();
            Matcher box = VIEW_BOX.matcher(svg);
            assertThat(smallest).as(uri + " sets font sizes").isPresent();
            assertThat(box.find()).as(uri + " has a viewBox").isTrue();
            return new double[] {smallest.getAsDouble(), Double.parseDouble(box.group(1))};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tappingAFigureOnAPhoneOpensItFullSize() {
        phone(360, 640);
        driver.get(student.resolve("zh").resolve(SitePaths.caseStudy("suzhou")).toUri().toString());
        WebElement label = driver.findElement(By.cssSelector(".figure .figure-full-label"));
        js("arguments[0].scrollIntoView({block: 'center'})", label);
        String image = driver.findElement(By.cssSelector(".figure img")).getAttribute("src");
        label.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(image));
        assertThat(js("return document.documentElement.localName")).isEqualTo("svg");
        double width = ((Number) js("return document.documentElement.getBoundingClientRect().width")).doubleValue();
        double viewBox = ((Number) js("return document.documentElement.viewBox.baseVal.width")).doubleValue();
        assertThat(width).as("the full view is drawn at its own size").isEqualTo(viewBox);
    }

    /** A sample of pages at 390×844: no sideways scroll, a header under a fifth of 640 px. */
    @Test
    void aSampleOfPagesFitsA390PxPhone() throws Exception {
        phone(390, 844);
        List<String> sample = new ArrayList<>(List.of("index.html", "models.html", "parks.html", "compare.html", "exercises.html",
                "glossary.html", "references.html", "data.html", "search.html"));
        for (String id : List.of("suzhou", "suez-teda", "sihanoukville", "overview")) {
            sample.add(SitePaths.caseStudy(id));
        }
        EnumSet<ExerciseType> seen = EnumSet.noneOf(ExerciseType.class);
        for (Exercise e : exercises.exercises()) {
            if (seen.add(e.type())) {
                sample.add(SitePaths.exercise(e.id()));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path site : List.of(student, instructor)) {
            for (String language : List.of("en", "zh")) {
                for (String page : sample) {
                    driver.get(site.resolve(language).resolve(page).toUri().toString());
                    Map<String, Object> m = measure();
                    if (number(m, "scrollWidth") > number(m, "clientWidth") || number(m, "header") >= MAX_HEADER_PX) {
                        problems.add(tmp.relativize(site) + "/" + language + "/" + page + ": " + m.get("scrollWidth") + " px wide, header "
                                + m.get("header") + " px");
                    }
                }
            }
        }
        phone(360, 640);
        assertThat(problems).isEmpty();
    }

    /**
     * One exercise of every type answered at 360×640 with the student's own variant: each control
     * lies within the screen's width and takes a real tap (Selenium clicks only what is on screen
     * and not covered), and the check answers.
     */
    @Test
    void anExerciseOfEveryTypeIsAnsweredOnA360PxPhone() {
        phone(360, 640);
        driver.get(student.resolve("en").resolve(SitePaths.EXERCISES).toUri().toString());
        driver.executeScript("window.localStorage.clear()");
        driver.navigate().refresh();
        WebElement id = driver.findElement(By.id("student-id"));
        onScreen(id, "the student id field");
        id.sendKeys(STUDENT);
        tap(driver.findElement(By.cssSelector("#student-form button[type=submit]")), "the id form's button");
        waiting().until(d -> d.findElement(By.id("student-status")).getText().contains(STUDENT));

        EnumSet<ExerciseType> answered = EnumSet.noneOf(ExerciseType.class);
        for (Exercise exercise : exercises.exercises()) {
            if (!answered.add(exercise.type())) {
                continue;
            }
            int index = VariantChooser.choose(course.id(), STUDENT, exercise.id(), exercise.variantCount());
            ExerciseVariant variant = exercises.variant(exercise.id(), index);
            driver.get(student.resolve("en").resolve(SitePaths.exercise(exercise.id())).toUri().toString());
            WebElement box = driver.findElements(By.cssSelector(".ex-variant")).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
            assertThat(box.getAttribute("data-variant")).isEqualTo(String.valueOf(index));
            String what = exercise.type() + " " + exercise.id();
            Key key = variant.key();
            if (key instanceof Key.Number n) {
                WebElement input = box.findElement(By.cssSelector("input[name=answer]"));
                tap(input, what + ": the answer field");
                input.sendKeys(n.rounded());
            } else if (key instanceof Key.Choices c) {
                for (String choice : c.correct()) {
                    tap(box.findElement(By.cssSelector("input[value='" + choice + "']")), what + ": choice " + choice);
                }
            } else if (key instanceof Key.Classification k) {
                for (WebElement select : box.findElements(By.cssSelector(".ex-classify select"))) {
                    onScreen(select, what + ": the dropdown of " + select.getAttribute("data-item"));
                    new Select(select).selectByValue(k.models().get(select.getAttribute("data-item")).word());
                }
            } else if (key instanceof Key.Sequence s) {
                putInOrder(box, s.order(), what);
            } else {
                WebElement text = box.findElement(By.cssSelector("textarea"));
                tap(text, what + ": the answer box");
                text.sendKeys("The two sources report the area for different dates and different parts of the park, so the "
                        + "figures measure different things; I would keep both, name the date and the scope of each, and say "
                        + "which one the derived figure uses and how the result moves with the other.");
            }
            tap(box.findElement(By.cssSelector(".ex-actions button[type=submit]")), what + ": the check button");
            if (exercise.type().selfChecking()) {
                waiting().until(d -> box.findElement(By.cssSelector(".ex-feedback")).getText().startsWith("Correct."));
            } else {
                waiting().until(d -> !box.findElement(By.cssSelector(".ex-feedback")).getText().isBlank());
            }
        }
        assertThat(answered).containsExactlyInAnyOrder(ExerciseType.values());
    }

    /** Moves each item up with its ↑ button until the order is the key's, tapping each button on screen. */
    private static void putInOrder(WebElement box, List<String> key, String what) {
        for (int target = 0; target < key.size(); target++) {
            while (true) {
                List<String> now = box.findElements(By.cssSelector(".ex-order li")).stream().map(li -> li.getAttribute("data-item")).toList();
                int at = now.indexOf(key.get(target));
                if (at == target) {
                    break;
                }
                tap(box.findElements(By.cssSelector(".ex-order li")).get(at).findElement(By.cssSelector("[data-move='-1']")),
                        what + ": the up button of " + key.get(target));
            }
        }
    }

    /** Brings a control on screen, checks that it lies within the screen's width, and taps it. */
    private static void tap(WebElement control, String what) {
        onScreen(control, what);
        control.click();
    }

    private static void onScreen(WebElement control, String what) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", control);
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js("""
                var r = arguments[0].getBoundingClientRect();
                return { left: r.left, right: r.right, width: r.width, screen: document.documentElement.clientWidth, x: window.scrollX };
                """, control);
        assertThat(number(r, "width")).as(what + " has a size").isPositive();
        assertThat(number(r, "x")).as(what + ": the page did not scroll sideways to show it").isZero();
        assertThat(number(r, "left")).as(what + ": left edge").isGreaterThanOrEqualTo(0);
        assertThat(number(r, "right")).as(what + ": right edge within the " + r.get("screen") + " px screen").isLessThanOrEqualTo(number(r, "screen"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
