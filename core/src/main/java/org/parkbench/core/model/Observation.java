package org.parkbench.core.model;

import java.util.Objects;

/**
 * One reported figure: what a source says an indicator was for a park at a date. Conflicting
 * observations from different sources stand side by side; nothing is averaged or chosen.
 */
public record Observation(String park, Indicator indicator, double value, Unit unit, Qualifier qualifier,
                          PartialDate asOf, String source, String note, Origin origin) implements Sourced {
    public Observation {
        Slug.require(park, "park id");
        Objects.requireNonNull(indicator, "indicator");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number");
        }
        if (value < 0) {
            throw new IllegalArgumentException("value " + value + " is negative");
        }
        Objects.requireNonNull(unit, "unit");
        if (!indicator.accepts(unit)) {
            throw new IllegalArgumentException("indicator " + indicator.word() + " cannot be stated in " + unit.word());
        }
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }

    /** The value converted into {@code target} (same dimension and currency). */
    public double valueIn(Unit target) {
        return unit.convert(value, target);
    }
}
