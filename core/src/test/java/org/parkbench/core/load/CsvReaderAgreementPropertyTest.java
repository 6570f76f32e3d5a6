package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Core reads CSV with its own one-pass reader; Commons CSV's default format (with {@code #}
 * comments and empty lines skipped) is the reference. On random text built from the characters
 * that matter (commas, quotes, line ends, spaces, {@code #}, letters), well-formed or not, both
 * must read the same rows, and core must report malformed CSV exactly when Commons CSV refuses it.
 */
class CsvReaderAgreementPropertyTest {
    private static final CSVFormat REFERENCE = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();

    @Property(tries = 2000)
    void readsWhatCommonsCsvReads(@ForAll("texts") String body) {
        String text = "a,b,c\n" + body;
        List<List<String>> expected = new ArrayList<>();
        boolean refused = false;
        try (CSVParser parser = REFERENCE.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (!(values.size() == 1 && values.get(0).isBlank())) {
                    expected.add(values);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            refused = true;
        }

        Diagnostics diagnostics = new Diagnostics();
        CsvTable table = CsvTable.parse(text, "t.csv", List.of("a", "b", "c"), diagnostics);

        boolean reported = diagnostics.sorted().stream().anyMatch(d -> d.code() == DiagnosticCode.PB104);
        assertThat(reported).as("malformed CSV reported").isEqualTo(refused);
        List<List<String>> read = table.rows().stream()
                .map(r -> List.of(r.cell("a"), r.cell("b"), r.cell("c"))).toList();
        List<List<String>> wellFormedRows = expected.subList(1, expected.size()).stream()
                .filter(v -> v.size() == 3)
                .map(v -> v.stream().map(String::strip).toList()).toList();
        if (!refused) {
            assertThat(read).isEqualTo(wellFormedRows);
        } else {
            // rows before the error are kept, as the reference returned them before refusing
            assertThat(wellFormedRows).startsWith(read.toArray(List[]::new));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "#", "x", "yz", "é", "1.5", "\t")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
