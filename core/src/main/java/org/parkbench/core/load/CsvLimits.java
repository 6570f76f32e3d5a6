package org.parkbench.core.load;

import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * The limits a CSV file is read within, past its size ({@link InputLimits}): no line and no cell
 * longer than {@link InputLimits#CSV_LINE_CHARACTERS} characters (PB106), no more than
 * {@link InputLimits#CSV_CELLS} cells in the file (PB107). A long line is looked for before
 * Commons CSV reads the file, and the file is read up to the line it is on; cells are counted as
 * Commons CSV reads the records, and reading stops at the record that passes the limit (a cell
 * longer than a line is one whose quoted text spans lines). Either way the file counts as not read
 * in full, and the rows before the limit are still checked.
 */
final class CsvLimits {
    private static final String LONG_HINT = "a row is one line: keep long texts short (details belong in case.md or a source),"
            + " and check for a quote that is never closed; CONTRIBUTING.md ('Limits') lists every limit";

    private final CsvRow.Located located;
    private final Diagnostics diagnostics;
    private long cells;

    CsvLimits(CsvRow.Located located, Diagnostics diagnostics) {
        this.located = located;
        this.diagnostics = diagnostics;
    }

    /** The offset of the first character past the limit on a line of {@code text}, or -1 when every line is within it. */
    static int firstLongLine(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                length = 0;
            } else if (++length > InputLimits.CSV_LINE_CHARACTERS) {
                return i;
            }
        }
        return -1;
    }

    /** Reports the line that {@code offset} (from {@link #firstLongLine}) is on. */
    static void reportLongLine(CsvRow.Located located, int offset, Diagnostics diagnostics) {
        Origin at = located.origin(offset);
        diagnostics.report(new Origin(at.file(), at.line(), 1), DiagnosticCode.PB106, "line " + at.line()
                + " is longer than " + InputLimits.count(InputLimits.CSV_LINE_CHARACTERS)
                + " characters, the limit for a CSV line; the file is not read from this line on", LONG_HINT);
    }

    /**
     * Whether the record with {@code values}, starting at {@code origin}, is within the limits;
     * when it is not, the reason is reported and the file is read no further.
     */
    boolean admit(String[] values, Origin origin) {
        cells += values.length;
        if (cells > InputLimits.CSV_CELLS) {
            diagnostics.report(origin, DiagnosticCode.PB107, "the file holds more than " + InputLimits.count(InputLimits.CSV_CELLS)
                            + " cells (values, the header's included), the limit for a CSV file; it is not read from this row on",
                    "split the data (a case per region or per hundred parks, say); CONTRIBUTING.md ('Limits') lists every limit");
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].length() > InputLimits.CSV_LINE_CHARACTERS) {
                Origin cell = i == 0 ? origin : CsvRow.cellOrigins(values, located, origin)[i];
                diagnostics.report(cell, DiagnosticCode.PB106, "this cell is longer than "
                        + InputLimits.count(InputLimits.CSV_LINE_CHARACTERS) + " characters, the limit for a CSV cell;"
                        + " the file is not read from this row on", LONG_HINT);
                return false;
            }
        }
        return true;
    }
}
