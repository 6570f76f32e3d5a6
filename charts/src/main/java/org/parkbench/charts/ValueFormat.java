package org.parkbench.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How numbers are written: for readers (alt text, table cells, item labels) with thousands
 * separators and the unit in its usual place ("USD 18.55 bn", "72.72 %", "1,082"), and for
 * machines (CSV) as plain decimals with no exponent and no grouping. Both are locale-independent,
 * so output does not change with the machine's language.
 */
public final class ValueFormat {
    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final Pattern MONEY = Pattern.compile("([A-Z]{3}) (m|bn)");

    private ValueFormat() {
    }

    /** "1,082", "18.55", "0.5"; at most two decimals. */
    public static String number(double value) {
        requireFinite(value);
        return HouseStyle.thousands().format(value == 0 ? 0.0 : value);
    }

    /** A number with its unit as a reader expects it: "USD 18.55 bn", "72.72 %", "278 km²", "9,000 persons". */
    public static String quantity(double value, String unit) {
        String n = number(value);
        if (unit == null || unit.isBlank() || unit.equals("count")) {
            return n;
        }
        Matcher m = MONEY.matcher(unit);
        if (m.matches()) {
            return m.group(1) + " " + n + " " + m.group(2);
        }
        return n + " " + unit;
    }

    /**
     * A plain decimal with no exponent and no grouping, to 12 significant digits so that binary
     * noise from arithmetic (100 − 71.09 = 28.909999999999997) does not reach a CSV: 1082, 18.55, 28.91.
     */
    public static String plain(double value) {
        return decimal(value).toPlainString();
    }

    /** The number {@link #plain} writes, as a number: what a CSV cell of a figure holds. */
    public static BigDecimal decimal(double value) {
        requireFinite(value);
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(value).round(SIGNIFICANT).stripTrailingZeros();
    }

    static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
    }
}
