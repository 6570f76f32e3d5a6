package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkbench.app.serve.Preview;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * The preview shows a failed build in the open page: the diagnostics, positions included, laid over
 * the previous site, and gone once the next build succeeds.
 */
class PreviewProblemsBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void aBrokenEditIsShownOverTheOpenPageUntilItIsFixed() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "Chromium or chromedriver missing: browser test skipped");
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        Path site = tmp.resolve("site");
        String problem = "cases/suzhou/observations.csv:7:4: error: [PB202] '2016-13' is not a date\n"
                + "    hint: write YYYY, YYYY-MM or YYYY-MM-DD (2016, 2016-03, 2016-03-05), as precise as the source";
        AtomicReference<Boolean> broken = new AtomicReference<>(false);
        ChromeDriver driver = null;
        try (Preview preview = new Preview(() -> {
            if (broken.get()) {
                throw new IllegalStateException(problem);
            }
            return new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.STUDENT, false);
        }, new SiteBuilder(), line -> { })) {
            var uri = preview.start(site, 0, List.of());
            driver = Browsers.chromium(tmp.resolve("profile"), tmp.resolve("downloads"));
            driver.get(uri.resolve("cases/suzhou.html").toString());
            String heading = driver.findElement(By.tagName("h1")).getText();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            broken.set(true);
            assertThat(preview.rebuild()).isFalse();
            WebElement overlay = wait.until(d -> d.findElements(By.id("parkbench-build-problems")).stream().findFirst().orElse(null));
            assertThat(overlay.getText()).contains("The last build failed").contains("cases/suzhou/observations.csv:7:4")
                    .contains("[PB202] '2016-13' is not a date").contains("hint: write YYYY");
            // the page beneath is still the previous site
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);

            broken.set(false);
            assertThat(preview.rebuild()).isTrue();
            ChromeDriver d = driver;
            wait.until(x -> d.findElements(By.id("parkbench-build-problems")).isEmpty());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
