package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The JSON of a built site (datapackage.json, the search index, the exercise pages' check data):
 * the same course built twice, the second time under another locale and time zone, gives the same
 * bytes, and every piece is JSON that a parser other than the writer's reads, in the shape the
 * site's scripts and data-package tools expect.
 */
class JsonOutputTest {
    @TempDir
    static Path tmp;
    static Map<String, String> first;
    static Map<String, String> second;
    static Path site;

    @BeforeAll
    static void buildTwice() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), true);
        site = tmp.resolve("first");
        new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, site, Profile.INSTRUCTOR, false));
        first = JsonOutputs.of(site);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            Path again = tmp.resolve("second");
            new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, again, Profile.INSTRUCTOR, false));
            second = JsonOutputs.of(again);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void twoBuildsWriteByteIdenticalJson() {
        assertThat(first).containsKeys("data/datapackage.json", JsonOutputs.SEARCH_INDEX, SitePaths.exercise("riverside-model") + "#0");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyPieceIsJsonToAnIndependentParser() {
        for (Map.Entry<String, String> json : first.entrySet()) {
            JsonValue value = JsonOutputs.parse(json.getValue());
            assertThat(value.getValueType()).as(json.getKey()).isIn(JsonValue.ValueType.OBJECT, JsonValue.ValueType.ARRAY);
        }
    }

    @Test
    void theDataPackageNamesEveryCsvWithItsColumns() {
        JsonObject pkg = JsonOutputs.parse(first.get("data/datapackage.json")).asJsonObject();

        assertThat(pkg.getString("profile")).isEqualTo("tabular-data-package");
        JsonArray resources = pkg.getJsonArray("resources");
        assertThat(resources).isNotEmpty();
        for (JsonObject r : resources.getValuesAs(JsonObject.class)) {
            assertThat(site.resolve("data").resolve(r.getString("path"))).as(r.getString("name")).isRegularFile();
            assertThat(r.getString("mediatype")).isEqualTo("text/csv");
            assertThat(r.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class))
                    .as(r.getString("name")).isNotEmpty().allSatisfy(f -> {
                        if (f.containsKey("constraints")) {
                            // a closed vocabulary: the Table Schema's enum constraint lists its words
                            assertThat(f.keySet()).containsExactly("name", "type", "description", "constraints");
                            assertThat(f.getJsonObject("constraints").keySet()).containsExactly("enum");
                            assertThat(f.getJsonObject("constraints").getJsonArray("enum")).isNotEmpty();
                        } else {
                            assertThat(f.keySet()).containsExactly("name", "type", "description");
                        }
                    });
        }
        JsonObject observations = resources.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals("observations")).findFirst().orElseThrow();
        Map<String, List<String>> enums = new java.util.LinkedHashMap<>();
        for (JsonObject f : observations.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class)) {
            if (f.containsKey("constraints")) {
                enums.put(f.getString("name"), f.getJsonObject("constraints").getJsonArray("enum").getValuesAs(javax.json.JsonString.class)
                        .stream().map(javax.json.JsonString::getString).toList());
            }
        }
        assertThat(enums).containsOnlyKeys("qualifier", "kind", "scope");
        assertThat(enums.get("kind")).containsExactly("outcome", "target", "plan");
    }

    @Test
    void theSearchIndexListsPagesByPathWithTheirTexts() {
        JsonObject search = JsonOutputs.parse(first.get(JsonOutputs.SEARCH_INDEX)).asJsonObject();
        assertThat(search.keySet()).containsExactly("docs", "terms", "postings");
        assertThat(search.getJsonArray("terms")).hasSameSizeAs(search.getJsonArray("postings"));
        JsonArray index = search.getJsonArray("docs");

        assertThat(index).hasSizeGreaterThan(5);
        String previous = "";
        for (JsonObject d : index.getValuesAs(JsonObject.class)) {
            assertThat(d.keySet()).containsExactly("u", "t", "s", "l", "b");
            assertThat(d.getString("l")).isEqualTo("en");
            String page = d.getString("u").replaceFirst("#.*", "");
            assertThat(site.resolve(page)).as(d.getString("u")).isRegularFile();
            assertThat(d.getString("u")).isGreaterThan(previous);
            previous = d.getString("u");
        }
    }

    @Test
    void anExercisePageHoldsTheCheckDataOfEachVariant() throws IOException {
        // block 0 of every page is site.js's words (data-parkbench-messages); block 1 the check data
        JsonArray checks = JsonOutputs.parse(first.get(SitePaths.exercise("riverside-figures") + "#1")).asJsonArray();

        assertThat(checks).hasSize(2);
        for (int i = 0; i < checks.size(); i++) {
            JsonObject check = checks.getJsonObject(i);
            assertThat(check.getString("format")).isEqualTo("parkbench-check");
            assertThat(check.getInt("variant")).isEqualTo(i);
            assertThat(check.getJsonArray("accept")).hasSize(1);
            assertThat(check.getJsonObject("sealed").keySet()).contains("solution", "feedback:correct", "feedback:incorrect");
        }
        assertThat(Files.readString(site.resolve(SitePaths.exercise("riverside-figures"))))
                .contains("<script type=\"application/json\" id=\"exercise-check\">[\n{\"format\":\"parkbench-check\"");
    }
}
