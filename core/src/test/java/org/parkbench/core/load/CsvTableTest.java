package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

class CsvTableTest {
    private static final List<String> ABC = List.of("a", "b", "c");
    private final Diagnostics diagnostics = new Diagnostics();

    private CsvTable parse(String text) {
        return CsvTable.parse(text, "t.csv", ABC, diagnostics);
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void eachCellKnowsTheColumnWhereItStarts() {
        CsvTable table = parse("a,b,c\n1,\"x, y\",3\n");
        CsvRow row = table.rows().get(0);
        assertThat(row.cell("b")).isEqualTo("x, y");
        // line 2 is 1,"x, y",3 : b opens with its quote at column 3, c follows the 8 characters before it
        assertThat(row.origin("a")).isEqualTo(new Origin("t.csv", 2, 1));
        assertThat(row.origin("b")).isEqualTo(new Origin("t.csv", 2, 3));
        assertThat(row.origin("c")).isEqualTo(new Origin("t.csv", 2, 10));
        assertThat(headlines()).isEmpty();
    }

    @Test
    void aQuotedFieldOverSeveralLinesMovesTheFollowingCellsToItsLastLine() {
        CsvTable table = parse("a,b,c\n\"first\nsecond\",after,x\nnext,y,z\n");
        CsvRow row = table.rows().get(0);
        assertThat(row.cell("a")).isEqualTo("first\nsecond");
        assertThat(row.origin()).isEqualTo(new Origin("t.csv", 2, 1));
        // line 3 is second",after,x : 'after' starts after the 8 characters second",
        assertThat(row.origin("b")).isEqualTo(new Origin("t.csv", 3, 9));
        assertThat(table.rows().get(1).origin("c")).isEqualTo(new Origin("t.csv", 4, 8));
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCountedInLineNumbers() {
        CsvTable table = parse("# a comment\n\na,b,c\n\n# another\r\n1,2,3\n   \n");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).origin("c")).isEqualTo(new Origin("t.csv", 6, 5));
        assertThat(table.headerOrigin()).isEqualTo(new Origin("t.csv", 3, 1));
        assertThat(headlines()).isEmpty();
    }

    @Test
    void cellsAreStrippedAndColumnsMayComeInAnyOrder() {
        CsvTable table = parse("c, b ,a\n 3 ,2,1\n");
        assertThat(table.rows().get(0).cell("c")).isEqualTo("3");
        assertThat(table.rows().get(0).cell("a")).isEqualTo("1");
        assertThat(headlines()).isEmpty();
    }

    @Test
    void anUnknownColumnIsReportedAtItsHeaderCellWithTheClosestMissingOne() {
        parse("a,bb,c\n1,2,3\n");
        assertThat(headlines()).containsExactly(
                "t.csv:1:1: error: [PB102] missing column 'b'",
                "t.csv:1:3: error: [PB101] unknown column 'bb'; did you mean 'b'?");
    }

    @Test
    void aRepeatedColumnIsReportedAtItsSecondOccurrence() {
        parse("a,b,c,a\n1,2,3,4\n");
        assertThat(headlines()).containsExactly("t.csv:1:7: error: [PB101] column 'a' appears twice (first at column 1)");
    }

    @Test
    void anEmptyColumnNameIsReportedWhereItStands() {
        parse("a,b,c,\n1,2,3,\n");
        assertThat(headlines()).containsExactly("t.csv:1:7: error: [PB101] empty column name");
    }

    @Test
    void aRowWithTooFewFieldsSaysHowManyWereExpected() {
        CsvTable table = parse("a,b,c\n1,2\n4,5,6\n");
        assertThat(headlines()).containsExactly(
                "t.csv:2:1: error: [PB103] row has 2 fields, expected 3 (one per column of the header)");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.complete()).isFalse();
    }

    @Test
    void anEmptyFileHasNoHeader() {
        parse("");
        assertThat(headlines()).containsExactly("t.csv:1:1: error: [PB102] the file has no header row");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        CsvTable table = parse("a,b,c\n1,2,3\n4,\"open,6\n7,8,9\n");
        assertThat(headlines()).containsExactly(
                "t.csv:3:3: error: [PB104] the quoted field opened here is never closed");
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void textAfterAClosingQuoteIsReportedWhereItStands() {
        parse("a,b,c\n\"x\"y,2,3\n");
        assertThat(headlines()).containsExactly(
                "t.csv:2:4: error: [PB104] unexpected character 'y' after the closing quote of a field");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreTolerated() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("a,b,c\r\n1,\"two\r\nlines\",3\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = temp.resolve("bom.csv");
        Files.write(file, bytes.toByteArray());
        CsvTable table = CsvTable.read(file, "bom.csv", ABC, diagnostics).orElseThrow();
        assertThat(headlines()).isEmpty();
        CsvRow row = table.rows().get(0);
        assertThat(row.origin("a")).isEqualTo(new Origin("bom.csv", 2, 1));
        assertThat(row.cell("b")).isEqualTo("two\r\nlines");
        assertThat(row.origin("c")).isEqualTo(new Origin("bom.csv", 3, 8));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() throws Exception {
        Path file = temp.resolve("latin1.csv");
        // "café" written in Latin-1: é is the single byte 0xE9, after the 6 bytes of line 1 and the 5 of "1,caf"
        Files.write(file, "a,b,c\n1,caf\u00e9,3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(CsvTable.read(file, "latin1.csv", ABC, diagnostics)).isEmpty();
        assertThat(headlines()).containsExactly(
                "latin1.csv:2:6: error: [PB104] byte 0xE9 at offset 11 is not valid UTF-8");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        CsvTable table = parse("a,b,c\n北园,x,y\n");
        assertThat(table.rows().get(0).origin("b")).isEqualTo(new Origin("t.csv", 2, 4));
    }

    @TempDir
    Path temp;
}
