package org.parkbench.core.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.parkbench.core.model.Dimension;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/**
 * How numbers are written in formulas and tables: inputs exactly as a source gave them
 * ({@code 7.34}, {@code 9000}), results to five significant digits and never fewer than one
 * decimal's worth of the integer part ({@code 1226.2}, {@code 0.40872}), no thousands separators
 * and no exponent, so that a formula can be retyped into a calculator.
 */
public final class Figures {
    private static final int RESULT_DIGITS = 5;

    private Figures() {
    }

    /** A value as it was reported: trailing zeros dropped, nothing rounded. */
    public static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A value as reported, with thousands separators for reading: {@code 1,082}, {@code 18.55}, {@code 70,000}. */
    public static String grouped(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(exact.scale() < 0 ? exact.setScale(0) : exact);
    }

    /** A computed value, rounded for reading (the full value stays in {@link DerivedValue#value()}). */
    public static String result(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        int integerDigits = Math.max(1, (int) Math.floor(Math.log10(Math.abs(value))) + 1);
        int digits = Math.max(RESULT_DIGITS, integerDigits + 1);
        String text = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A quantity with its unit as a reader says it: {@code USD 18.55 bn}, {@code 7.34 km²},
     * {@code 1082 enterprises} (counts of people or things take {@code noun}, other units their
     * label).
     */
    public static String quantity(String number, Unit unit, String noun) {
        if (unit.currency().isPresent()) {
            String[] parts = unit.label().split(" ", 2);
            return parts.length == 2 ? parts[0] + " " + number + " " + parts[1] : number + " " + unit.label();
        }
        boolean counted = unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.PERSONS;
        if (counted && noun != null && !noun.isBlank()) {
            return number + " " + noun;
        }
        return unit.label().isEmpty() ? number : number + " " + unit.label();
    }

    /** A reported observation's value as a reader says it: "more than 9000 direct jobs". */
    public static String quantity(Observation observation) {
        return qualifierPrefix(observation.qualifier())
                + quantity(grouped(observation.value()), observation.unit(), noun(observation.indicator()));
    }

    /** A unit as a value of {@code indicator} is read: "direct jobs" for persons, "km²", "USD bn". */
    public static String unitText(Unit unit, Indicator indicator) {
        boolean counted = unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.PERSONS;
        String noun = noun(indicator);
        return counted && !noun.isEmpty() ? noun : unit.label();
    }

    /** What a count of this indicator counts, in running text. */
    public static String noun(Indicator indicator) {
        return switch (indicator) {
            case JOBS_DIRECT -> "direct jobs";
            case JOBS_INDUCED -> "induced jobs";
            case JOBS_TARGET -> "jobs (target)";
            case ENTERPRISES -> "enterprises";
            case EXPATRIATE_STAFF -> "Chinese expatriate staff";
            case RESIDENTS -> "residents";
            default -> "";
        };
    }

    /** "more than " / "about " / "less than " / "" before a reported figure. */
    public static String qualifierPrefix(Qualifier qualifier) {
        return qualifier == Qualifier.EXACT ? "" : qualifier.label() + " ";
    }

    /** The sign between a formula and its result: "=", "≈", "= more than", "= less than". */
    public static String relation(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "=";
            case ABOUT -> "≈";
            case OVER -> "= more than";
            case UNDER -> "= less than";
        };
    }
}
