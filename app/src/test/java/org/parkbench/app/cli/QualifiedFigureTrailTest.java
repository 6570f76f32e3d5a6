package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One figure per way a source states it (about, more than, at least, at most, up to, a range, a
 * target, a plan), followed through a site built from a course of real files
 * ({@code src/test/resources/qualified-figures}, its README lists the trails): the row of
 * observations.csv, the case page's fact box, the figure's {@code {{obs:…}}} citation in the
 * narrative, the data table beside the figure (HTML and CSV) and its alt text, the observations
 * download and datapackage.json. Each expected string is the source's wording, written in the
 * fixture's notes, as a reader reads it.
 */
class QualifiedFigureTrailTest {
    private static final String CASE = "qualified-park";

    @TempDir
    static Path temp;

    private static Path site;
    private static Document casePage;
    private static List<CSVRecord> download;
    private static JsonNode dataPackage;

    /**
     * A figure's trail: the observation ({@code indicator}, {@code asOf}), the indicator as the
     * figure's table names it, the figure it is drawn in, and what each place shows.
     *
     * @param factBox   the fact box's value cell
     * @param cited     the text of its {{obs:…}} citation
     * @param kindNote  how the citation's tooltip starts (a target or a plan says so)
     * @param asStated  the data table's "As stated" cell
     * @param qualifier the data table's "Qualifier" cell
     * @param high      the data table's "High" cell
     * @param altText   what the figure's alt text says of it
     * @param cells     the download's cells: qualifier, value, value_high, kind, scope
     * @param words     the source's own words, as the row's note quotes them and the fact box shows them
     */
    record Trail(String name, String words, String indicator, String asOf, String tableIndicator, String figure, String factBox,
                 String cited, String kindNote, String asStated, String qualifier, String high, String altText,
                 List<String> cells) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Trail> trails() {
        return Stream.of(
                new Trail("about", "about 70,000", "jobs-induced", "2024-04", "Induced jobs", "qualified-test-park-jobs",
                        "about 70,000 persons", "about 70,000 persons (2024-04)", "Source:", "about 70,000 persons", "about", "",
                        "Induced jobs — Invented report on the qualified test park… (2024): about 70,000 persons (2024-04)",
                        List.of("about", "70000", "", "outcome", "zone")),
                new Trail("over", "more than 9,000", "jobs-direct", "2024-04", "Direct jobs", "qualified-test-park-jobs",
                        "more than 9,000 persons", "more than 9,000 persons (2024-04)", "Source:", "more than 9,000 persons",
                        "more than", "", "Direct jobs — Invented report on the qualified test park… (2024): more than 9,000 persons (2024-04)",
                        List.of("over", "9000", "", "outcome", "zone")),
                new Trail("at-least", "at least 100", "enterprises", "2020", "Enterprises", "qualified-test-park-enterprises",
                        "at least 100", "at least 100 (2020)", "Source:", "at least 100", "at least", "",
                        "at least 100 (2020), at most 150 (2022)", List.of("at-least", "100", "", "outcome", "zone")),
                new Trail("at-most", "at most 150", "enterprises", "2022", "Enterprises", "qualified-test-park-enterprises",
                        "at most 150", "at most 150 (2022)", "Source:", "at most 150", "at most", "",
                        "at least 100 (2020), at most 150 (2022)", List.of("at-most", "150", "", "outcome", "zone")),
                new Trail("up-to", "up to 40,000", "jobs-target", "2016-08", "Jobs (target)", "qualified-test-park-jobs",
                        "target: up to 40,000 persons", "up to 40,000 persons (2016-08)", "A target, not an outcome.",
                        "up to 40,000 persons (target)", "up to", "", "a target of up to 40,000 persons (jobs (target), 2016-08,",
                        List.of("up-to", "40000", "", "target", "zone")),
                new Trail("range", "30,000–50,000", "jobs-target", "2017", "Jobs (target)", "qualified-test-park-jobs",
                        "target: 30,000–50,000 persons", "30,000–50,000 persons (2017)", "A target, not an outcome.",
                        "30,000–50,000 persons (target)", "range", "50,000", "a target of 30,000–50,000 persons (jobs (target), 2017,",
                        List.of("range", "30000", "50000", "target", "zone")),
                new Trail("target", "target", "enterprises", "2025", "Enterprises", "qualified-test-park-enterprises",
                        "target: 200", "200 (2025)", "A target, not an outcome.", "200 (target)", "exact", "",
                        "a target of 200 (enterprises, 2025,", List.of("exact", "200", "", "target", "zone")),
                new Trail("plan", "planned", "area-planned", "2013", "Area (planned or allocated)", "qualified-test-park-area",
                        "planned: 6 km²", "6 km² (2013)", "A plan, not an outcome.", "6 km² (plan)", "exact", "",
                        "a plan of 6 km² (area (planned or allocated), 2013,", List.of("exact", "6", "", "plan", "zone")));
    }

