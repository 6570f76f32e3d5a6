package org.parkbench.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one CSV writer: text that a spreadsheet would run as a formula comes back with a leading
 * {@code '}, numbers come back as they were (negative ones too), and the bytes are Commons CSV's
 * default format with {@code \n} line ends.
 */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@x", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\",\"y\")", "-12.5", "-", "\t"})
    void textStartingLikeAFormulaComesBackWithALeadingQuote(String text) throws IOException {
        List<CSVRecord> read = readBack(SpreadsheetCsv.text(List.of("id", "response"), List.of(List.of(text, text))));

        assertThat(read.get(1).toList()).containsExactly("'" + text, "'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "1", "12.5", "2016-06", "'=already quoted", " =1+1", "", "Ｘ", "#1", "a=1"})
    void otherTextIsLeftAsItIs(String text) throws IOException {
        assertThat(SpreadsheetCsv.guard(text)).isEqualTo(text);
        assertThat(readBack(SpreadsheetCsv.text(List.of("a", "b"), List.of(List.of("x", text)))).get(1).get(1)).isEqualTo(text);
    }

    @Test
    void theGuardTrimsNothing() {
        assertThat(SpreadsheetCsv.guard("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCsv.guard("\r\n=1+1")).isEqualTo("'\r\n=1+1");
    }

    @Test
    void numbersAreWrittenAsNumbersNegativeOnesToo() throws IOException {
        List<Object> numbers = List.of(-1.5, -1, -74L, (short) -3, (byte) -2, new BigDecimal("-0.25"), BigInteger.valueOf(-7),
                -2.5f, 3500.0, 0.0001, 2.0E7, -0.0, 1e16, 123456.789);

        List<CSVRecord> read = readBack(SpreadsheetCsv.text(List.of("v"), numbers.stream().map(List::of).toList()));

        assertThat(read.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly("-1.5", "-1", "-74", "-3", "-2", "-0.25", "-7",
                "-2.5", "3500", "0.0001", "20000000", "0", "10000000000000000", "123456.789");
    }

    @Test
    void aNumberThatIsNotFiniteIsRefused() {
        assertThatThrownBy(() -> SpreadsheetCsv.text(List.of("v"), List.of(List.of(Double.NaN)))).hasMessageContaining("finite");
    }

    @Test
    void theBytesAreCommonsCsvDefaultWithUnixLineEnds() {
        String csv = SpreadsheetCsv.text(List.of("case", "note", "value"), List.of(
                Arrays.asList("suzhou", "one, \"two\"\nthree", 1.5),
                Arrays.asList("", null, null),
                Arrays.asList("#x", "ends with a space ", -2)));

        assertThat(csv).isEqualTo("case,note,value\n"
                + "suzhou,\"one, \"\"two\"\"\nthree\",1.5\n"
                + "\"\",,\n"
                + "\"#x\",\"ends with a space \",-2\n");
    }

    @Test
    void aRecordCanBeWrittenCellByCellToAWriter() throws IOException {
        StringBuilder out = new StringBuilder();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record("student_id", "score");
            csv.record("-1", -1);
        }
        assertThat(out).hasToString("student_id,score\n'-1,-1\n");
    }

    private static List<CSVRecord> readBack(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }
}
