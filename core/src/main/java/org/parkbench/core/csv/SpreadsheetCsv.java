package org.parkbench.core.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file that Parkbench writes for people to open in a spreadsheet: Commons CSV's printer in
 * one format ({@link #FORMAT}: RFC 4180, quoted only where needed, {@code \n} line ends) with one
 * guard against formula injection. Whether a cell is text or a number is decided by its Java type,
 * never by what it looks like:
 * <ul>
 *   <li>a <b>number</b> ({@link Integer}, {@link Long}, {@link Short}, {@link Byte},
 *       {@link BigInteger}, {@link BigDecimal}, {@link Double}, {@link Float}) is written as a plain
 *       decimal with every digit it has, no exponent and no grouping ({@code 3500}, {@code -1.5},
 *       {@code 0.0001}), and is not guarded: a number is data, never a formula;</li>
 *   <li><b>text</b> (a {@link CharSequence}, or anything else by its {@code toString()}) is
 *       {@linkplain #guard guarded}: if its first character is {@code =}, {@code +}, {@code -},
 *       {@code @}, a tab or a carriage return it gets a leading {@code '}, so a spreadsheet shows it
 *       instead of running it. Nothing is trimmed first, so the guard sees what the spreadsheet
 *       sees; a student id {@code "-1"} given as text is written {@code '-1};</li>
 *   <li>{@code null} is an empty cell (not known).</li>
 * </ul>
 * Headers are records like any other. docs/decisions/008-csv-output.md gives the reasons.
 */
public final class SpreadsheetCsv implements Closeable, Flushable {
    /** The one dialect of every CSV written: Commons CSV's default, with {@code \n} ending each record. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** First characters a spreadsheet may take as the start of a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String GUARD = "'";

    private final CSVPrinter printer;

    /** A CSV written to {@code out}; closing it closes {@code out} when that can be closed. */
    public SpreadsheetCsv(Appendable out) {
        try {
            // a copy of the format for each file: CSVFormat prints each value under its own monitor,
            // so one shared instance would make the build's threads queue for every cell
            this.printer = new CSVPrinter(out, FORMAT.builder().get());
        } catch (IOException e) {
            // the format has no header and no header comments, so nothing is written yet
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record: each cell a number, text or {@code null} (see the class comment). */
    public void record(Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell(cell));
        }
        printer.println();
    }

    /** Writes one record of {@code cells}. */
    public void record(List<?> cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell(cell));
        }
        printer.println();
    }

    /** A whole file in memory: {@code header}, then {@code rows}. */
    public static String text(List<?> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(64 * (rows.size() + 1));
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record(header);
            for (List<?> row : rows) {
                csv.record(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * {@code text} as a spreadsheet may safely show it: with a leading {@code '} when it starts
     * like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return), else as it is.
     */
    public static String guard(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? GUARD + text : text;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            return guard(text.toString());
        }
        if (value instanceof Number number) {
            return decimal(number);
        }
        return guard(value.toString());
    }

    private static String decimal(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double v = number.doubleValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a CSV number must be finite, not " + v);
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v); // the common case, and no "-0"
            }
            BigDecimal exact = number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(v);
            return exact.stripTrailingZeros().toPlainString();
        }
        throw new IllegalArgumentException("a CSV number must be an Integer, Long, Short, Byte, BigInteger, BigDecimal,"
                + " Double or Float, not a " + number.getClass().getName());
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
