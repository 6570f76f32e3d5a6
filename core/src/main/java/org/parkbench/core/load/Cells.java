package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.core.validate.Severity;

/**
 * Reads the cells of one CSV row as typed values, reporting each bad cell at its own position and
 * going on, so that every problem of a file is found in one run. A getter returns {@code null}
 * (or empty text) for an empty or bad cell; {@link #failed()} tells whether the row had an error,
 * in which case the caller does not build a record from it. A column missing from the header was
 * reported once (PB102) and only marks the row as failed.
 */
final class Cells {

    private final CsvTable table;
    private final CsvRow row;
    private final Diagnostics diagnostics;
    private boolean failed;

    Cells(CsvTable table, CsvRow row, Diagnostics diagnostics) {
        this.table = table;
        this.row = row;
        this.diagnostics = diagnostics;
    }

    /** Whether an error was reported for this row (or a column it needs is missing). */
    boolean failed() {
        return failed;
    }

    Origin origin() {
        return row.origin();
    }

    Origin origin(String column) {
        return row.origin(column);
    }

    /** Reports a problem with the cell of {@code column}. */
    void report(String column, DiagnosticCode code, String message, String hint) {
        diagnostics.report(row.origin(column), code, message, hint);
        if (code.severity() == Severity.ERROR) {
            failed = true;
        }
    }

    /** Marks the row as failed without a new diagnostic (the cause was reported elsewhere). */
    void fail() {
        failed = true;
    }

    /** Optional text; empty when not known. */
    String text(String column) {
        if (!table.hasColumn(column) && !table.mayLackColumn(column)) {
            failed = true;
        }
        return row.cell(column);
    }

    /** Text that must be given (PB208). */
    String required(String column) {
        String value = text(column);
        if (value.isEmpty() && table.hasColumn(column)) {
            report(column, DiagnosticCode.PB208, "'" + column + "' is required but empty",
                    "fill in the value the source gives; a row without it cannot load");
        }
        return value;
    }

    /** A required id that must be a slug (PB208, PB306); returned as written so references still resolve. */
    String id(String column, String what) {
        String value = required(column);
        if (!value.isEmpty() && !Slug.isValid(value)) {
            report(column, DiagnosticCode.PB306, what + " '" + value + "' is not a slug",
                    "use lower-case letters a-z, digits and single hyphens, at most 64 characters, e.g. '"
                            + slugLike(value) + "'");
        }
        return value;
    }

