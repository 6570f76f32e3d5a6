package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

/**
 * The limits a file is read within (TextFile and CsvLimits): each is refused where it passes the
 * limit, with the file named and the limit stated, and what lies before the limit is still read.
 */
class InputLimitsTest {
    private static final List<String> ABC = List.of("a", "b", "c");
    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path temp;

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aCsvFileOverItsSizeIsRefusedFromItsSizeAlone() throws Exception {
        Path file = temp.resolve("big.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputLimits.CSV_FILE_BYTES + 1); // holes: nothing is written, and nothing must be read
        }

        assertThat(CsvTable.read(file, "big.csv", ABC, diagnostics)).isEmpty();
        assertThat(headlines()).containsExactly(
                "big.csv:1:1: error: [PB105] the file has 16,777,217 bytes, over the limit of 16 MiB (16,777,216 bytes) for a CSV file;"
                        + " it was not read");
    }

    @Test
    void aMarkdownFileHasASmallerLimit() throws Exception {
        Path file = temp.resolve("case.md");
        Files.writeString(file, "x".repeat((int) InputLimits.TEXT_FILE_BYTES + 1));

        assertThat(TextFile.read(file, "case.md", diagnostics)).isEmpty();
        assertThat(headlines()).containsExactly(
                "case.md:1:1: error: [PB105] the file has 1,048,577 bytes, over the limit of 1 MiB (1,048,576 bytes)"
                        + " for a Markdown or YAML file; it was not read");
    }

    @Test
    void aLineOverTheLimitIsReportedAndTheLinesBeforeItAreRead() {
        String text = "a,b,c\n1,2,3\n4," + "x".repeat(InputLimits.CSV_LINE_CHARACTERS) + ",6\n7,8,9\n";

        CsvTable table = CsvTable.parse(text, "t.csv", ABC, diagnostics);
        assertThat(table.rows()).extracting(r -> r.cell("a")).containsExactly("1");
        assertThat(table.complete()).isFalse();
        assertThat(headlines()).containsExactly("t.csv:3:1: error: [PB106] line 3 is longer than 65,536 characters,"
                + " the limit for a CSV line; the file is not read from this line on");
    }

    @Test
    void aQuotedCellSpanningLinesIsLimitedLikeALine() {
        String text = "a,b,c\n1,\"" + "x\n".repeat(InputLimits.CSV_LINE_CHARACTERS / 2 + 1) + "\",3\n";

        CsvTable table = CsvTable.parse(text, "t.csv", ABC, diagnostics);
        assertThat(table.rows()).isEmpty();
        assertThat(headlines()).containsExactly("t.csv:2:3: error: [PB106] this cell is longer than 65,536 characters,"
                + " the limit for a CSV cell; the file is not read from this row on");
    }

    @Test
    void cellsAreCountedAsTheyAreReadAndReadingStopsAtTheLimit() {
        StringBuilder text = new StringBuilder("a,b,c\n");
        int rows = InputLimits.CSV_CELLS / 3 + 1;
        for (int i = 0; i < rows; i++) {
            text.append(i).append(",y,z\n");
        }

        CsvTable table = CsvTable.parse(text.toString(), "t.csv", ABC, diagnostics);
        // the header's 3 cells and 33,332 rows make 99,999; the row after them passes the limit
        assertThat(table.rows()).hasSize(InputLimits.CSV_CELLS / 3 - 1);
        assertThat(table.complete()).isFalse();
        assertThat(headlines()).containsExactly("t.csv:" + (InputLimits.CSV_CELLS / 3 + 1) + ":1: error: [PB107] the file holds"
                + " more than 100,000 cells (values, the header's included), the limit for a CSV file; it is not read from this row on");
    }

    @Test
    void controlCharactersAreReportedWhereTheyAreAndTheRestIsStillRead() throws Exception {
        Path file = temp.resolve("t.csv");
        Files.writeString(file, "a,b,c\n1,bell\u0007,3\n\u007f,x\u0000y,\"tab\tand\r\nline end\"\n", StandardCharsets.UTF_8);

        CsvTable table = CsvTable.read(file, "t.csv", ABC, diagnostics).orElseThrow();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cell("b")).isEqualTo("bell\uFFFD");
        assertThat(headlines()).containsExactly(
                "t.csv:2:7: error: [PB211] control character U+0007 in the text",
                "t.csv:3:1: error: [PB211] control character U+007F in the text",
                "t.csv:3:4: error: [PB211] control character U+0000 in the text");
    }

    @Test
    void manyControlCharactersAreListedTenAndCounted() throws Exception {
        Path file = temp.resolve("t.md");
        Files.writeString(file, "\u0001".repeat(25) + "\n", StandardCharsets.UTF_8);

        assertThat(TextFile.read(file, "t.md", diagnostics)).isPresent();
        assertThat(headlines()).hasSize(11).last().isEqualTo(
                "t.md:1:11: error: [PB211] 15 more control characters or non-characters from here on, not listed one by one");
    }

    @Test
    void aSymbolicLinkThatLoopsSaysSo() throws Exception {
        Path loop = temp.resolve("parks.csv");
        Files.createSymbolicLink(loop, loop.getFileName());

        assertThat(TextFile.present(loop)).isTrue();
        assertThat(CsvTable.read(loop, "parks.csv", ABC, diagnostics)).isEmpty();
        assertThat(headlines()).singleElement().asString()
                .startsWith("parks.csv:1:1: error: [PB109] cannot read the file: a symbolic link on its path loops");
    }
}
