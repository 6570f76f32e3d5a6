package org.parkbench.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * SITE is one language's folder of a site (a one-language site, or its {@code en/} or {@code zh/}):
 * the language is read from its search page's {@code lang}, and the queries are that language's
 * ({@link #EN_QUERIES} or {@link #ZH_QUERIES}), then any QUERY given. Prints one line per
 * measurement and a last {@code summary} line; {@code bench/search.sh} runs it. Every load is a
 * new tab on {@code about:blank} first, so nothing of the previous load's script is reused.
 */
public final class SearchProbe {
    /** Queries on an English site: names, a misspelling, pinyin, Chinese, a unit, common words, German. */
    static final List<String> EN_QUERIES = List.of("Suez", "Sihanukville", "zouchuqu", "yidai yilu", "泰达", "km2", "park",
            "synthetic park", "investment per km2", "Synthetik");
    /**
     * Queries on a Chinese site: the synthetic parks' Chinese names' common part, glossary terms in
     * characters and in pinyin, a model's name, a unit and a word on nearly every page, English words
     * the pages keep, a name no synthetic page has, and a misspelling.
     */
    static final List<String> ZH_QUERIES = List.of("合成园区", "走出去", "一带一路", "zouchuqu", "yidai yilu", "政府高层推动建设型",
            "平方公里", "园区", "synthetic park", "泰达", "Sihanukville");
    /** The query in the page's address when it is loaded, per language. */
    static final Map<String, String> LOAD_QUERY = Map.of("en", "Suez", "zh", "走出去");

    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang=\"([A-Za-z]+)");

    private SearchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String language = language(site.resolve("search.html"));
        List<String> queries = new ArrayList<>(language.equals("zh") ? ZH_QUERIES : EN_QUERIES);
        if (args.length > 2) {
            queries.addAll(Arrays.asList(args).subList(2, args.length));
        }
        String loadQuery = LOAD_QUERY.get(language);
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
            String url = site.resolve("search.html").toUri().toString() + "?q="
                    + java.net.URLEncoder.encode(loadQuery, StandardCharsets.UTF_8);
            List<Double> ready = new ArrayList<>();
            List<Double> indexEnd = new ArrayList<>();
            double first = 0;
            System.out.printf(Locale.ROOT, "site language %s, loaded as search.html?q=%s%n", language, loadQuery);
            for (int r = 0; r <= runs; r++) {
                driver.get("about:blank");
                driver.get(url);
                Map<?, ?> t = (Map<?, ?>) driver.executeScript("""
                        var m = performance.getEntriesByName('parkbench-search-ready')[0];
                        var i = performance.getEntriesByType('resource').filter(function (e) { return /search-index\\.js$/.test(e.name); })[0];
                        return { ready: m ? m.startTime : -1, index: i ? i.responseEnd : -1,
                                 results: document.querySelectorAll('#search-results li').length };""");
                if (num(t.get("ready")) < 0) {
                    throw new IllegalStateException("the search page at " + url + " set no parkbench-search-ready mark");
                }
                if (r == 0) {
                    first = num(t.get("ready"));
                    System.out.printf(Locale.ROOT, "first load: ready %.0f ms, %s results for %s%n", first, t.get("results"), loadQuery);
                    continue; // the first load also starts the browser's own caches; it is reported, not counted
                }
                ready.add(num(t.get("ready")));
                indexEnd.add(num(t.get("index")));
            }
            double median = median(ready);
            double worst = ready.stream().mapToDouble(d -> d).max().orElse(0);
            double indexRead = median(indexEnd);
            System.out.printf(Locale.ROOT, "ready: median %.0f ms, worst %.0f ms (%s) over %d loads%n", median, worst,
                    indexRead < 0 ? "the index script's read time not reported, as for file:// in Chromium"
                            : String.format(Locale.ROOT, "index script read by %.0f ms, median", indexRead), ready.size());
            Map<?, ?> docs = (Map<?, ?>) driver.executeScript("var e = window.parkbenchSearch.engine;"
                    + "return { docs: e.docs.length, terms: e.terms.length };");
            System.out.printf(Locale.ROOT, "index: %s pages, %s terms%n", docs.get("docs"), docs.get("terms"));
            Slowest engine = new Slowest();
            Slowest drawn = new Slowest();
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
                engine.offer(num(t.get("first")), q, t.get("results"));
                drawn.offer(num(t.get("drawn")), q, t.get("results"));
            }
            System.out.printf(Locale.ROOT, "slowest query: engine %.1f ms (%s), drawn %.1f ms (%s)%n", engine.ms, engine.what(), drawn.ms,
                    drawn.what());
            // one line for bench/search.sh's table: language, pages, terms, ready median/worst/first, slowest engine/drawn
            System.out.printf(Locale.ROOT, "summary\t%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%.1f\t%.1f\t%s%n", language, docs.get("docs"),
                    docs.get("terms"), median, worst, first, engine.ms, drawn.ms, engine.what());
        } finally {
            driver.quit();
        }
    }

    /** The site's language, "en" or "zh", from the {@code lang} of its search page ("zh-Hans" is "zh"). */
    static String language(Path searchPage) throws java.io.IOException {
        Matcher m = LANG.matcher(Files.readString(searchPage, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalArgumentException(searchPage + " has no <html lang>");
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        return tag.equals("zh") ? "zh" : "en";
    }

    /** The slowest of the queries by one measure. */
    private static final class Slowest {
        double ms = -1;
        String query = "";
        Object results = 0;

        void offer(double time, String q, Object n) {
            if (time > ms) {
                ms = time;
                query = q;
                results = n;
            }
        }

        String what() {
            return "`" + query + "`, " + results + " results";
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
