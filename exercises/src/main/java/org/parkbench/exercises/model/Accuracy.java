package org.parkbench.exercises.model;

import java.util.Optional;
import org.parkbench.core.language.Language;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * How exactly a numeric answer must match: the key is rounded to {@code decimals} (negative: to
 * tens, hundreds…), and so is every answer before it is compared; with a tolerance, any rounded
 * answer within it of the rounded key is right. {@code tolerance} is absolute,
 * {@code tolerancePercent} relative to the rounded key; at most one is set.
 */
public record Accuracy(int decimals, Double tolerance, Double tolerancePercent) {
    public static final int MIN_DECIMALS = -6;
    public static final int MAX_DECIMALS = 6;

    public Accuracy {
        if (decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("precision " + decimals + " is outside " + MIN_DECIMALS + "…" + MAX_DECIMALS);
        }
        if (tolerance != null && tolerancePercent != null) {
            throw new IllegalArgumentException("give tolerance or tolerance_pct, not both");
        }
        if ((tolerance != null && !(tolerance >= 0)) || (tolerancePercent != null && !(tolerancePercent >= 0))) {
            throw new IllegalArgumentException("a tolerance is a number ≥ 0");
        }
    }

    public static Accuracy decimals(int decimals) {
        return new Accuracy(decimals, null, null);
    }

    /** The absolute tolerance around {@code key}: 0 without one. */
    public double toleranceAround(double key) {
        if (tolerance != null) {
            return tolerance;
        }
        return tolerancePercent == null ? 0 : Math.abs(key) * tolerancePercent / 100.0;
    }

    /** The absolute tolerance around {@code key}, in decimal arithmetic: 0 without one. */
    public java.math.BigDecimal toleranceAround(java.math.BigDecimal key) {
        if (tolerance != null) {
            return java.math.BigDecimal.valueOf(tolerance);
        }
        return tolerancePercent == null ? java.math.BigDecimal.ZERO
                : key.abs().multiply(java.math.BigDecimal.valueOf(tolerancePercent)).movePointLeft(2);
    }

    /** The tolerance in English: "± 0.3", "± 1 %"; empty without one. */
    public Optional<String> describeTolerance() {
        return describeTolerance(Language.EN);
    }

    /**
     * The tolerance as {@code language} writes it: "± 0.3", "± 1 %" in English; in Chinese with no
     * space after the sign and before the percent sign, "±0.3", "±1%". Empty without one.
     */
    public Optional<String> describeTolerance(Language language) {
        QuantityFormat format = QuantityFormat.forLanguage(language);
        String sign = language == Language.ZH ? "±" : "± ";
        if (tolerance != null) {
            return Optional.of(sign + format.plain(tolerance));
        }
        return tolerancePercent == null ? Optional.empty() : Optional.of(sign + format.withUnit(format.plain(tolerancePercent), "%"));
    }
}
