package org.parkbench.app.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV files of a synthetic course are written by the one CSV writer: text that a spreadsheet
 * would run as a formula comes back behind a leading {@code '}, numbers (negative coordinates
 * too) come back as they were, and a cell starting with {@code #} is quoted so the case loader
 * does not take its line for a comment.
 */
class CsvFileTest {

    @Test
    void textThatLooksLikeAFormulaIsGuardedAndNumbersStayNumbers(@TempDir Path dir) throws IOException {
        List<String> formulas = List.of("=1+1", "+1", "-1", "@x", "\t=1+1", "\r=1+1");
        Path file = dir.resolve("parks.csv");
        try (CsvFile csv = new CsvFile(file, List.of("id", "name_en", "lat", "lon"))) {
            for (String formula : formulas) {
                csv.row("p-" + formulas.indexOf(formula), formula, -12.5, -77.25);
            }
            csv.row("#not-a-comment", null, null, 0.0);
        }

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows.stream().limit(formulas.size()).map(r -> r.get("name_en"))).containsExactlyElementsOf(
                formulas.stream().map(f -> "'" + f).toList());
        assertThat(rows.stream().limit(formulas.size())).allSatisfy(r -> assertThat(List.of(r.get("lat"), r.get("lon")))
                .containsExactly("-12.5", "-77.25"));
        assertThat(Files.readString(file)).endsWith("\n\"#not-a-comment\",,,0\n");
    }
}
