package org.parkbench.app.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parkbench.core.csv.SpreadsheetCsv;

/**
 * A CSV file of the case data format being written: a header row, then one row per call, written
 * by {@link SpreadsheetCsv} (quoting only where a cell needs it, {@code \n} line ends, so the same
 * rows give the same bytes on every platform). Numbers are passed as numbers; text that started
 * like a formula would be guarded, which the generator's words, ids and dates never do.
 */
final class CsvFile implements AutoCloseable {
    private final Path file;
    private final SpreadsheetCsv out;
    private final int columns;

    CsvFile(Path file, List<String> header) {
        this.file = file;
        try {
            this.out = new SpreadsheetCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        this.columns = header.size();
        row(header.toArray(Object[]::new));
    }

    /** Writes one row: text, numbers, or {@code null} for an empty cell (not known). */
    void row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a file of " + columns + " columns");
        }
        try {
            out.record(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
