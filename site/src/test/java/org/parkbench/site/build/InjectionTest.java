package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.check.SealedText;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * A case whose titles, narrative, CSV values, notes, source URLs and exercises (titles, bodies,
 * choices, hints, feedback, solutions, model answers, rubrics) carry script tags, attribute
 * break-outs and javascript: links must produce a site with no executable markup at all: the only
 * scripts are the site's own files and JSON data blocks, no element has an event attribute, no
 * link runs script, and the sealed texts the exercise pages open hold none of it either.
 */
class InjectionTest {
    static final String OWN_SCRIPTS = "(\\.\\./)*assets/(site|search|search-index|variant|check|answers|exercise-progress"
            + "|exercise-page|exercise-index|instructor)\\.js";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), true);
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, site, Profile.INSTRUCTOR, false));
    }

    @Test
    void hostileDataProducesNoExecutableMarkup() throws IOException {
        List<Path> pages = new LinkChecker(site).files(".html");
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String name = site.relativize(page).toString();
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element script : doc.select("script")) {
                if (script.hasAttr("src")) {
                    assertThat(script.attr("src")).as(name + ": a script that is not the site's own").matches(OWN_SCRIPTS);
                    assertThat(script.data()).as(name).isEmpty();
                } else {
                    assertThat(script.attr("type")).as(name + ": an inline script that is not a JSON data block").isEqualTo("application/json");
                    assertThat(script.data()).as(name + ": a data block that could close its element").doesNotContain("<").doesNotContain(">");
                    JSON.readTree(script.data());
                }
            }
            assertNoExecutableMarkup(doc, name);
        }
    }

    @Test
    void sealedTextsOpenIntoMarkupWithNothingExecutable() throws IOException {
        int opened = 0;
        for (Path page : new LinkChecker(site).files(".html")) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element block : doc.select("script[type=application/json]")) {
                for (JsonNode check : JSON.readTree(block.data())) {
                    String salt = check.path("salt").asText();
                    int variant = check.path("variant").asInt();
                    for (var sealed : check.path("sealed").properties()) {
                        String text = SealedText.unseal(sealed.getValue().asText(), salt, variant, sealed.getKey());
                        if (sealed.getKey().equals("rubric")) {
                            // shown with textContent, criterion by criterion
                            assertThat(JSON.readTree(text).isArray()).as("rubric").isTrue();
                            continue;
                        }
                        Document fragment = Jsoup.parseBodyFragment(text);
                        assertThat(fragment.select("script")).as(sealed.getKey()).isEmpty();
                        assertNoExecutableMarkup(fragment, site.relativize(page) + " " + sealed.getKey());
                        opened++;
                    }
                }
            }
        }
        assertThat(opened).as("sealed texts found").isGreaterThan(10);
    }

    @Test
    void hostileExerciseTextIsShownAsText() throws IOException {
        Document doc = Jsoup.parse(Files.readString(site.resolve(SitePaths.exercise("riverside-model")), StandardCharsets.UTF_8));
        assertThat(doc.select("h1").text()).contains("Which model leads Riverside? <script>alert(1)</script>");
        assertThat(doc.select("label").eachText()).anyMatch(t -> t.contains("Park-development-company-led <script>"));
        Document essay = Jsoup.parse(Files.readString(site.resolve(SitePaths.exercise("riverside-essay")), StandardCharsets.UTF_8));
        assertThat(essay.select(".ex-hint-list").text()).contains("<img src=x onerror=alert(2)>");
    }

    private static void assertNoExecutableMarkup(Document doc, String name) {
        assertThat(doc.select("iframe, object, embed, img[onerror], svg, math, base, form[action^=javascript]")).as(name).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(name + ": event attribute on <" + e.tagName() + ">").doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction").contains(a.getKey())) {
                    assertThat(a.getValue().strip().toLowerCase()).as(name + ": " + a.getKey())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
        assertThat(doc.select("img")).as(name + ": images from case data").isEmpty();
    }

    @Test
    void hostileTextIsShownAsTextNotDropped() throws IOException {
        String page = Files.readString(site.resolve("cases/riverside.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("h1").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void unsafeSourceUrlsGetNoLink() throws IOException {
        Document refs = Jsoup.parse(Files.readString(site.resolve("references.html"), StandardCharsets.UTF_8));
        assertThat(refs.select("#ref-report-a")).hasSize(1);
        assertThat(refs.select("#ref-report-a a.external")).isEmpty();
        assertThat(refs.select("#ref-paper a.external").attr("href")).isEqualTo("https://example.org/paper");
        assertThat(refs.text()).contains("Report A on <script>alert(1)</script>");
    }

    @Test
    void searchIndexCannotCloseItsScript() throws IOException {
        String index = Files.readString(site.resolve("assets/search-index.js"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("<").doesNotContain(">").contains("\\u003cscript\\u003e");
    }

    @Test
    void anExerciseTitleThatClosesScriptsReachesTheSearchIndexEscapedAndIntact() throws IOException {
        String script = Files.readString(site.resolve(JsonOutputs.SEARCH_INDEX), StandardCharsets.UTF_8);
        assertThat(script).doesNotContain("</script").doesNotContain("<!--");

        javax.json.JsonArray index = JsonOutputs.parse(JsonOutputs.of(site).get(JsonOutputs.SEARCH_INDEX)).asJsonObject()
                .getJsonArray("docs");

        assertThat(index.getValuesAs(javax.json.JsonObject.class))
                .filteredOn(d -> d.getString("u").equals(SitePaths.caseStudy("riverside") + "#exercises"))
                .singleElement().extracting(d -> d.getString("b"))
                .asString().contains("Which model leads Riverside? <script>alert(1)</script>\"><img src=x onerror=alert(2)> <!-- </script>");
    }
}
