package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.HtmlValidator;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.PageLimits;
import org.parkbench.site.pages.Profile;

/**
 * A synthetic course large enough that no page may list everything: 260 parks in two cases of 130.
 * Every park gets its own page, case pages list their parks and link them, the catalogue and the
 * comparison are paginated, every link resolves, pages stay small, and the parallel build writes
 * the same bytes every time.
 */
class SiteAtScaleTest {
    @TempDir
    static Path tmp;
    static Course course;
    static Casebook casebook;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(260, 2, 11), tmp.resolve("course"));
        course = CourseLoader.load(summary.courseFile());
        CasebookLoad load = CasebookLoader.load(CourseCases.inputs(course, List.of(), tmp));
        assertThat(load.casebook().errors()).isEmpty();
        casebook = load.casebook().value();
        site = tmp.resolve("site");
        result = new SiteBuilder().build(new BuildRequest(course, casebook, site, Profile.INSTRUCTOR, false));
    }

    @Test
    void everyParkHasItsPageAndEveryCasePageLinksItsParksInsteadOfShowingThem() throws IOException {
        for (CaseStudy c : casebook.cases()) {
            String page = Files.readString(site.resolve(SitePaths.caseStudy(c.id())), StandardCharsets.UTF_8);
            for (Park p : c.parks()) {
                assertThat(site.resolve(SitePaths.park(p.id()))).isRegularFile();
                assertThat(page).contains("href=\"../parks/" + p.id() + ".html\"");
            }
            if (!c.parks().isEmpty()) {
                assertThat(page).as(c.id()).doesNotContain("id=\"facts\"").doesNotContain("id=\"timeline\"");
            }
        }
        Park first = casebook.cases().get(1).parks().get(0);
        String parkPage = Files.readString(site.resolve(SitePaths.park(first.id())), StandardCharsets.UTF_8);
        assertThat(parkPage).contains("id=\"facts\"").contains("id=\"stakes\"").contains("id=\"timeline\"");
        assertThat(result.pagesWritten()).isGreaterThan(260);
    }

    @Test
    void theCatalogueAndTheComparisonArePaginatedAndEveryPageLinksTheNext() throws IOException {
        for (String first : List.of(SitePaths.PARKS, SitePaths.COMPARE)) {
            int perPage = first.equals(SitePaths.PARKS) ? PageLimits.CATALOGUE_ROWS : PageLimits.COMPARE_ROWS;
            int pages = (260 + perPage - 1) / perPage;
            for (int n = 1; n <= pages; n++) {
                String page = Files.readString(site.resolve(SitePaths.listPage(first, n)), StandardCharsets.UTF_8);
                if (n < pages) {
                    assertThat(page).as(first + " page " + n).contains("rel=\"next\" href=\"" + SitePaths.listPage(first, n + 1) + "\"");
                }
            }
            assertThat(site.resolve(SitePaths.listPage(first, pages + 1))).doesNotExist();
        }
        String catalogue = Files.readString(site.resolve(SitePaths.PARKS), StandardCharsets.UTF_8);
        assertThat(catalogue).contains("Parks 1–" + PageLimits.CATALOGUE_ROWS + " of 260");
        // the park table's rows (the confirmed zones' table below it filters the same way)
        assertThat(org.jsoup.Jsoup.parse(catalogue).select("#park-table tbody tr")).hasSize(PageLimits.CATALOGUE_ROWS);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(new LinkChecker(site).problems()).isEmpty();
    }

    @Test
    void everyKindOfPageIsValidHtml() throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        CaseStudy big = casebook.cases().get(1);
        for (String page : List.of(SitePaths.HOME, SitePaths.caseStudy(big.id()), SitePaths.park(big.parks().get(0).id()),
                SitePaths.listPage(SitePaths.PARKS, 2), SitePaths.listPage(SitePaths.COMPARE, 3), "models/company-led.html",
                SitePaths.REFERENCES, SitePaths.DATA, SitePaths.INSTRUCTOR)) {
            errors.addAll(validator.errors(site.resolve(page).toFile(), page));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void noPageGrowsWithTheCourseBeyond100KilobytesWithItsCssAndScript() throws IOException {
        long css = Files.size(site.resolve("assets/site.css"));
        long js = Files.size(site.resolve("assets/site.js"));
        for (Path page : new LinkChecker(site).files(".html")) {
            if (!page.endsWith("search.html")) {
                assertThat(Files.size(page) + css + js).as(site.relativize(page).toString()).isLessThan(100 * 1024);
            }
        }
    }

    @Test
    void twoParallelBuildsWriteTheSameBytes() throws IOException {
        Path again = tmp.resolve("again");
        BuildResult second = new SiteBuilder().build(new BuildRequest(course, casebook, again, Profile.INSTRUCTOR, false));
        assertThat(second.files()).isEqualTo(result.files());
        for (Path f : result.files()) {
            assertThat(Files.readAllBytes(again.resolve(f.toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(site.resolve(f.toString())));
        }
    }
}
