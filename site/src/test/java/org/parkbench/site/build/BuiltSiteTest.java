package org.parkbench.site.build;

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
import org.parkbench.site.pages.Profile;

/**
 * The whole built site (instructor profile and exercises of every kind the fixture has, so every
 * page kind is there): links, validity, size.
 */
class BuiltSiteTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), false);
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
                + "<a href=\"missing.html\">a</a><a href=\"#nowhere\">b</a><img src=\"a.png\">"
                + "<script>alert(1)</script><script type=\"application/json\">{\"data\": 1}</script></body></html>");
        assertThat(new HtmlValidator().errors(broken.resolve("index.html").toFile(), "index.html")).isNotEmpty();
        assertThat(new LinkChecker(broken).problems()).hasSize(5)
                .anyMatch(p -> p.contains("points outside the site")).anyMatch(p -> p.contains("missing.html"))
                .anyMatch(p -> p.contains("no id 'nowhere'")).anyMatch(p -> p.contains("a.png"))
                .containsOnlyOnce("index.html: inline script");
    }

    @Test
    void aPagesWeightCountsEachLinkedFileOnceAndLeavesFiguresAside() throws IOException {
        Path dir = tmp.resolve("weighed");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/a.js"), "x".repeat(1000));
        Files.writeString(dir.resolve("assets/a.css"), "y".repeat(300));
        String figure = "<figure><img src=\"f.svg\" alt=\"\"><figcaption>" + "z".repeat(5000) + "</figcaption></figure>";
        String page = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"assets/a.css\"><script src=\"assets/a.js\"></script>"
                + "</head><body>" + figure + "<script src=\"assets/a.js\"></script></body></html>";
        Files.writeString(dir.resolve("page.html"), page);
        assertThat(PageWeight.of(dir.resolve("page.html"))).isEqualTo(page.length() - figure.length() + 1000 + 300);
    }

    @Test
    void everyPageWithItsCssAndScriptsStaysUnder100KilobytesFiguresAside() throws IOException {
        for (Path page : new LinkChecker(site).files(".html")) {
            assertThat(PageWeight.of(page)).as(site.relativize(page).toString()).isLessThan(PageWeight.LIMIT);
        }
    }
}
