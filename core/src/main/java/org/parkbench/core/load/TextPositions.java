package org.parkbench.core.load;

import java.util.Arrays;
import org.parkbench.core.model.Origin;

/**
 * Turns character offsets in a text into 1-based line and column numbers. A line ends with LF,
 * CRLF or a lone CR, as in the CSV reader; columns count characters (code points), not UTF-16
 * units, so a column agrees with what an editor shows.
 */
final class TextPositions {
    private final String text;
    private final String file;
    private final int[] lineStarts;

    TextPositions(String text, String file) {
        // one pass over a copy of the characters: much cheaper than charAt on a UTF-16 string
        this(text.toCharArray(), text, file);
    }

    /** Positions in {@code text}, whose characters {@code chars} are. */
    TextPositions(char[] chars, String text, String file) {
        this.text = text;
        this.file = file;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based character column of {@code offset} on its line. */
    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        int end = Math.min(offset, text.length());
        return text.codePointCount(start, end) + 1;
    }

    /** How many lines the text has (a final line end starts an empty last line). */
    int lineCount() {
        return lineStarts.length;
    }

    /** The offset where the 1-based {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    Origin origin(int offset) {
        return new Origin(file, line(offset), column(offset));
    }
}
