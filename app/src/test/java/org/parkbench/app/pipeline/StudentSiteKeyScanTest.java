package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.app.cli.ParkbenchCommand;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.LiveSite;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * The student site of the shipped course, built as a user builds it ({@code parkbench build}),
 * prints no numeric key of any exercise anywhere: not in a page, a figure, its alt text or data,
 * a data download, {@code datapackage.json} or the search index. {@link NumericKeyScan} says how
 * a key is sought (every variant, every rounding the checker accepts, every file) and which
 * numbers are not counted, and why. The instructor site of the same course, scanned the same way,
 * still shows the computed values outside its instructor area, so the scan does find what it looks
 * for; and each value the student site withholds is replaced by a link to the exercise that asks
 * for it.
 */
class StudentSiteKeyScanTest {
    /** The exercises whose keys the instructor site shows on its ordinary pages (home, compare, cases, figures). */
    static final Set<String> SHOWN_TO_INSTRUCTORS = Set.of("overview-implied-enterprises", "overview-implied-total",
            "overview-belt-and-road-share", "sihanoukville-jobs-per-km2", "suez-jobs-per-km2", "suez-unattributed-stake");

    @TempDir
    static Path tmp;
    static Path student;
    static Path instructor;
    static NumericKeyScan scan;

    @BeforeAll
    static void build() {
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        ExerciseSet exercises = ExerciseLoader.load(casebook).value();
        scan = NumericKeyScan.of(exercises, casebook);
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        build(student, "student");
        build(instructor, "instructor");
    }

    static void build(Path out, String profile) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = ParkbenchCommand.execute(new String[] {"build", "--out", out.toString(), "--profile", profile},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as("parkbench build --profile " + profile + ": " + stderr).isZero();
    }

    @Test
    void theScanSeeksEveryVariantOfEveryComputedKey() {
        Set<String> exercises = scan.keys().stream().map(NumericKeyScan.SoughtKey::exercise).collect(Collectors.toSet());
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(15).containsAll(SHOWN_TO_INSTRUCTORS);
        // 27 since the variants that paired figures the pairing rule refuses were dropped (two of Haier–Ruba's, Sihanoukville's
        // investment per enterprise)
        assertThat(scan.keys()).hasSizeGreaterThanOrEqualTo(27);
        // the tolerance of the annual growth exercise widens what counts: 16.519 rounds to 16.5, and ± 0.3 around it is 16.2 … 16.8
        assertThat(key("sihanoukville-jobs-growth-annual", 0).accepted())
                .containsExactly("16.2", "16.3", "16.4", "16.5", "16.6", "16.7", "16.8");
    }

