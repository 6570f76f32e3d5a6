package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * Published statistics keep their source's qualifier from statistics.csv to the page and the
 * downloads, over a real build of the shipped course: the State Council Information Office's April
 * 2019 briefing gave "about USD 40 bn" of cumulative investment, "more than USD 3 bn" in taxes and
 * "more than 300,000" jobs; the paper prints 77 parks, so 56 ÷ 72.72 % checks that total.
 */
class QualifiedStatisticsTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.INSTRUCTOR, true));
    }

    @Test
    void theStatisticsTableShowsEachFigureAsTheBriefingStatesIt() throws IOException {
        Map<String, String> values = valuesByMeasureAndDate(page(SitePaths.caseStudy("overview")));

        assertThat(values).containsEntry("Investment 2019-04", "about USD 40 bn")
                .containsEntry("Taxes 2019-04", "more than USD 3 bn")
                .containsEntry("Jobs 2019-04", "more than 300,000 jobs")
                .containsEntry("Zones 2015-04", "13 zones");
    }

    @Test
    void whereThePaperPrintsTheTotalTheTableChecksItInsteadOfImplyingOne() throws IOException {
        Element parks = row(page(SitePaths.caseStudy("overview")), "Parks", "56 parks");
        String last = parks.select("td").get(parks.select("td").size() - 2).text();

        // 56 ÷ 0.7272 = 77.0077…, 56 ÷ 0.7273 = 76.997…: the printed 77 lies between them
        assertThat(last).isEqualTo("Check of the printed total: 56 parks ÷ 72.72 % = 77.008 parks, consistent with the "
                + "printed 77 parks up to the truncated share");
    }

    @Test
    void theStatisticsDownloadCarriesQualifierHighEndAndKind() throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve("data/statistics.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
            Map<String, CSVRecord> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.get("id"), r));

            assertThat(byId.get("jobs-all-overseas-2019").get("qualifier")).isEqualTo("over");
            assertThat(byId.get("jobs-all-overseas-2019").get("value")).isEqualTo("300000");
            assertThat(byId.get("taxes-all-overseas-2019").get("qualifier")).isEqualTo("over");
            assertThat(byId.get("investment-all-overseas-2019").get("qualifier")).isEqualTo("about");
            assertThat(byId.get("parks-all-overseas-2016").get("qualifier")).isEqualTo("exact");
            assertThat(byId.get("parks-all-overseas-2016").get("value_high")).isEmpty();
            assertThat(rows).allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("outcome"));
        }
    }

    @Test
    void datapackageDescribesTheStatisticsQualifierColumns() throws IOException {
        JsonNode pkg = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
        Map<String, JsonNode> fields = new HashMap<>();
        for (JsonNode r : pkg.path("resources")) {
            if (r.path("name").asText().equals("statistics")) {
                r.path("schema").path("fields").forEach(f -> fields.put(f.path("name").asText(), f));
            }
        }
        assertThat(fields).containsKeys("qualifier", "value_high", "kind");
        assertThat(fields.get("qualifier").path("description").asText()).contains("about", "over (more than)", "range");
        assertThat(fields.get("value_high").path("type").asText()).isEqualTo("number");
        assertThat(fields.get("kind").path("description").asText()).contains("outcome", "target", "plan");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    /** The statistics table's value cell by "Measure as-of". */
    private static Map<String, String> valuesByMeasureAndDate(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element tr : page.select("table.stats tbody tr")) {
            values.put(tr.selectFirst("th").text() + " " + tr.select("td").get(2).text(), tr.select("td").get(1).text());
        }
        return values;
    }

    private static Element row(Document page, String measure, String value) {
        return page.select("table.stats tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(measure) && tr.select("td").get(1).text().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no statistics row " + measure + " " + value));
    }
}
