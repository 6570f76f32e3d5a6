package org.parkbench.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parkbench.core.language.Language;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * How a reported percentage relates to the one recomputed from the reported counts. The reported
 * figure's decimals decide the comparison: {@code 72.72} is compared with the recomputed value
 * rounded and truncated to two decimals. When rounding and truncating give the same digits the
 * figure counts as {@link #ROUNDED}, the ordinary convention.
 */
public enum Agreement {
    /** Equals the recomputed share rounded half-up to the reported decimals. */
    ROUNDED("rounded", "agrees"),
    /** Equals the recomputed share cut off (not rounded) at the reported decimals, e.g. 56/77 = 72.7272… reported as 72.72. */
    TRUNCATED("truncated", "truncated, not rounded"),
    /** Neither, but within {@link #CLOSE_POINTS} percentage points. */
    CLOSE("close", "close, but neither rounded nor truncated"),
    /** More than {@link #CLOSE_POINTS} points away. */
    DISAGREES("disagrees", "does not follow from the counts");

    /** How many percentage points a figure may be off and still be called close. */
    public static final double CLOSE_POINTS = 0.05;
    private static final double EPSILON = 1e-9;

    private final String word;
    private final String verdict;

    Agreement(String word, String verdict) {
        this.word = word;
        this.verdict = verdict;
    }

    /** A single word for tables: rounded, truncated, close, disagrees; also the key of the agreement's words in core's bundle. */
    public String word() {
        return word;
    }

    /** The word for tables in {@code language}: "truncated", "截断". */
    public String word(Language language) {
        return QuantityFormat.forLanguage(language).words().text("agreement." + word + ".word");
    }

    /** A few words for sentences. */
    public String verdict() {
        return verdict;
    }

    /** A few words for sentences in {@code language}: "truncated, not rounded", "截断，而非四舍五入". */
    public String verdict(Language language) {
        return QuantityFormat.forLanguage(language).words().text("agreement." + word + ".verdict");
    }

    /** Compares {@code reported} (as printed) with {@code recomputed} (full precision). */
    public static Agreement of(double recomputed, double reported) {
        int decimals = decimals(reported);
        BigDecimal exact = new BigDecimal(recomputed);
        BigDecimal printed = BigDecimal.valueOf(reported);
        if (exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return ROUNDED;
        }
        if (exact.setScale(decimals, RoundingMode.DOWN).compareTo(printed) == 0) {
            return TRUNCATED;
        }
        return Math.abs(recomputed - reported) <= CLOSE_POINTS + EPSILON ? CLOSE : DISAGREES;
    }

    /**
     * The decimals a figure was printed with. A trailing zero is lost once a figure is a number
     * ({@code 72.70} reads as {@code 72.7}), so such a figure is compared at one decimal fewer.
     */
    static int decimals(double printed) {
        return Math.max(0, BigDecimal.valueOf(printed).stripTrailingZeros().scale());
    }
}
