package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An aggregate as a publication reports it (e.g. "56 parks in Belt-and-Road countries,
 * 72.72 % of all overseas parks"). {@code shareOf} names the statistic it is a share of, when the
 * source reports that total too.
 *
 * @param measure what is counted: parks, countries, enterprises, investment, output, zones…
 */
public record PublishedStatistic(String id, String measure, StatisticScope scope, double value, Unit unit,
                                 PartialDate asOf, Double reportedSharePercent, String shareOf,
                                 String source, String note, Origin origin) implements Sourced {
    public PublishedStatistic {
        Slug.require(id, "statistic id");
        Slug.require(measure, "measure");
        Objects.requireNonNull(scope, "scope");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("value " + value + " must be a finite, non-negative number");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        if (reportedSharePercent != null && (reportedSharePercent <= 0 || reportedSharePercent > 100)) {
            throw new IllegalArgumentException("share " + reportedSharePercent + " % is outside (0, 100]");
        }
        shareOf = Objects.requireNonNullElse(shareOf, "");
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<Double> reportedShare() {
        return Optional.ofNullable(reportedSharePercent);
    }

    public Optional<String> total() {
        return shareOf.isEmpty() ? Optional.empty() : Optional.of(shareOf);
    }
}
