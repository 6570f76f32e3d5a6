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

    /** As {@link #skipToRecord(String, int)}, over the text's characters. */
    static int skipToRecord(char[] text, int offset) {
        int p = offset;
        while (p < text.length) {
            char c = text[p];
            if (c == '\n') {
                p++;
            } else if (c == '\r') {
                p += p + 1 < text.length && text[p + 1] == '\n' ? 2 : 1;
            } else if (c == COMMENT) {
                while (p < text.length && text[p] != '\n' && text[p] != '\r') {
                    p++;
                }
            } else {
                break;
            }
        }
        return p;
    }

    /**
     * Reads the values of the record starting exactly at {@code start}, as Commons CSV's default
     * format reads them: a plain field as written, a quoted field without its quotes and with each
     * doubled quote made single. It scans {@code chars}, the characters of {@code text} (a loop
     * over an array is much cheaper than one over a string); plain values come from
     * {@code values}, which shares repeated ones.
     */
    static ReadRecord read(char[] chars, String text, int start, CellValues values) throws SyntaxError {
        List<String> found = new ArrayList<>(16);
        int n = chars.length;
        int p = start;
        while (true) {
            if (p < n && chars[p] == QUOTE) {
                int close = p + 1;
                while (true) {
                    if (close >= n) {
                        throw new SyntaxError(p, "the quoted field opened here is never closed");
                    }
                    if (chars[close] == QUOTE) {
                        if (close + 1 < n && chars[close + 1] == QUOTE) {
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    close++;
                }
                String inside = text.substring(p + 1, close);
                found.add(inside.indexOf(QUOTE) < 0 ? inside : inside.replace("\"\"", "\""));
                p = close + 1;
                while (p < n && chars[p] != DELIMITER && chars[p] != '\n' && chars[p] != '\r') {
                    if (!Character.isWhitespace(chars[p])) {
                        throw new SyntaxError(p, "unexpected character '" + chars[p] + "' after the closing quote of a field");
                    }
                    p++;
                }
            } else {
                int end = p;
                while (end < n && chars[end] != DELIMITER && chars[end] != '\n' && chars[end] != '\r') {
                    end++;
                }
                found.add(values.of(chars, text, p, end));
                p = end;
            }
            if (p >= n) {
                return new ReadRecord(found, n);
            }
            if (chars[p] == DELIMITER) {
                p++;
            } else {
                if (chars[p] == '\r' && p + 1 < n && chars[p + 1] == '\n') {
                    p++;
                }
                return new ReadRecord(found, p + 1);
            }
        }
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
