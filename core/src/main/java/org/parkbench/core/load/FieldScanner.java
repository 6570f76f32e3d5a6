package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each field of a CSV record starts in the raw text, so that a diagnostic can name the
 * exact column of a cell. It follows the same RFC 4180 rules as the Commons CSV format the loader
 * uses: comma-separated, {@code "} quoting with doubled quotes inside, quoted fields may span lines,
 * LF, CRLF or CR line ends, {@code #} at the start of a line marks a comment, empty lines are
 * skipped, and whitespace may follow a closing quote.
 */
final class FieldScanner {
    private static final char QUOTE = '"';
    private static final char DELIMITER = ',';
    private static final char COMMENT = '#';

    /** One record: the offset where each field starts, and the offset just past its line end. */
    record ScannedRecord(List<Integer> fieldStarts, int end) {
    }

    /** One record's values, as Commons CSV's default format reads them, and the offset just past its line end. */
    record ReadRecord(List<String> values, int end) {
    }

    /** The text cannot be read as CSV at {@code offset}. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxError(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private FieldScanner() {
    }

    /** Skips empty lines and comment lines from {@code offset}: where the next record starts. */
    static int skipToRecord(String text, int offset) {
        int p = offset;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                p += p + 1 < text.length() && text.charAt(p + 1) == '\n' ? 2 : 1;
            } else if (c == COMMENT) {
                p = afterLineEnd(text, p);
            } else {
                break;
            }
        }
        return p;
    }

    /** Scans the record starting exactly at {@code start}. */
    static ScannedRecord scan(String text, int start) throws SyntaxError {
        List<Integer> starts = new ArrayList<>();
        int p = start;
        while (true) {
            starts.add(p);
            p = text.startsWith(String.valueOf(QUOTE), p) ? endOfQuoted(text, p) : endOfPlain(text, p);
            if (p >= text.length()) {
                return new ScannedRecord(starts, text.length());
            }
            char c = text.charAt(p);
            if (c == DELIMITER) {
                p++;
            } else {
                return new ScannedRecord(starts, afterLineEnd(text, p));
            }
        }
    }

    /**
     * Reads the values of the record starting exactly at {@code start}: a plain field as written, a
     * quoted field without its quotes and with each doubled quote made single.
     */
    static ReadRecord read(String text, int start) throws SyntaxError {
        return read(text, start, null);
    }

    /** As {@link #read(String, int)}, taking plain values through {@code values} (null: a new string each). */
    static ReadRecord read(String text, int start, CellValues values) throws SyntaxError {
        List<String> found = new ArrayList<>(16);
        int p = start;
        while (true) {
            if (p < text.length() && text.charAt(p) == QUOTE) {
                int end = endOfQuoted(text, p);
                int close = closingQuote(text, p);
                String inside = text.substring(p + 1, close);
                found.add(inside.indexOf(QUOTE) < 0 ? inside : inside.replace("\"\"", "\""));
                p = end;
            } else {
                int end = endOfPlain(text, p);
                found.add(values == null ? text.substring(p, end) : values.of(text, p, end));
                p = end;
            }
            if (p >= text.length()) {
                return new ReadRecord(found, text.length());
            }
            if (text.charAt(p) == DELIMITER) {
                p++;
            } else {
                return new ReadRecord(found, afterLineEnd(text, p));
            }
        }
    }

    /** The closing quote of the quoted field opened at {@code open} (known to be closed). */
    private static int closingQuote(String text, int open) {
        int i = open + 1;
        while (true) {
            if (text.charAt(i) == QUOTE) {
                if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
    }

    private static int endOfPlain(String text, int p) {
        int i = p;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == DELIMITER || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** From an opening quote to the delimiter or line end after the closing quote. */
    private static int endOfQuoted(String text, int open) throws SyntaxError {
        int i = open + 1;
        while (true) {
            if (i >= text.length()) {
                throw new SyntaxError(open, "the quoted field opened here is never closed");
            }
            if (text.charAt(i) == QUOTE) {
                if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            i++;
        }
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == DELIMITER || c == '\n' || c == '\r') {
                return i;
            }
            if (!Character.isWhitespace(c)) {
                throw new SyntaxError(i, "unexpected character '" + c + "' after the closing quote of a field");
            }
            i++;
        }
        return i;
    }

    private static int afterLineEnd(String text, int p) {
        int i = p;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