    /** A decimal number (PB201), or null when empty (PB208 when required). */
    Double decimal(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!isPlainDecimal(value)) {
            report(column, DiagnosticCode.PB201, "'" + value + "' is not a number", numberHint(value));
            return null;
        }
        return Double.valueOf(value);
    }

    /** A number that must not be negative (PB205). */
    Double amount(String column, boolean required) {
        Double value = decimal(column, required);
        if (value != null && value < 0) {
            report(column, DiagnosticCode.PB205, "'" + column + "' " + row.cell(column) + " is negative",
                    "amounts are never below zero; a fall is a later observation with a smaller value");
            return null;
        }
        return value;
    }

    /** A number within {@code [min, max]} (PB203). */
    Double inRange(String column, boolean required, double min, double max, String what) {
        Double value = decimal(column, required);
        if (value != null && (value < min || value > max)) {
            report(column, DiagnosticCode.PB203, what + " " + row.cell(column) + " is outside the range " + plain(min) + " to "
                    + plain(max), "");
            return null;
        }
        return value;
    }

    /** A four-digit year within the years Parkbench knows (PB201, PB203). */
    Integer year(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.length() == 4 && digits(value, 0, 4))) {
            report(column, DiagnosticCode.PB201, "'" + value + "' is not a year", "write a four-digit year, e.g. 2008");
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
            report(column, DiagnosticCode.PB203, "year " + year + " is outside " + PartialDate.MIN_YEAR + "–" + PartialDate.MAX_YEAR, "");
            return null;
        }
        return year;
    }

    /** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD (PB202, PB203 for the year). */
    PartialDate date(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!PartialDate.hasForm(value)) {
            report(column, DiagnosticCode.PB202, "'" + value + "' is not a date",
                    "write YYYY, YYYY-MM or YYYY-MM-DD (2016, 2016-03, 2016-03-05), as precise as the source");
            return null;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
            report(column, DiagnosticCode.PB203, "year " + year + " of date '" + value + "' is outside "
                    + PartialDate.MIN_YEAR + "–" + PartialDate.MAX_YEAR, "");
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            report(column, DiagnosticCode.PB202, "'" + value + "' is not a date: " + e.getMessage(), "");
            return null;
        }
    }

    /** An ISO 3166-1 alpha-2 country code (PB206). */
    String country(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty() || CountryCodes.isKnown(value)) {
            return value;
        }
        report(column, DiagnosticCode.PB206, "unknown country code '" + value + "'", CountryCodes.hint(value));
        return "";
    }

    /** A word of a vocabulary (PB207), null when empty (PB208 when required). */
    <E extends Enum<E> & Vocabulary> E word(String column, Class<E> type, String what, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<E> found = Vocabulary.lookup(type, value);
        if (found.isEmpty()) {
            report(column, DiagnosticCode.PB207, unknownWord(what, value, Vocabulary.words(type)), "");
        }
        return found.orElse(null);
    }

    /** {@code ;}-separated words of a vocabulary, each checked (PB207). */
    <E extends Enum<E> & Vocabulary> List<E> words(String column, Class<E> type, String what) {
        List<E> found = new ArrayList<>();
        for (String part : text(column).split(";")) {
            String w = part.strip();
            if (w.isEmpty()) {
                continue;
            }
            Optional<E> e = Vocabulary.lookup(type, w);
            if (e.isEmpty()) {
                report(column, DiagnosticCode.PB207, unknownWord(what, w, Vocabulary.words(type)), "separate words with ';'");
            } else if (!found.contains(e.get())) {
                found.add(e.get());
            }
        }
        return found;
    }

    /** {@code yes} or {@code no} (PB207). */
    Boolean yesNo(String column, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        report(column, DiagnosticCode.PB207, unknownWord("'" + column + "' value", value, List.of("yes", "no")), "");
        return null;
    }

    /**
     * A reference to an id defined elsewhere ({@code unknownCode} when it is not), as written;
     * empty when empty (PB208 when required).
     */
    String reference(String column, KnownIds known, DiagnosticCode unknownCode, boolean required) {
        String value = required ? required(column) : text(column);
        if (!value.isEmpty() && !known.contains(value)) {
            if (known.complete()) {
                report(column, unknownCode, "unknown " + known.referenceName() + " '" + value + "'"
                        + WordSuggestion.didYouMean(value, known.ids()), knownList(known));
            } else {
                failed = true;
            }
        }
        return value;
    }

    /** The source of a fact: required (PB304) and known (PB303). */
    String source(String column, KnownIds sources) {
        if (table.hasColumn(column) && text(column).isEmpty()) {
            report(column, DiagnosticCode.PB304, "fact without a source: '" + column + "' is empty",
                    "every fact needs the key of a row of sources.csv");
            return "";
        }
        return reference(column, sources, DiagnosticCode.PB303, true);
    }

    static String unknownWord(String what, String value, List<String> allowed) {
        String suggestion = WordSuggestion.didYouMean(value, allowed);
        return "unknown " + what + " '" + value + "'" + (suggestion.isEmpty() ? "; allowed: " : suggestion + " Allowed: ")
                + String.join(", ", allowed);
    }

    private static String knownList(KnownIds known) {
        if (known.ids().isEmpty()) {
            return "none is defined yet";
        }
        List<String> ids = known.ids().stream().limit(12).toList();
        return "known: " + String.join(", ", ids) + (known.ids().size() > ids.size() ? ", …" : "");
    }

    private static String numberHint(String value) {
        if (value.matches("[<>~≈].*")) {
            return "write the number alone; 'over', 'under' or 'about' go in the qualifier column";
        }
        if (value.matches("[+-]?[\\d,]+(\\.\\d+)?")) {
            return "no thousands separators, and a dot for decimals: 1082, 18.55";
        }
        if (value.matches("[+-]?\\d+(\\.\\d+)?\\s*\\S+")) {
            return "no units in the cell: the number alone, the unit in its own column";
        }
        return "write a plain decimal with a dot: 1082, 18.55; leave the cell empty when not known";
    }

    /** {@code [+-]?\d+(\.\d+)?}, checked by hand: it runs for every number read. */
    static boolean isPlainDecimal(String value) {
        int i = value.startsWith("+") || value.startsWith("-") ? 1 : 0;
        int dot = value.indexOf('.', i);
        if (dot < 0) {
            return digits(value, i, value.length());
        }
        return digits(value, i, dot) && digits(value, dot + 1, value.length());
    }

    /** Whether {@code value} holds at least one character from {@code from} to {@code to}, all ASCII digits. */
    private static boolean digits(String value, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String slugLike(String value) {
        String s = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "my-id" : s.substring(0, Math.min(64, s.length())).replaceAll("-+$", "");
    }

}
