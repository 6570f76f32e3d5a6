package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The built shipped course in a real browser (Debian's chromium and chromium-driver), opened from
 * {@code file://} as a student would from a USB stick: navigation, search, dark mode, no request
 * leaving the site, and an axe-core scan. Skipped, with a message saying why, where Chromium is absent.
 */
class BrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static Path site;
    static Casebook casebook;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("BrowserTest SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver to run the browser tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver missing (install chromium and chromium-driver): browser tests skipped");
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.STUDENT, true));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void clearLogs() {
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    private static void open(String page) {
        String[] parts = page.split("\\?", 2);
        driver.get(site.resolve(parts[0]).toUri() + (parts.length > 1 ? "?" + parts[1] : ""));
    }

    private static String currentPage() {
        return site.toUri().relativize(java.net.URI.create(driver.getCurrentUrl().replaceAll("[?#].*$", ""))).toString();
    }

    @Test
    void aStudentGoesFromHomeToAModelToACase() {
        open("index.html");
        driver.findElement(By.cssSelector("nav.site-nav a[href='models.html']")).click();
        assertThat(currentPage()).isEqualTo("models.html");
        driver.findElement(By.cssSelector("table.compare-models thead a[href='models/company-led.html']")).click();
        assertThat(currentPage()).isEqualTo("models/company-led.html");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Park-development-company-led");
        WebElement firstCase = driver.findElement(By.cssSelector("#cases .case-card h3 a"));
        String title = firstCase.getText();
        firstCase.click();
        assertThat(currentPage()).startsWith("cases/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void searchFindsACaseByTheNameOfItsPark() {
        CaseStudy target = casebook.cases().stream().filter(c -> !c.parks().isEmpty()).reduce((a, b) -> b).orElseThrow();
        Park park = target.parks().get(0);
        String word = java.util.Arrays.stream(park.nameEn().split("[^\\p{L}]+"))
                .filter(w -> w.length() > 5).reduce((a, b) -> a.length() >= b.length() ? a : b).orElseThrow();
        open("index.html");
        WebElement box = driver.findElement(By.id("quick-q"));
        box.sendKeys(word, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        assertThat(currentPage()).isEqualTo("search.html");
        List<String> hrefs = driver.findElements(By.cssSelector("#search-results li a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(hrefs).as("results for '" + word + "'").anyMatch(h -> h.endsWith("cases/" + target.id() + ".html"));
    }

    private static List<String> searchResults(String query) {
        open("search.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results li h2 a")).stream().map(a -> a.getAttribute("href"))
                .map(h -> site.toUri().relativize(java.net.URI.create(h)).toString()).toList();
    }

    @Test
    void searchForgivesAMisspellingAndReadsPinyinUnitsAndChinese() {
        assertThat(searchResults("Sihanukville")).as("Sihanukville").contains("cases/sihanoukville.html");
        assertThat(searchResults("Suez")).as("Suez").contains("cases/suez-teda.html");
        assertThat(searchResults("zouchuqu")).as("zouchuqu").anyMatch(h -> h.startsWith("glossary.html"));
        assertThat(searchResults("yidaiyilu")).as("yidaiyilu").anyMatch(h -> h.startsWith("glossary.html"));
        assertThat(searchResults("yidai yilu")).as("yidai yilu").anyMatch(h -> h.startsWith("glossary.html"));

        List<String> km2 = searchResults("km2");
        assertThat(km2).as("km2").isNotEmpty();
        open(km2.get(0).replaceFirst("#.*", ""));
        assertThat(driver.findElement(By.tagName("main")).getText()).as(km2.get(0)).contains("km²");

        // the Suez park's page shows its Chinese name, 中埃·泰达苏伊士经贸合作区, on the English site
        Park suez = casebook.caseStudy("suez-teda").orElseThrow().parks().get(0);
        open(SitePaths.park(suez.id()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("泰达");
        assertThat(searchResults("泰达")).as("泰达").contains(SitePaths.park(suez.id()));
        assertThat(searchResults("苏伊士")).as("苏伊士").contains(SitePaths.park(suez.id()));
        // one language on this site: no result says which it is in
        assertThat(driver.findElements(By.cssSelector("#search-results .result-language"))).isEmpty();
    }

    @Test
    void darkModeTogglesAndIsRemembered() {
        open("index.html");
        String before = driver.executeScript("return getComputedStyle(document.body).backgroundColor").toString();
        WebElement toggle = driver.findElement(By.id("theme-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        String after = driver.executeScript("return getComputedStyle(document.body).backgroundColor").toString();
        assertThat(after).isNotEqualTo(before);
        open("glossary.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        driver.findElement(By.id("theme-toggle")).click();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("light");
    }

    @Test
    void theFirstTabReachesAVisibleSkipLinkToTheContent() {
        open("index.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        assertThat(driver.executeScript("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void theCatalogueFiltersActOnTheParksAndTheZonesAndSayWhenNoneMatch() {
        // Hungary has confirmed zones but no park of a case: the data says how many of each to expect
        long hungarianParks = casebook.cases().stream().flatMap(c -> c.parks().stream()).filter(p -> p.country().equals("HU")).count();
        long hungarianZones = casebook.cases().stream().flatMap(c -> c.zones().stream()).filter(z -> z.country().equals("HU")).count();
        assertThat(hungarianParks).isZero();
        assertThat(hungarianZones).isPositive();
        open("parks.html");
        WebElement noPark = driver.findElement(By.cssSelector("[data-no-match-for='park-table']"));
        WebElement noZone = driver.findElement(By.cssSelector("[data-no-match-for='zone-table']"));
        assertThat(noPark.isDisplayed()).isFalse();
        assertThat(noZone.isDisplayed()).isFalse();

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-country"))).selectByVisibleText("Hungary");
        assertThat(driver.findElements(By.cssSelector("#park-table tbody tr")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#zone-table tbody tr")).stream().filter(WebElement::isDisplayed)).hasSize((int) hungarianZones);
        assertThat(noPark.isDisplayed()).isTrue();
        assertThat(noPark.getText()).isEqualTo("No parks match the filter.");
        assertThat(noZone.isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("park-count")).getText()).startsWith("0 of ").contains(hungarianZones + " of ");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-country"))).selectByIndex(0);
        driver.findElement(By.id("filter-text")).sendKeys("no such park anywhere");
        assertThat(noPark.isDisplayed()).isTrue();
        assertThat(noZone.isDisplayed()).isTrue();
        driver.findElement(By.id("filter-text")).clear();
        driver.findElement(By.id("filter-text")).sendKeys(Keys.BACK_SPACE);
        assertThat(noPark.isDisplayed()).isFalse();
        assertThat(noZone.isDisplayed()).isFalse();
    }

    @Test
    void noRequestLeavesTheSite() throws Exception {
        List<String> requested = new ArrayList<>();
        for (String page : List.of("index.html", SitePaths.caseStudy(casebook.cases().get(1).id()), "parks.html",
                "search.html?q=park", "compare.html", "references.html", "data.html")) {
            open(page);
            for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requested.add(message.path("params").path("request").path("url").asText());
                }
            }
        }
        assertThat(requested).isNotEmpty().allMatch(u -> u.startsWith("file://") || u.startsWith("data:"));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", SitePaths.caseStudy(casebook.cases().get(1).id()), "exercises.html")) {
            open(page);
            problems.addAll(Browsers.seriousViolations(driver, page));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theModelBadgesReadInTheLightAndTheDarkTheme() {
        List<String> problems = new ArrayList<>();
        try {
            for (String theme : List.of("light", "dark")) {
                for (String page : List.of("compare.html", "models/company-led.html", SitePaths.caseStudy(casebook.cases().get(1).id()))) {
                    open(page);
                    driver.executeScript("localStorage.setItem('parkbench-theme', arguments[0])", theme);
                    open(page);
                    assertThat(driver.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(theme);
                    assertThat(driver.findElements(By.cssSelector("a.model"))).as(page + " has badges").isNotEmpty();
                    Results results = new AxeBuilder().withOnlyRules(List.of("color-contrast")).include("a.model").analyze(driver);
                    for (Rule rule : results.getViolations()) {
                        problems.add(theme + " " + page + ": " + rule.getId() + " — "
                                + rule.getNodes().stream().limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary()).toList());
                    }
                }
            }
        } finally {
            driver.executeScript("localStorage.removeItem('parkbench-theme')");
        }
        assertThat(problems).isEmpty();
    }
}
