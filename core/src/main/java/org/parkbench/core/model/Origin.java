package org.parkbench.core.model;

import java.util.Objects;

/**
 * Where a fact was read from: a file as shown to the user, and the 1-based line and column of the
 * row or field. Diagnostics and "where does this number come from" links are built from it.
 */
public record Origin(String file, int line, int column) implements Comparable<Origin> {
    public static final Origin UNKNOWN = new Origin("", 0, 0);

    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public Origin atColumn(int newColumn) {
        return new Origin(file, line, newColumn);
    }

    @Override
    public int compareTo(Origin o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