    @Test
    void noNumericKeyIsPrintedAnywhereInTheStudentBuild() throws IOException {
        List<NumericKeyScan.Hit> hits = scan.scan(student);
        assertThat(hits).as("keys printed in the student site:\n" + hits.stream().map(Object::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
        try (Stream<Path> files = Files.walk(student)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("every file scanned").isGreaterThan(200);
        }
    }

    @Test
    void theInstructorBuildStillShowsTheComputedValuesOnItsOrdinaryPages() throws IOException {
        Map<String, Set<String>> where = new TreeMap<>();
        // the English site of the shipped course, in its folder (the Chinese one writes numbers its own way)
        Path instructor = StudentSiteKeyScanTest.instructor.resolve("en");
        for (NumericKeyScan.Hit h : scan.scan(instructor)) {
            if (!h.file().startsWith("instructor/")) {
                where.computeIfAbsent(h.exercise(), k -> new TreeSet<>()).add(h.file());
            }
        }
        assertThat(where.keySet()).containsAll(SHOWN_TO_INSTRUCTORS);
        assertThat(where.get("overview-implied-enterprises")).contains("index.html", "compare.html", "data/figures/headline-enterprises.csv");
        assertThat(where.get("suez-unattributed-stake")).contains("cases/suez-teda.html", "parks/suez-teda-zone.html",
                "data/figures/suez-teda-zone-stakes.csv");
        assertThat(where.get("sihanoukville-jobs-per-km2")).contains("compare.html", "data/figures/derived-jobs-per-km2.csv",
                "figures/derived-jobs-per-km2.svg");
    }

    @Test
    void everyWithheldValueLinksToItsExercise() throws IOException {
        Path student = StudentSiteKeyScanTest.student.resolve("en");
        Path instructor = StudentSiteKeyScanTest.instructor.resolve("en");
        Document home = page(student, "index.html");
        assertThat(home.select("#headline-statistics a.withheld").eachAttr("href")).contains(
                "exercises/overview-implied-enterprises.html", "exercises/overview-implied-total.html",
                "exercises/overview-belt-and-road-share.html");
        for (String href : home.select("a.withheld").eachAttr("href")) {
            assertThat(student.resolve(href)).as(href).isRegularFile();
        }
        // the stake no source attributes, for both periods with the same known shares
        Element suez = page(student, "cases/suez-teda.html").selectFirst("table.ownership");
        assertThat(suez.select("a.withheld").eachAttr("href")).containsOnly("../exercises/suez-unattributed-stake.html").hasSize(2);
        // a remainder of 0 %, which no number scan can tell from any other zero, is withheld by what it computes
        Element suzhou = page(student, "parks/suzhou-industrial-park.html").selectFirst("table.ownership");
        assertThat(suzhou.select("a.withheld").eachAttr("href")).contains("../exercises/suzhou-stakes-complete.html").hasSize(3);
        assertThat(page(instructor, "parks/suzhou-industrial-park.html").select("table.ownership a.withheld")).isEmpty();
        // figures leave the value out and say which exercise computes it
        String ratios = Files.readString(student.resolve("compare.html"), StandardCharsets.UTF_8);
        assertThat(ratios).contains("left for you to compute in exercise sihanoukville-jobs-per-km2",
                "left for you to compute in exercise suez-jobs-per-km2");
        assertThat(Files.readString(student.resolve("data/figures/suez-teda-zone-stakes.csv"), StandardCharsets.UTF_8))
                .doesNotContain("Unattributed");
        assertThat(student.resolve("data/figures/headline-enterprises.csv")).doesNotExist();
        assertThat(instructor.resolve("data/figures/headline-enterprises.csv")).isRegularFile();
    }

    @Test
    void aFolderRebuiltForTheOtherProfileGetsThatProfilesFiguresNotTheCachedOnes() throws IOException {
        Path shared = tmp.resolve("shared");
        build(shared, "instructor");
        build(shared, "student"); // the figure cache holds the instructor's drawings now
        assertSameFiles(shared, student);
        build(shared, "instructor");
        assertSameFiles(shared, instructor);
    }

    private static void assertSameFiles(Path site, Path fresh) throws IOException {
        Map<String, String> rebuilt = files(site);
        Map<String, String> expected = files(fresh);
        assertThat(rebuilt.keySet()).as("files of " + site + " against a fresh build").isEqualTo(expected.keySet());
        assertThat(expected.keySet().stream().filter(f -> !expected.get(f).equals(rebuilt.get(f))).toList())
                .as("files that differ from a fresh build").isEmpty();
    }

    @Test
    void aPreviewThatRewritesACaseWithholdsAsTheBuildDoes() throws IOException {
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        // the shipped course as ./parkbench build and serve make it: in English and in Chinese
        BuildRequest request = new BuildRequest(CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH)),
                casebook, tmp.resolve("preview"), Profile.STUDENT, true);
        LiveSite live = new LiveSite(new SiteBuilder());
        live.build(request);
        // the case of the stake remainder, and the case whose statistics feed the general figures
        live.update(request, "suez-teda", () -> { });
        live.update(request, "overview", () -> { });
        assertThat(scan.scan(request.outDir())).isEmpty();
        assertSameFiles(request.outDir(), student);
    }

    /** Every file of a site by path, as text (the site is all text; the scan fails on anything else). */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                all.put(site.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theScanReadsNumbersAsTheCheckerDoes(@TempDir Path site) throws IOException {
        NumericKeyScan.SoughtKey ratio = key("sihanoukville-jobs-per-km2", 2);
        NumericKeyScan.SoughtKey stake = key("suez-unattributed-stake", 0);
        NumericKeyScan.SoughtKey growth = key("huajian-dukem-workforce-growth", 0);
        // variant 2: more than 29,000 jobs (April 2019) ÷ 11.13 km² = 2605.5705…
        Files.writeString(site.resolve("a.html"), "<p>Ratio 2,605.57 jobs/km²</p><img alt=\"about 2 606 jobs\" src=\"x2606.svg\">"
                + "<p>id a2606b, 12606, 2606.9</p>");
        Files.writeString(site.resolve("b.csv"), "Holder,Share (%),Note\nrest,15,2605.57053010\n");
        Files.writeString(site.resolve("c.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"2606\" width=\"15\"/>"
                + "<text>15 %</text></svg>");
        Files.writeString(site.resolve("d.js"), "var s = \"total:\\n2606\"; var t = 15;");
        Files.writeString(site.resolve("e.txt"), "16.7 (Suzhou's reported USD 16.7 bn is a fact in another unit) and page 15");
        Map<String, List<String>> found = new TreeMap<>();
        for (NumericKeyScan.Hit h : scan.scan(site)) {
            found.computeIfAbsent(h.file(), f -> new java.util.ArrayList<>()).add(h.exercise() + " " + h.variant() + " " + h.written());
        }
        assertThat(found.get("a.html")).containsExactlyInAnyOrder(ratio.exercise() + " 2 2,605.57", ratio.exercise() + " 2 2 606");
        assertThat(found.get("b.csv")).containsExactlyInAnyOrder(stake.exercise() + " 0 15", ratio.exercise() + " 2 2605.57053010");
        assertThat(found.get("c.svg")).containsExactly(stake.exercise() + " 0 15 %");
        assertThat(found.get("d.js")).containsExactly(ratio.exercise() + " 2 2606");
        assertThat(found).doesNotContainKey("e.txt");
        assertThat(growth.accepted()).containsExactly("16.7");
    }

    private static NumericKeyScan.SoughtKey key(String exercise, int variant) {
        return scan.keys().stream().filter(k -> k.exercise().equals(exercise) && k.variant() == variant).findFirst().orElseThrow();
    }
}
