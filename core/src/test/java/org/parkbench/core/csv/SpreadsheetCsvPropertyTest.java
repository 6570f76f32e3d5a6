package org.parkbench.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Whatever the text (quotes, commas, line ends, spaces, formula starts), Commons CSV's parser reads
 * back exactly the guarded text, and no cell it reads starts like a formula.
 */
class SpreadsheetCsvPropertyTest {
    private static final List<String> HEADER = List.of("case", "id", "note");

    @Property(tries = 3000)
    void readsBackTheGuardedText(@ForAll("rows") List<List<String>> rows) throws IOException {
        String written = SpreadsheetCsv.text(HEADER, rows);

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(written)).getRecords();
        assertThat(records).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            List<String> read = records.get(i + 1).toList();
            assertThat(read).isEqualTo(rows.get(i).stream().map(SpreadsheetCsv::guard).toList());
            assertThat(read).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
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
