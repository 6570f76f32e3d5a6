package org.parkbench.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Turns Commons CSV's refusal of a file into a PB104 diagnostic where the file goes wrong. The
 * default format refuses two things: a quoted field that is never closed, reported at its opening
 * quote, and text after a closing quote, reported at that character. Commons CSV's exception
 * names the line where an unclosed field starts, not its column; the field is found by reading
 * the text again with one quote added at its end, which closes exactly that field (everything
 * before it was read the same way the first time). For text after a closing quote, the exception
 * names the reader's position, which is just past the offending character.
 */
final class MalformedCsv {
    private static final String HINT = "close the quote; a quote inside a quoted field is written twice (\"\")";
    private static final String POSITION = "position: ";

    private MalformedCsv() {
    }

    /**
     * Reports why {@code text} was refused.
     *
     * @param text    the text the parser read: the file's from offset {@code base} on
     * @param refusal what the parser threw
     * @param line    the file's line the parser was on when it threw
     * @return the file offset of an unexpected character after a closing quote (the rest of the
     *         file can be read from the next line), or -1 when the file goes wrong in a way that
     *         leaves nothing to read after it (a quoted field that is never closed)
     */
    static int report(String text, int base, CSVFormat format, CsvRow.Located located, UncheckedIOException refusal,
                      long line, Diagnostics diagnostics) {
        int open = unclosedQuote(text, format);
        if (open >= 0) {
            diagnostics.report(located.origin(base + open), DiagnosticCode.PB104, "the quoted field opened here is never closed", HINT);
            return -1;
        }
        String message = refusal.getCause() != null ? refusal.getCause().getMessage() : refusal.getMessage();
        int after = readerPosition(message);
        if (after >= 1 && after <= text.length()) {
            diagnostics.report(located.origin(base + after - 1), DiagnosticCode.PB104,
                    "unexpected character '" + Character.toString(text.codePointAt(after - 1)) + "' after the closing quote of a field", HINT);
            return base + after - 1;
        }
        diagnostics.report(new Origin(located.file(), (int) Math.max(1, line), 1), DiagnosticCode.PB104,
                "malformed CSV: " + message, HINT);
        return -1;
    }

    /** Where the quoted field that runs to the end of {@code text} opens, or -1 when no field does. */
    private static int unclosedQuote(String text, CSVFormat format) {
        CSVRecord last = null;
        try (CSVParser parser = CSVParser.parse(text + '"', format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                last = records.next();
            }
        } catch (IOException | UncheckedIOException e) {
            return -1; // the quote closed nothing: the file goes wrong elsewhere
        }
        if (last == null || last.size() == 0) {
            return -1;
        }
        // the added quote closes the last field: its value, each quote doubled, stands between that and its opening quote
        String value = last.get(last.size() - 1);
        int open = text.length() - 1 - value.length() - RecordLayout.quotes(value);
        return open >= 0 && text.charAt(open) == '"' ? open : -1;
    }

    /** The reader position Commons CSV's message names (characters read so far), or -1 if it names none. */
    private static int readerPosition(String message) {
        int at = message == null ? -1 : message.lastIndexOf(POSITION);
        if (at < 0) {
            return -1;
        }
        long position = -1;
        // the number is formatted for the default locale: skip whatever groups its digits
        for (int i = at + POSITION.length(); i < message.length(); i++) {
            int digit = Character.digit(message.charAt(i), 10);
            if (digit >= 0) {
                position = Math.max(position, 0) * 10 + digit;
                if (position > Integer.MAX_VALUE) {
                    return -1;
                }
            }
        }
        return (int) position;
    }
}
