package org.parkbench.core.load;

import java.util.List;
import java.util.Map;
import org.parkbench.core.model.Origin;

/**
 * One data row of a CSV file: its cells by column name, and where each cell starts in the file.
 * Cells are stripped of surrounding whitespace; a column the header lacks reads as empty.
 */
public final class CsvRow {
    private final Map<String, Integer> columnIndex;
    private final List<String> values;
    private final List<Origin> origins;
    private final Origin origin;

    CsvRow(Map<String, Integer> columnIndex, List<String> values, List<Origin> origins, Origin origin) {
        this.columnIndex = columnIndex;
        this.values = List.copyOf(values);
        this.origins = List.copyOf(origins);
        this.origin = origin;
    }

    /** The stripped text of {@code column}, empty when the cell is empty or the column is absent. */
    public String cell(String column) {
        Integer i = columnIndex.get(column);
        return i == null || i >= values.size() ? "" : values.get(i).strip();
    }

    /** Where the cell of {@code column} starts; the row's start when the column is absent. */
    public Origin origin(String column) {
        Integer i = columnIndex.get(column);
        return i == null || i >= origins.size() ? origin : origins.get(i);
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
