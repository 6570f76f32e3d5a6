package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.pages.Profile;

/**
 * Milestone texts and notes that a spreadsheet would run as formulas ({@code =1+1}, {@code +1},
 * {@code -1}, {@code @x}, a leading tab, a leading carriage return) reach the data downloads and
 * the figure CSVs of a real site build only behind a leading {@code '}: Commons CSV reads each back
 * as {@code '} followed by the text, and no cell of any CSV of the site starts like a formula. The
 * park's negative coordinates are numbers and stay as they are.
 */
class FormulaCellsTest {
    static final List<String> FORMULAS = List.of("=1+1", "+1", "-1", "@x", "\t=1+1", "\r=1+1");
    static final List<String> GUARDED = FORMULAS.stream().map(f -> "'" + f).toList();
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        Casebook book = Fixtures.withMilestoneTexts(FORMULAS);
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, site, Profile.STUDENT, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/events.csv", "data/riverside/events.csv"})
    void theEventDownloadsGuardEveryFormula(String file) throws IOException {
        List<CSVRecord> rows = read(file);

        assertThat(rows.stream().map(r -> r.get("event"))).containsAll(GUARDED);
        assertThat(rows.stream().map(r -> r.get("note"))).containsAll(GUARDED);
    }

    @Test
    void theMilestonesFigureCsvGuardsEveryFormula() throws IOException {
        List<CSVRecord> rows = read("data/figures/milestones-timeline.csv");

        assertThat(rows.stream().map(r -> r.get("Event"))).containsAll(GUARDED);
    }

    @Test
    void negativeCoordinatesStayNumbers() throws IOException {
        CSVRecord park = read("data/parks.csv").get(0);
        assertThat(List.of(park.get("lat"), park.get("lon"))).containsExactly("-30", "-32.5");

        CSVRecord marker = read("data/figures/parks-map.csv").get(0);
        assertThat(List.of(marker.get("Latitude (°)"), marker.get("Longitude (°)"))).containsExactly("-30", "-32.5");
    }

    @Test
    void noCellOfAnyCsvOfTheSiteStartsLikeAFormula() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                    for (String cell : record) {
                        // a negative number is data; anything else starting so is a formula
                        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isNumber(cell))
                                .as(site.relativize(file) + ": " + cell).isTrue();
                    }
                }
            }
        }
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-\\d+(\\.\\d+)?");
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(site.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
