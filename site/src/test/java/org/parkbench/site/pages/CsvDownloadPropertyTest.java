package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The data downloads are written by the site's own CSV writer. Commons CSV's printer (default
 * format, minimal quoting) is the reference: for any cells, the text must be the same byte for
 * byte, and reading it back must give the cells (after the formula guard) again.
 */
class CsvDownloadPropertyTest {
    private static final List<String> HEADER = List.of("case", "id", "note");

    @Property(tries = 3000)
    void writesWhatCommonsCsvWrites(@ForAll("rows") List<List<String>> rows) throws IOException {
        StringWriter reference = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(reference, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(DataTables::defuse).toList());
            }
        }

        String written = DataTables.csv(HEADER, rows);

        assertThat(written).isEqualTo(reference.toString());
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(written))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(records.get(i + 1).toList()).isEqualTo(rows.get(i).stream().map(DataTables::defuse).toList());
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.of("", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "#", "!", "=", "+", "-", "@",
                        "-12.5", "1", "a", "Zh", "é", "苏州", "'", ";", "\\", "~")
                .list().ofMaxSize(5).map(parts -> String.join("", parts));
        return cell.list().ofSize(HEADER.size()).list().ofMaxSize(6);
    }
}
