package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * A case page printed as a lecturer prints a handout: {@code chromium --headless --print-to-pdf}
 * of every case page of the shipped student site, in English and Chinese, read back with
 * poppler's {@code pdftotext} and {@code pdftoppm}. The PDF holds every figure's data table (closed
 * {@code <details>} on the page), the case's sources with their URLs at the end, none of the
 * header's menu, search or switches; and no page but the last is more than half blank. Skipped,
 * saying why, where Chromium or poppler-utils are absent.
 */
class PrintedCaseTest {
    static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    /** A page may be at most this share blank (above its first and below its last ink), the last page excepted. */
    static final double MOST_BLANK = 0.5;

    @TempDir
    static Path tmp;
    static Path site;
    static Casebook casebook;
    static final Map<String, Printout> printed = new HashMap<>();

    /** A printed page's text (raw order: a table cell's lines stay together) and each sheet's blank share. */
    record Printout(String text, List<Double> blank) {
    }

    @BeforeAll
    static void build() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(PDFTOTEXT) && Files.isExecutable(PDFTOPPM);
        if (!present) {
            System.err.println("PrintedCaseTest SKIPPED: " + BrowserTest.CHROMIUM + ", " + PDFTOTEXT + " or " + PDFTOPPM
                    + " is missing; install Debian's chromium and poppler-utils to run the print tests.");
        }
        Assumptions.assumeTrue(present, "Chromium or poppler-utils missing (install chromium and poppler-utils): print tests skipped");
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        Course course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(course, casebook, site, Profile.STUDENT, true));
    }

    static List<String> casePages() {
        List<String> pages = new ArrayList<>();
        for (String language : List.of("en", "zh")) {
            CasebookLoader.load(CasebookLoader.shipped()).casebook().value().cases()
                    .forEach(c -> pages.add(language + "/" + SitePaths.caseStudy(c.id())));
        }
        return pages;
    }

    /** The page printed to PDF by Chromium's own command line, its text and blank shares (once per page). */
    static synchronized Printout print(String page) throws Exception {
        Printout done = printed.get(page);
        if (done != null) {
            return done;
        }
        Path dir = Files.createDirectories(tmp.resolve("print").resolve(page.replace('/', '_')));
        Path pdf = dir.resolve("page.pdf");
        run(dir, List.of(BrowserTest.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, site.resolve(page).toUri().toString()));
        assertThat(pdf).as("Chromium wrote the PDF of " + page).exists();
        Path txt = dir.resolve("page.txt");
        run(dir, List.of(PDFTOTEXT.toString(), "-raw", "-enc", "UTF-8", pdf.toString(), txt.toString()));
        run(dir, List.of(PDFTOPPM.toString(), "-r", "30", "-gray", pdf.toString(), dir.resolve("sheet").toString()));
        List<Double> blank = new ArrayList<>();
        try (Stream<Path> sheets = Files.list(dir)) {
            for (Path sheet : sheets.filter(p -> p.getFileName().toString().endsWith(".pgm")).sorted().toList()) {
                blank.add(blankShare(Files.readAllBytes(sheet)));
            }
        }
        Printout out = new Printout(Files.readString(txt, StandardCharsets.UTF_8), blank);
        printed.put(page, out);
        return out;
    }

    private static void run(Path dir, List<String> command) throws Exception {
        Path log = dir.resolve("command.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 180 s: " + command);
        }
        assertThat(p.exitValue()).as(command.get(0) + " exit code; its output: " + Files.readString(log)).isZero();
    }

    /**
     * The share of a sheet (a binary PGM from pdftoppm) that is blank: above its first row with ink
     * and below its last (a pixel darker than light grey, so table rules count as ink).
     */
    static double blankShare(byte[] pgm) {
        int[] header = new int[3];
        int at = 2; // after "P5"
        for (int i = 0; i < 3; i++) {
            while (Character.isWhitespace(pgm[at])) {
                at++;
            }
            int n = 0;
            while (!Character.isWhitespace(pgm[at])) {
                n = n * 10 + (pgm[at++] - '0');
            }
            header[i] = n;
        }
        at++; // the one whitespace after the maximum
        int width = header[0];
        int height = header[1];
        int first = -1;
        int last = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((pgm[at + y * width + x] & 0xff) < 200) {
                    if (first < 0) {
                        first = y;
                    }
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 1.0 : 1.0 - (double) (last - first + 1) / height;
    }

    /** Text as compared: no whitespace (a cell's lines join), and only letters and digits of Latin script (the machine may lack a CJK font). */
    static String comparable(String s) {
        return s.replaceAll("[^0-9A-Za-z.,:/%()_-]", "");
    }

    private static Document html(String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", site.resolve(page).toUri().toString());
    }

    /**
     * Every cell of every table of the page is in the PDF: the fact boxes, stakes and statistics,
     * and the figures' data tables, which the page keeps in a closed {@code <details>} (every case
     * page with figures has them).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("casePages")
    void thePrintoutHoldsEveryTableOfThePageWithTheFiguresDataBehindClosedDetails(String page) throws Exception {
        Document doc = html(page);
        List<Element> closed = doc.select("details.figure-data:not([open]) table");
        if (!doc.select("main .figure").isEmpty()) {
            assertThat(closed).as("figure data tables behind a closed details on " + page).isNotEmpty();
        }
        List<Element> tables = doc.select("main table");
        assertThat(tables).as("tables on " + page).isNotEmpty();
        String text = comparable(print(page).text());
        List<String> missing = new ArrayList<>();
        int cells = 0;
        int closedCells = 0;
        for (Element table : tables) {
            for (Element cell : table.select("th, td")) {
                String c = comparable(cell.text());
                if (!c.isEmpty()) {
                    cells++;
                    closedCells += closed.contains(table) ? 1 : 0;
                    if (!text.contains(c)) {
                        Element caption = table.selectFirst("caption");
                        missing.add((caption == null ? "a table" : caption.text()) + ": " + cell.text());
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(20);
        if (!closed.isEmpty()) {
            assertThat(closedCells).as("cells of the tables behind closed details on " + page).isGreaterThan(closed.size());
        }
        assertThat(missing).as("cells of the page's tables not in the PDF of " + page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casePages")
    void thePrintoutEndsWithTheCaseSourcesAndTheirUrls(String page) throws Exception {
        Language language = page.startsWith("zh/") ? Language.ZH : Language.EN;
        String heading = Messages.load(PrintedCaseTest.class.getClassLoader(), "parkbench/site/messages", language).text("case.sources");
        List<String> urls = html(page).select("#sources a.external[href]").eachAttr("href");
        assertThat(urls).as("sources with a URL on " + page).isNotEmpty();
        String raw = print(page).text();
        int at = raw.lastIndexOf(heading);
        assertThat(at).as("the heading \"" + heading + "\" in the PDF of " + page).isPositive();
        String after = comparable(raw.substring(at));
        assertThat(urls).allSatisfy(url -> assertThat(after).as("after the sources heading").contains(comparable(url)));
    }

    /** Written by hand from the shipped data: the paper's address and the four FDI figures of the Suzhou chart's data. */
    @Test
    void thePrintedSuzhouCaseHasThePapersAddressAndTheForeignInvestmentData() throws Exception {
        String text = comparable(print("en/" + SitePaths.caseStudy("suzhou")).text());
        assertThat(text).contains("http://chinaxiv.org/items/chinaxiv-201704.00224");
        assertThat(text).contains("Foreigndirectinvestment(cumulative,contracted)", "16.7", "7.2", "26.7", "31.5");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casePages")
    void thePrintoutHasNoMenuSearchOrSwitches(String page) throws Exception {
        Language language = page.startsWith("zh/") ? Language.ZH : Language.EN;
        Messages m = Messages.load(PrintedCaseTest.class.getClassLoader(), "parkbench/site/messages", language);
        String raw = print(page).text().replaceAll("\\s+", "");
        for (String key : List.of("layout.skip", "layout.theme", "layout.search.label", "toc.label")) {
            assertThat(raw).as(key + " printed on " + page).doesNotContain(m.text(key).replaceAll("\\s+", ""));
        }
        String menu = m.text("nav.home") + m.text("nav.models") + m.text("nav.cases") + m.text("nav.compare");
        assertThat(raw).as("the menu printed on " + page).doesNotContain(menu.replaceAll("\\s+", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casePages")
    void noPrintedPageButTheLastIsMoreThanHalfBlank(String page) throws Exception {
        List<Double> blank = print(page).blank();
        assertThat(blank).as("sheets of " + page).hasSizeGreaterThan(3);
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < blank.size() - 1; i++) {
            if (blank.get(i) > MOST_BLANK) {
                empty.add("page " + (i + 1) + " of " + blank.size() + " is %.0f %% blank".formatted(100 * blank.get(i)));
            }
        }
        assertThat(empty).as(page).isEmpty();
    }

    /** The print stylesheet opens closed details where CSS can; the script opens them in every browser, and closes them after. */
    @Test
    void printingOpensEveryClosedDetailsAndClosesThemAfter() throws Exception {
        ChromeDriver driver = Browsers.chromium(tmp.resolve("profile"), Files.createDirectories(tmp.resolve("downloads")));
        try {
            driver.get(site.resolve("en/" + SitePaths.caseStudy("suzhou")).toUri().toString());
            String count = "return document.querySelectorAll('details:not([open])').length";
            long closed = (Long) driver.executeScript(count);
            assertThat(closed).isPositive();
            driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
            assertThat(driver.executeScript(count)).isEqualTo(0L);
            driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
            assertThat(driver.executeScript(count)).isEqualTo(closed);
        } finally {
            driver.quit();
        }
    }

    @AfterAll
    static void forget() {
        printed.clear();
    }
}
