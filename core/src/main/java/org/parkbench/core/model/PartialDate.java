package org.parkbench.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to the year, the month or the day, as sources report it ("2016", "2016-08",
 * "2008-02-23"). Nothing is padded with invented months or days: precision is kept and shown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is not 1–12");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException(year + "-" + month + " has no day " + day);
        }
        if (day < 0) {
            throw new IllegalArgumentException("day " + day + " is negative");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not such a date
     */
    public static PartialDate parse(String text) {
        String t = text == null ? "" : text.strip();
        int n = t.length();
        if (!hasForm(t)) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = number(t, 0, 4);
        int mo = n >= 7 ? number(t, 5, 7) : 0;
        int d = n == 10 ? number(t, 8, 10) : 0;
        return new PartialDate(y, mo, d);
    }

    /**
     * Whether {@code text} is written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (digits and
     * hyphens where they belong; whether such a date exists is {@link #parse}'s to say). Checked by
     * hand: a date is read for every row of every case.
     */
    public static boolean hasForm(String text) {
        int n = text.length();
        return (n == 4 || n == 7 || n == 10) && digits(text, 0, 4)
                && (n == 4 || (text.charAt(4) == '-' && digits(text, 5, 7)))
                && (n < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    public static Optional<PartialDate> parseOptional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** The first day this date can mean (1 January for a year). */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** A fractional year for plotting and growth rates: the middle of the period the date names. */
    public double decimalYear() {
        return switch (precision()) {
            case YEAR -> year + 0.5;
            case MONTH -> year + (month - 0.5) / 12.0;
            case DAY -> year + (start().getDayOfYear() - 0.5) / start().lengthOfYear();
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        // as start().compareTo(o.start()), without making two LocalDates per comparison
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(Math.max(month, 1), Math.max(o.month, 1));
        }
        if (c == 0) {
            c = Integer.compare(Math.max(day, 1), Math.max(o.day, 1));
        }
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    @Override
    public String toString() {
        // years are 1900–2100, so four digits; months and days two (not String.format: it is slow and locale-bound)
        StringBuilder out = new StringBuilder(10).append(year);
        if (month > 0) {
            out.append(month < 10 ? "-0" : "-").append(month);
            if (day > 0) {
                out.append(day < 10 ? "-0" : "-").append(day);
            }
        }
        return out.toString();
    }
}
