package org.parkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The search page of a built site in headless Chromium (Debian's chromium and chromium-driver), as
 * a student opens it from {@code file://}: how long until it is ready (the index script loaded and
 * parsed, the engine made, the page's first query run: the {@code parkbench-search-ready} mark
 * search.js sets), and how long queries take, the engine alone and with the results drawn.
 *
 * <pre>java -cp bench/target/parkbench-bench.jar:bench/target/lib/* org.parkbench.bench.SearchProbe SITE [RUNS] [QUERY...]</pre>
 *
 * Prints one line per measurement; {@code bench/search.sh} runs it. Every load is a new tab on
 * {@code about:blank} first, so nothing of the previous load's script is reused.
 */
public final class SearchProbe {
    static final List<String> QUERIES = List.of("Suez", "Sihanukville", "zouchuqu", "yidai yilu", "泰达", "km2", "park",
            "synthetic park", "investment per km2", "Synthetik");

    private SearchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> queries = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : QUERIES;
        Path profile = Files.createTempDirectory("search-probe");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            String url = site.resolve("search.html").toUri().toString();
            List<Double> ready = new ArrayList<>();
            List<Double> indexEnd = new ArrayList<>();
            for (int r = 0; r <= runs; r++) {
                driver.get("about:blank");
                driver.get(url + "?q=Suez");
                Map<?, ?> t = (Map<?, ?>) driver.executeScript("""
                        var m = performance.getEntriesByName('parkbench-search-ready')[0];
                        var i = performance.getEntriesByType('resource').filter(function (e) { return /search-index\\.js$/.test(e.name); })[0];
                        return { ready: m ? m.startTime : -1, index: i ? i.responseEnd : -1,
                                 results: document.querySelectorAll('#search-results li').length };""");
                if (r == 0) {
                    System.out.printf(Locale.ROOT, "warm-up load: ready %.0f ms, %s results for Suez%n", num(t.get("ready")), t.get("results"));
                    continue; // the first load also starts the browser's own caches; it is reported, not counted
                }
                ready.add(num(t.get("ready")));
                indexEnd.add(num(t.get("index")));
            }
            System.out.printf(Locale.ROOT, "ready: median %.0f ms, worst %.0f ms (index script read by %.0f ms, median) over %d loads%n",
                    median(ready), ready.stream().mapToDouble(d -> d).max().orElse(0), median(indexEnd), ready.size());
            Map<?, ?> docs = (Map<?, ?>) driver.executeScript("var e = window.parkbenchSearch.engine;"
                    + "return { docs: e.docs.length, terms: e.terms.length };");
            System.out.printf(Locale.ROOT, "index: %s pages, %s terms%n", docs.get("docs"), docs.get("terms"));
            for (String q : queries) {
                Map<?, ?> t = (Map<?, ?>) driver.executeScript("""
                        var s = window.parkbenchSearch, q = arguments[0], times = [], drawn = [], n = 0;
                        for (var i = 0; i < 21; i++) {
                          if (i === 0) { s.engine.decoded = {}; }
                          var t0 = performance.now(); n = s.engine.search(q).results.length; times.push(performance.now() - t0);
                        }
                        for (var j = 0; j < 5; j++) { var t1 = performance.now(); s.run(q); drawn.push(performance.now() - t1); }
                        var first = times.shift();
                        times.sort(function (a, b) { return a - b; }); drawn.sort(function (a, b) { return a - b; });
                        return { first: first, median: times[10], drawn: drawn[2], results: n };""", q);
                System.out.printf(Locale.ROOT, "query %-20s %6s results: first %.1f ms, then median %.1f ms; with the list drawn %.1f ms%n",
                        '"' + q + '"', t.get("results"), num(t.get("first")), num(t.get("median")), num(t.get("drawn")));
            }
        } finally {
            driver.quit();
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
