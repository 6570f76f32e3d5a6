package org.parkbench.core.load;

import java.util.List;
import java.util.Map;
import org.parkbench.core.model.Origin;

/**
 * One data row of a CSV file: its cells by column name, and where each cell starts in the file.
 * Cells are stripped of surrounding whitespace; a column the header lacks reads as empty.
 *
 * <p>Where each cell starts is worked out only when it is asked for (for a diagnostic, mostly): the
 * row keeps its start in the file's text and scans its fields again then.
 */
public final class CsvRow {
    private final Map<String, Integer> columnIndex;
    private final String[] values;
    private final Located located;
    private final int start;
    private final Origin origin;
    private Origin[] origins;

    /**
     * A file's text, shared by its rows, and where its lines start: worked out on the first
     * position asked for (a diagnostic, mostly), not for every file read.
     */
    static final class Located {
        private final char[] chars;
        private final String text;
        private final String file;
        private TextPositions positions;

        Located(char[] chars, String text, String file) {
            this.chars = chars;
            this.text = text;
            this.file = file;
        }

        String text() {
            return text;
        }

        synchronized Origin origin(int offset) {
            if (positions == null) {
                positions = new TextPositions(chars, text, file);
            }
            return positions.origin(offset);
        }
    }

    CsvRow(Map<String, Integer> columnIndex, List<String> values, Located located, int start, Origin origin) {
        this.columnIndex = columnIndex;
        this.values = new String[values.size()];
        for (int i = 0; i < this.values.length; i++) {
            this.values[i] = values.get(i).strip();
        }
        this.located = located;
        this.start = start;
        this.origin = origin;
    }

    /** The stripped text of {@code column}, empty when the cell is empty or the column is absent. */
    public String cell(String column) {
        Integer i = columnIndex.get(column);
        return i == null || i >= values.length ? "" : values[i];
    }

    /** Where the cell of {@code column} starts; the row's start when the column is absent. */
    public Origin origin(String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= values.length || i == 0) {
            return origin; // the first cell starts where the row does
        }
        if (origins == null) {
            origins = cellOrigins();
        }
        return origins[i];
    }

    private Origin[] cellOrigins() {
        Origin[] found = new Origin[values.length];
        List<Integer> starts;
        try {
            starts = FieldScanner.scan(located.text(), start).fieldStarts();
        } catch (FieldScanner.SyntaxError e) {
            // the parser accepted what the scanner did not: every cell is placed at the row's start
            starts = List.of();
        }
        for (int i = 0; i < found.length; i++) {
            found[i] = i < starts.size() ? located.origin(starts.get(i)) : origin;
        }
        return found;
    }

    /** Where the row starts. */
    public Origin origin() {
        return origin;
    }

    /** The 1-based line the row starts on. */
    public int line() {
        return origin.line();
    }
}
