package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An aggregate as a publication reports it (e.g. "56 parks in Belt-and-Road countries,
 * 72.72 % of all overseas parks", "more than 300,000 jobs"). {@code shareOf} names the statistic it
 * is a share of, when the source reports that total too.
 *
 * @param measure   what is counted: parks, countries, enterprises, investment, output, zones…
 * @param value     the figure, or the low end of a range
 * @param valueHigh the high end of a range ({@link Qualifier#RANGE}); null for any other qualifier
 * @param qualifier how the source states it ("about", "more than", a range…), as for an observation
 * @param kind      an outcome, a target or a plan
 */
public record PublishedStatistic(String id, String measure, StatisticScope scope, double value, Double valueHigh, Unit unit,
                                 Qualifier qualifier, ObservationKind kind, PartialDate asOf, Double reportedSharePercent,
                                 String shareOf, String source, String note, Origin origin) implements Sourced {
    public PublishedStatistic {
        Slug.require(id, "statistic id");
        Slug.require(measure, "measure");
        Objects.requireNonNull(scope, "scope");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("value " + value + " must be a finite, non-negative number");
        }
        if (valueHigh != null && (!Double.isFinite(valueHigh) || valueHigh < value)) {
            throw new IllegalArgumentException("value_high " + valueHigh + " must be a finite number not below value " + value);
        }
        Objects.requireNonNull(unit, "unit");
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        kind = Objects.requireNonNullElse(kind, ObservationKind.OUTCOME);
        Objects.requireNonNull(asOf, "asOf");
        if (reportedSharePercent != null && (reportedSharePercent <= 0 || reportedSharePercent > 100)) {
            throw new IllegalArgumentException("share " + reportedSharePercent + " % is outside (0, 100]");
        }
        shareOf = Objects.requireNonNullElse(shareOf, "");
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }

    /** An exact outcome, stated as a single figure. */
    public PublishedStatistic(String id, String measure, StatisticScope scope, double value, Unit unit,
                              PartialDate asOf, Double reportedSharePercent, String shareOf,
                              String source, String note, Origin origin) {
        this(id, measure, scope, value, null, unit, Qualifier.EXACT, ObservationKind.OUTCOME, asOf, reportedSharePercent,
                shareOf, source, note, origin);
    }

    public Optional<Double> reportedShare() {
        return Optional.ofNullable(reportedSharePercent);
    }

    public Optional<String> total() {
        return shareOf.isEmpty() ? Optional.empty() : Optional.of(shareOf);
    }

    /** Whether the source states the figure exactly (no "about", "more than", range). */
    public boolean isExact() {
        return qualifier == Qualifier.EXACT;
    }
}
