package org.parkbench.exercises.key;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as a student types it and writes it at a stated precision, exactly as the
 * browser does ({@code check.js}). Reading: white space anywhere is dropped, then one trailing
 * {@code %}; U+2212 counts as a minus sign; when the text has a dot, commas are thousands
 * separators; without a dot, a comma after a group of 1–3 digits not starting with 0 and followed
 * by groups of exactly three digits is a thousands separator ({@code 1,226}), any other single
 * comma a decimal comma ({@code 0,125}, {@code 12,5}). What remains must be digits with at most
 * one decimal point and an optional sign. Writing: rounded half away from zero to {@code decimals}
 * places, shown with exactly that many decimals (negative: rounded to tens, hundreds…, shown
 * without decimals); zero has no sign. An answer exactly halfway between two values at that
 * precision (88.5 at none) also has a {@linkplain #tieAlternative tie alternative}, rounded the
 * other way (88): a check accepts it when either is accepted, so that the answers accepted are the
 * closed interval {@code |answer − key| ≤ margin} that Moodle, Canvas and QTI engines apply.
 */
public final class DecimalAnswer {
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");

    private DecimalAnswer() {
    }

    /** The number in {@code typed}, or empty when it is not one. */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        typed.chars().map(DecimalAnswer::halfWidth).filter(c -> !isWhiteSpace((char) c))
                .forEach(c -> b.append(c == '\u2212' ? '-' : (char) c));
        String s = b.toString();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.indexOf('.') >= 0) {
            s = s.replace(",", "");
        } else if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (s.indexOf(',') == s.lastIndexOf(',')) {
            s = s.replace(',', '.');
        }
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
    }

    /** {@code value} rounded half away from zero to {@code decimals} and written out. */
    public static String format(BigDecimal value, int decimals) {
        return format(value, decimals, RoundingMode.HALF_UP);
    }

    private static String format(BigDecimal value, int decimals, RoundingMode mode) {
        BigDecimal rounded = value.setScale(decimals, mode);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO.setScale(Math.max(decimals, 0));
        }
        return decimals >= 0 ? rounded.toPlainString() : rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** What a typed answer is checked as: parsed, rounded and written; empty when it is no number. */
    public static Optional<String> normalise(String typed, int decimals) {
        return parse(typed).map(v -> format(v, decimals));
    }

    /**
     * When {@code typed} lies exactly halfway between two values at {@code decimals}, the one
     * nearer zero, written as {@link #normalise} writes numbers ({@code "88.5"} at 0: {@code "88"},
     * whereas it normalises to {@code "89"}); otherwise empty.
     */
    public static Optional<String> tieAlternative(String typed, int decimals) {
        return parse(typed).flatMap(v -> {
            String other = format(v, decimals, RoundingMode.HALF_DOWN);
            return other.equals(format(v, decimals)) ? Optional.empty() : Optional.of(other);
        });
    }

    /**
     * A full-width form (U+FF01–U+FF5E: １２３，．％－) as its ASCII character, and the ideographic full
     * stop 。 as a point, so that an answer typed with a Chinese keyboard reads as the same number.
     */
    private static int halfWidth(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0;
        }
        return c == '\u3002' ? '.' : c;
    }

    private static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
