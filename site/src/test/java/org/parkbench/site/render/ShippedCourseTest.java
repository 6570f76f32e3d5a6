package org.parkbench.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.site.course.CourseLoader;

/** The full build of the shipped course, over the real case data: every page sound and valid. */
class ShippedCourseTest {
    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        CasebookLoad load = CasebookLoader.load(CasebookLoader.shipped());
        assertThat(load.casebook().errors()).as("the shipped cases load without errors")
                .extracting(Diagnostic::format).isEmpty();
        casebook = load.casebook().value();
        site = tmp.resolve("site");
        result = new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.INSTRUCTOR, true));
    }

    @Test
    void everyShippedCaseHasItsPage() {
        assertThat(casebook.cases()).hasSizeGreaterThanOrEqualTo(6);
        for (CaseStudy c : casebook.cases()) {
            assertThat(site.resolve(SitePaths.caseStudy(c.id()))).isRegularFile();
        }
        assertThat(result.files()).contains(Path.of("index.html"), Path.of("data/datapackage.json"));
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(new LinkChecker(site).problems()).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        for (Path page : new LinkChecker(site).files(".html")) {
            errors.addAll(validator.errors(page.toFile(), site.relativize(page).toString()));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageStaysUnder100KilobytesWithItsCssAndScripts() throws Exception {
        long css = Files.size(site.resolve("assets/site.css"));
        long js = Files.size(site.resolve("assets/site.js"));
        long search = js + Files.size(site.resolve("assets/lunr.min.js")) + Files.size(site.resolve("assets/search-index.js"))
                + Files.size(site.resolve("assets/search.js"));
        for (Path page : new LinkChecker(site).files(".html")) {
            long weight = Files.size(page) + css + (page.endsWith("search.html") ? search : js);
            assertThat(weight).as(site.relativize(page).toString()).isLessThan(100 * 1024);
        }
    }
}
