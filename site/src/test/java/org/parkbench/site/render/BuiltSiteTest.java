package org.parkbench.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;

/** The whole built site (instructor profile, so every page kind is there): links, validity, size. */
class BuiltSiteTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Casebook book = Fixtures.casebook();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, site, Profile.INSTRUCTOR, false));
    }

    @Test
    void everyInternalLinkAndAnchorResolvesAndNothingLoadsFromOutside() {
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
    void theCheckersThemselvesCatchBrokenPages() throws Exception {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title>"
                + "<script src=\"https://cdn.example/x.js\"></script></head><body><p><div>bad nesting</div></p>"
                + "<a href=\"missing.html\">a</a><a href=\"#nowhere\">b</a><img src=\"a.png\"></body></html>");
        assertThat(new HtmlValidator().errors(broken.resolve("index.html").toFile(), "index.html")).isNotEmpty();
        assertThat(new LinkChecker(broken).problems()).hasSize(4)
                .anyMatch(p -> p.contains("points outside the site")).anyMatch(p -> p.contains("missing.html"))
                .anyMatch(p -> p.contains("no id 'nowhere'")).anyMatch(p -> p.contains("a.png"));
    }

    @Test
    void everyPageWithItsCssAndScriptsStaysUnder100Kilobytes() throws IOException {
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
