package org.parkbench.core.load;

/**
 * How a record that Commons CSV has read lies in the file's text, worked out from the values it
 * read instead of reading the text a second time. The default format has no escape character and
 * keeps the spaces around a field, so a field is quoted exactly when it starts with a quote; a
 * plain field is as long as its value; a quoted one is its value with every quote doubled, between
 * two quotes, and then only whitespace may come before the comma. Line ends can only be inside
 * quoted values, and they are kept there as written.
 */
final class RecordLayout {
    private static final char QUOTE = '"';
    private static final char DELIMITER = ',';

    private RecordLayout() {
    }

    /** The offset in {@code text} where each field starts, for the record that starts at {@code start}. */
    static int[] fieldStarts(String text, int start, String[] values) {
        int[] starts = new int[values.length];
        int p = start;
        for (int i = 0; i < values.length; i++) {
            starts[i] = p;
            if (i + 1 == values.length) {
                break;
            }
            String value = values[i];
            if (p < text.length() && text.charAt(p) == QUOTE) {
                // the parser accepted the record: after the closing quote there is only whitespace before the comma
                p = text.indexOf(DELIMITER, p + 2 + value.length() + quotes(value));
            } else {
                p += value.length();
            }
            p++;
        }
        return starts;
    }

    /** How many line ends the values hold: the lines a record spans beyond its first. */
    static int lineEnds(String[] values) {
        int count = 0;
        for (String value : values) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    // CRLF is one line end, counted at its LF
                    if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** How many quotes {@code value} holds: each was written twice inside its quoted field. */
    static int quotes(String value) {
        int count = 0;
        for (int i = value.indexOf(QUOTE); i >= 0; i = value.indexOf(QUOTE, i + 1)) {
            count++;
        }
        return count;
    }
}
