package org.parkbench.core.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One reported figure: what a source says an indicator was for a park at a date. Conflicting
 * observations from different sources stand side by side; nothing is averaged or chosen.
 *
 * @param value     the figure, or the low end of a range
 * @param valueHigh the high end of a range ({@link Qualifier#RANGE}); null for any other qualifier
 * @param qualifier how the source states it ("about", "more than", "up to", a range…)
 * @param kind      an outcome, a target or a plan
 * @param scope     the whole zone's figure or the developer's own
 */
public record Observation(String park, Indicator indicator, double value, Double valueHigh, Unit unit,
                          Qualifier qualifier, ObservationKind kind, ObservationScope scope,
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
        if (valueHigh != null && (!Double.isFinite(valueHigh) || valueHigh < value)) {
            throw new IllegalArgumentException("value_high " + valueHigh + " must be a finite number not below value " + value);
        }
        Objects.requireNonNull(unit, "unit");
        if (!indicator.accepts(unit)) {
            throw new IllegalArgumentException("indicator " + indicator.word() + " cannot be stated in " + unit.word());
        }
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        kind = Objects.requireNonNullElse(kind, ObservationKind.OUTCOME);
        scope = Objects.requireNonNullElse(scope, ObservationScope.ZONE);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }

    /** An outcome for the whole zone, stated as a single figure. */
    public Observation(String park, Indicator indicator, double value, Unit unit, Qualifier qualifier,
                       PartialDate asOf, String source, String note, Origin origin) {
        this(park, indicator, value, null, unit, qualifier, ObservationKind.OUTCOME, ObservationScope.ZONE,
                asOf, source, note, origin);
    }

    /** The high end of a range, if the figure is one. */
    public OptionalDouble high() {
        return valueHigh == null ? OptionalDouble.empty() : OptionalDouble.of(valueHigh);
    }

    /** The value converted into {@code target} (same dimension and currency). */
    public double valueIn(Unit target) {
        return unit.convert(value, target);
    }
}
