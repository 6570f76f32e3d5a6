package org.parkbench.site.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.parkbench.core.model.Dimension;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/**
 * How the site writes a reported figure: the number as reported (no rounding a source did not do,
 * thousands grouped), the unit, and the source's qualifier ("more than 9,000 persons",
 * "USD 18.55 bn", "72.72 %"). Locale-independent, so every build writes the same bytes.
 */
public final class ValueFormat {
    private ValueFormat() {
    }

    /** Per thread, one format per number of decimals: building a DecimalFormat costs far more than using one. */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[20]);

    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return grouped((long) value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        int scale = Math.max(0, exact.scale());
        DecimalFormat[] formats = FORMATS.get();
        if (scale >= formats.length) {
            return format(scale).format(exact);
        }
        if (formats[scale] == null) {
            formats[scale] = format(scale);
        }
        return formats[scale].format(exact);
    }

    private static DecimalFormat format(int scale) {
        return new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A whole number with thousands separated by commas, as {@code #,##0} writes it. */
    private static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (n < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** The value with its unit, without qualifier: "USD 18.55 bn", "278 km²", "1,082". */
    public static String amount(double value, Unit unit) {
        String n = number(value);
        if (unit.dimension() == Dimension.MONEY && unit.currency().isPresent()) {
            String currency = unit.currency().get();
            String scale = unit.label().startsWith(currency + " ") ? unit.label().substring(currency.length() + 1) : "";
            return scale.isEmpty() ? currency + " " + n : currency + " " + n + " " + scale;
        }
        return unit.label().isEmpty() ? n : n + " " + unit.label();
    }

    /** The value as the source states it: "more than 9,000 persons". */
    public static String stated(double value, Unit unit, Qualifier qualifier) {
        String amount = amount(value, unit);
        return qualifier == null || qualifier == Qualifier.EXACT ? amount : qualifier.label() + " " + amount;
    }

    public static String stated(Observation o) {
        return stated(o.value(), o.unit(), o.qualifier());
    }

    /** A share in percent: "72.72 %". */
    public static String percent(double value) {
        return number(value) + " %";
    }
}
