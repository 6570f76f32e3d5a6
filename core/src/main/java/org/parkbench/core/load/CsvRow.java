package org.parkbench.core.load;

import java.util.Map;
import org.parkbench.core.model.Origin;

/**
 * One data row of a CSV file: its cells by column name, and where each cell starts in the file.
 * Cells are stripped of surrounding whitespace; a column the header lacks reads as empty.
 *
 * <p>Where each cell starts is worked out only when it is asked for (for a diagnostic, mostly):
 * the row keeps the values Commons CSV read, as written, and the line it starts on, and walks
 * its fields from the start of that line then ({@link RecordLayout}).
 */
public final class CsvRow {
    private final Map<String, Integer> columnIndex;
    private final String[] cells;
    private final String[] values;
    private final Located located;
    private final Origin origin;
    private Origin[] origins;

    /**
     * A file's text, shared by its rows, and where its lines start: worked out on the first
     * position asked for (a diagnostic, mostly), not for every file read.
     */
    static final class Located {
        private final String text;
        private final String file;
        private TextPositions positions;

        Located(String text, String file) {
            this.text = text;
            this.file = file;
        }

        String text() {
            return text;
        }

        String file() {
            return file;
        }

        synchronized Origin origin(int offset) {
            return positions().origin(offset);
        }

        /** Where the 1-based {@code line} starts in the text. */
        synchronized int lineStart(int line) {
            return positions().lineStart(line);
        }

        synchronized int lineCount() {
            return positions().lineCount();
        }

        private TextPositions positions() {
            if (positions == null) {
                positions = new TextPositions(text, file);
            }
            return positions;
        }
    }

    /**
     * @param values the record's values as Commons CSV read them (not stripped), owned by the row
     * @param origin where the record starts: column 1 of its first line
     */
    CsvRow(Map<String, Integer> columnIndex, String[] values, Located located, Origin origin) {
        this.columnIndex = columnIndex;
        // stripped once, as a cell is asked for several times (strip() gives the same string when it has
        // nothing to strip); the values as read stay, for placing the cells
        String[] stripped = values;
        for (int i = 0; i < values.length; i++) {
            String cell = values[i].strip();
            if (cell != values[i]) {
                if (stripped == values) {
                    stripped = values.clone();
                }
                stripped[i] = cell;
            }
        }
        this.cells = stripped;
        this.values = values;
        this.located = located;
        this.origin = origin;
    }

    /** The stripped text of {@code column}, empty when the cell is empty or the column is absent. */
    public String cell(String column) {
        Integer i = columnIndex.get(column);
        return i == null || i >= cells.length ? "" : cells[i];
    }

    /** Where the cell of {@code column} starts; the row's start when the column is absent. */
    public Origin origin(String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= values.length || i == 0) {
            return origin; // the first cell starts where the row does
        }
        return origins()[i];
    }

    private synchronized Origin[] origins() {
        if (origins == null) {
            origins = cellOrigins(values, located, origin);
        }
        return origins;
    }

    /** Where each field of the record with {@code values} that starts at {@code origin} starts. */
    static Origin[] cellOrigins(String[] values, Located located, Origin origin) {
        int[] starts = RecordLayout.fieldStarts(located.text(), located.lineStart(origin.line()), values);
        Origin[] found = new Origin[starts.length];
        for (int i = 0; i < found.length; i++) {
            found[i] = located.origin(starts[i]);
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
