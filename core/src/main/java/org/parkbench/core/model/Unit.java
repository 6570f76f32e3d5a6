package org.parkbench.core.model;

import java.util.Optional;

/**
 * The units a figure may be stated in. Area converts to km²; money converts within its currency
 * to millions. Currencies are never converted into each other: an exchange rate is a fact with a
 * source, not a constant.
 */
public enum Unit implements Vocabulary {
    COUNT("count", "", Dimension.COUNT, null, 1),
    PERSONS("persons", "persons", Dimension.PERSONS, null, 1),
    KM2("km2", "km²", Dimension.AREA, null, 1),
    HA("ha", "ha", Dimension.AREA, null, 0.01),
    M2("m2", "m²", Dimension.AREA, null, 1e-6),
    ACRE("acre", "acres", Dimension.AREA, null, 0.0040468564224),
    USD_M("usd-m", "USD m", Dimension.MONEY, "USD", 1),
    USD_BN("usd-bn", "USD bn", Dimension.MONEY, "USD", 1000),
    CNY_M("cny-m", "CNY m", Dimension.MONEY, "CNY", 1),
    CNY_BN("cny-bn", "CNY bn", Dimension.MONEY, "CNY", 1000),
    PKR_BN("pkr-bn", "PKR bn", Dimension.MONEY, "PKR", 1000),
    PERCENT("percent", "%", Dimension.SHARE, null, 1),
    UNITS_PER_YEAR("units-per-year", "units/yr", Dimension.PRODUCTION, null, 1),
    PAIRS_PER_DAY("pairs-per-day", "pairs/day", Dimension.PRODUCTION, null, 1),
    PAIRS_PER_YEAR("pairs-per-year", "pairs/yr", Dimension.PRODUCTION, null, 1),
    TONNES_PER_YEAR("tonnes-per-year", "t/yr", Dimension.PRODUCTION, null, 1);

    private final String word;
    private final String label;
    private final Dimension dimension;
    private final String currency;
    private final double factor;

    Unit(String word, String label, Dimension dimension, String currency, double factor) {
        this.word = word;
        this.label = label;
        this.dimension = dimension;
        this.currency = currency;
        this.factor = factor;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The unit's size in its dimension's reference unit: millions of the currency for money, km² for area, else 1. */
    public double factor() {
        return factor;
    }

    /** The ISO 4217 currency of a money unit. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    /** Whether a value in this unit can be converted into {@code other}. */
    public boolean convertibleTo(Unit other) {
        return dimension == other.dimension && java.util.Objects.equals(currency, other.currency)
                && (dimension == Dimension.AREA || dimension == Dimension.MONEY || this == other);
    }

    /** Converts {@code value} in this unit into {@code target}. */
    public double convert(double value, Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException("cannot convert " + word + " into " + target.word);
        }
        return value * factor / target.factor;
    }
}