    @BeforeAll
    static void buildTheSite() throws IOException, URISyntaxException {
        Path course = Path.of(Objects.requireNonNull(QualifiedFigureTrailTest.class.getResource("/qualified-figures/course.yml")).toURI());
        site = temp.resolve("site");
        CommandRun build = CommandRun.of("build", "--course", course.toString(), "--out", site.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("error:", "Exception");
        casePage = Jsoup.parse(site.resolve("cases/" + CASE + ".html").toFile(), "UTF-8");
        download = csv(site.resolve("data/observations.csv"));
        dataPackage = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theObservationsFileHoldsTheFigure(Trail t) throws IOException {
        Path file = Path.of(Objects.requireNonNull(QualifiedFigureTrailTest.class.getResource("/qualified-figures/" + CASE
                + "/observations.csv")).getPath());
        CSVRecord row = only(csv(file), t);
        assertThat(row.get("note")).as("the source's wording, quoted").contains(t.words());
        assertThat(t.factBox()).as("what the fact box is expected to show").contains(t.words());
        assertThat(row.get("value")).as("the source's figure").isEqualTo(t.cells().get(1));
        assertThat(row.get("value_high")).isEqualTo(t.cells().get(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theFactBoxStatesItAsTheSourceDoes(Trail t) {
        Element row = casePage.select("table.facts tbody tr").stream()
                .filter(tr -> tr.select("td").size() >= 4 && tr.select("td").get(1).text().equals(t.asOf())
                        && tr.select("td.num").text().startsWith(t.factBox()))
                .findFirst().orElse(null);
        assertThat(row).as("a fact box row '" + t.factBox() + "' as of " + t.asOf() + " in:%n" + casePage.select("table.facts").text())
                .isNotNull();
        assertThat(row.select("td.num").text()).isEqualTo(t.factBox());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theNarrativesCitationPrintsTheFigureWithItsQualifier(Trail t) {
        List<Element> cites = casePage.select("a.cite").stream().filter(a -> a.text().equals(t.cited())).toList();
        assertThat(cites).as("a citation reading '" + t.cited() + "' among " + casePage.select("a.cite").eachText()).hasSize(1);
        assertThat(cites.get(0).attr("title")).startsWith(t.kindNote());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theFiguresDataTableAndItsCsvStateIt(Trail t) throws IOException {
        Element figure = casePage.getElementById("fig-" + t.figure());
        assertThat(figure).as("figure " + t.figure()).isNotNull();
        Element table = figure.selectFirst("table.data");
        assertThat(table).as("the data table beside " + t.figure()).isNotNull();
        List<String> headers = table.select("thead th").eachText();
        Element row = table.select("tbody tr").stream()
                .filter(tr -> cell(tr, headers, "Indicator").equals(t.tableIndicator()) && cell(tr, headers, "As of").equals(t.asOf()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + t.tableIndicator() + " " + t.asOf() + " in " + table.text()));
        assertThat(cell(row, headers, "As stated")).isEqualTo(t.asStated());
        // the series says once what the figure is: "Jobs (target) — …", not "Jobs (target) — … (target)"
        String series = cell(row, headers, "Series");
        assertThat(series.split("\\(target\\)", -1).length - 1).as(series).isLessThanOrEqualTo(1);
        assertThat(series.contains("(planned") && series.endsWith("(plan)")).as(series).isFalse();
        if (!t.cells().get(3).equals("outcome")) {
            assertThat(series).as("the series says it is a " + t.cells().get(3)).contains(t.cells().get(3));
        }
        assertThat(cell(row, headers, "Qualifier")).isEqualTo(t.qualifier());
        assertThat(cell(row, headers, "Kind")).isEqualTo(t.cells().get(3));
        assertThat(headers.stream().filter(h -> h.startsWith("High (")).findFirst().map(h -> cell(row, headers, h)))
                .contains(t.high());

        String href = figure.select("a").stream().map(a -> a.attr("href")).filter(h -> h.endsWith(".csv")).findFirst().orElseThrow();
        List<CSVRecord> figureCsv = csv(site.resolve("cases").resolve(href).normalize());
        assertThat(figureCsv).as(href).anySatisfy(r -> {
            assertThat(r.get("Indicator")).isEqualTo(t.tableIndicator());
            assertThat(r.get("As of")).isEqualTo(t.asOf());
            assertThat(r.get("As stated")).isEqualTo(t.asStated());
            assertThat(r.get("Qualifier")).isEqualTo(t.qualifier());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theFiguresAltTextSaysIt(Trail t) {
        Element img = casePage.selectFirst("#fig-" + t.figure() + " img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).endsWith("figures/" + t.figure() + ".svg");
        assertThat(site.resolve("figures/" + t.figure() + ".svg")).isNotEmptyFile();
        assertThat(img.attr("alt")).contains(t.altText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trails")
    void theObservationsDownloadCarriesQualifierHighEndKindAndScope(Trail t) throws IOException {
        for (List<CSVRecord> file : List.of(download, csv(site.resolve("data/" + CASE + "/observations.csv")))) {
            CSVRecord row = only(file, t);
            assertThat(List.of(row.get("qualifier"), row.get("value"), row.get("value_high"), row.get("kind"), row.get("scope")))
                    .isEqualTo(t.cells());
        }
        for (String resource : List.of("observations", CASE + "-observations")) {
            Map<String, JsonNode> fields = fields(resource);
            assertThat(fields.keySet()).as(resource).containsAll(download.get(0).getParser().getHeaderNames());
            assertThat(fields.get("value_high").path("type").asText()).isEqualTo("number");
            assertThat(words(fields.get("qualifier"))).contains(t.cells().get(0));
            assertThat(words(fields.get("kind"))).contains(t.cells().get(3));
            assertThat(words(fields.get("scope"))).contains(t.cells().get(4));
        }
    }

    @Test
    void theDownloadsSayWhoseFigureItIsAndTheParksNoteAndPerFactSources() throws IOException {
        CSVRecord investment = download.stream().filter(r -> r.get("indicator").equals("investment")).findFirst().orElseThrow();
        assertThat(investment.get("scope")).isEqualTo("developer");
        assertThat(words(fields("observations").get("scope"))).containsExactly("zone", "developer");

        List<CSVRecord> parks = csv(site.resolve("data/parks.csv"));
        assertThat(parks).hasSize(1);
        assertThat(parks.get(0).get("note")).isEqualTo("An invented park; its figures are stated as a source would state them.");
        assertThat(parks.get(0).get("mofcom_source")).isEqualTo("qualified-newspaper");
        assertThat(parks.get(0).get("model_source")).isEqualTo("qualified-paper");
        assertThat(fields("parks").keySet()).containsSubsequence("source", "note", "mofcom_source", "model_source");
    }

    // --- helpers

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** The one row of {@code rows} holding the trail's observation. */
    private static CSVRecord only(List<CSVRecord> rows, Trail t) {
        List<CSVRecord> found = rows.stream()
                .filter(r -> r.get("indicator").equals(t.indicator()) && r.get("as_of").equals(t.asOf())).toList();
        assertThat(found).as(t.indicator() + " " + t.asOf()).hasSize(1);
        return found.get(0);
    }

    private static String cell(Element row, List<String> headers, String header) {
        int i = headers.indexOf(header);
        assertThat(i).as("column " + header + " in " + headers).isNotNegative();
        return row.select("td").get(i).text();
    }

    /** The fields of a resource of datapackage.json by name, in order. */
    private static Map<String, JsonNode> fields(String resource) {
        for (JsonNode r : dataPackage.path("resources")) {
            if (r.path("name").asText().equals(resource)) {
                Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
                r.path("schema").path("fields").forEach(f -> out.put(f.path("name").asText(), f));
                return out;
            }
        }
        throw new AssertionError("no resource " + resource + " in datapackage.json");
    }

    /** The words a field's Table Schema enum constraint allows. */
    private static List<String> words(JsonNode field) {
        List<String> out = new ArrayList<>();
        field.path("constraints").path("enum").forEach(w -> out.add(w.asText()));
        return out;
    }
}
