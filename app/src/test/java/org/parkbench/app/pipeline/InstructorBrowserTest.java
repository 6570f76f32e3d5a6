package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.PageText;
import org.parkbench.site.pages.Profile;

/**
 * The instructor area of the shipped course in Chromium from {@code file://}: axe-core finds no serious
 * violation on the instructor home, the answer key, the session plan and the objective matrix, in English and
 * in Chinese; and a command's Copy button leaves the command selected and says whether it was copied. Skipped,
 * saying why, where Chromium is absent.
 */
class InstructorBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
        if (!present) {
            System.err.println("InstructorBrowserTest SKIPPED: " + BrowserTest.CHROMIUM + " or " + BrowserTest.CHROMEDRIVER
                    + " is missing; install Debian's chromium and chromium-driver to run the browser tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver missing (install chromium and chromium-driver): browser tests skipped");
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH)),
                casebook, site, Profile.INSTRUCTOR, false));
        driver = Browsers.chromium(tmp.resolve("profile"), Files.createDirectories(tmp.resolve("downloads")));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheInstructorPages() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "zh")) {
            for (String page : List.of(SitePaths.INSTRUCTOR, SitePaths.ANSWER_KEY, SitePaths.SESSION_PLAN, SitePaths.OBJECTIVE_MATRIX)) {
                open(language + "/" + page);
                problems.addAll(Browsers.seriousViolations(driver, language + "/" + page));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCommandsCopyButtonSelectsTheCommandAndSaysWhatItDid() {
        for (Language language : List.of(Language.EN, Language.ZH)) {
            open(language.code() + "/" + SitePaths.INSTRUCTOR);
            List<WebElement> commands = driver.findElements(By.cssSelector("#lms pre.command"));
            List<WebElement> buttons = driver.findElements(By.cssSelector("#lms .command-tools button"));
            assertThat(buttons).hasSameSizeAs(commands).hasSizeGreaterThanOrEqualTo(4);
            PageText words = PageText.of(language);
            assertThat(buttons.get(0).getText()).isEqualTo(words.text("js.instructor.copy"));
            buttons.get(2).click();
            WebElement status = driver.findElements(By.cssSelector("#lms .copy-status")).get(2);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(d -> !status.getText().isEmpty());
            assertThat(status.getText()).isIn(words.text("js.instructor.copied"), words.text("js.instructor.selected"));
            assertThat(driver.executeScript("return window.getSelection().toString()")).isEqualTo(commands.get(2).getText());
        }
    }
}
