package org.parkbench.app.pipeline;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium as the browser tests start it, and what they ask of axe-core. Public for the browser tests of other packages (app.scorm). */
public final class Browsers {
    private Browsers() {
    }

    /** Whether Debian's chromium and chromedriver are installed (the browser tests skip without them). */
    public static boolean present() {
        return Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
    }

    /** Chromium with a fresh profile in {@code profile}, saving downloads into {@code downloads} without asking. */
    public static ChromeDriver chromium(Path profile, Path downloads) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }

    /** axe-core's serious and critical violations on the page the driver shows, each with up to three of its elements. */
    static List<String> seriousViolations(ChromeDriver driver, String page) {
        List<String> problems = new ArrayList<>();
        Results results = new AxeBuilder().analyze(driver);
        for (Rule rule : results.getViolations()) {
            String impact = rule.getImpact() == null ? "" : rule.getImpact().toLowerCase(Locale.ROOT);
            if (impact.equals("serious") || impact.equals("critical")) {
                problems.add(page + ": " + rule.getId() + " (" + impact + ") " + rule.getHelp() + " — "
                        + rule.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList());
            }
        }
        return problems;
    }
}
