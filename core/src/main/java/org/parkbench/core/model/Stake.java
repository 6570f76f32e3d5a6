package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor's role in a park over a period, with its share where a source states one. The period
 * is half-open: {@code from} is the first date it held, {@code until} the first date it no longer
 * held (empty: still holds). A share that is not known stays empty; it is never guessed.
 */
public record Stake(String park, Actor actor, Role role, Double sharePercent, PartialDate from, PartialDate until,
                    String source, String note, Origin origin) implements Sourced {
    public Stake {
        Slug.require(park, "park id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        if (sharePercent != null && (sharePercent < 0 || sharePercent > 100)) {
            throw new IllegalArgumentException("share " + sharePercent + " % is outside 0–100");
        }
        Objects.requireNonNull(from, "from");
        if (until != null && until.compareTo(from) <= 0) {
            throw new IllegalArgumentException("period ends (" + until + ") before it starts (" + from + ")");
        }
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<Double> share() {
        return Optional.ofNullable(sharePercent);
    }

    public Optional<PartialDate> end() {
        return Optional.ofNullable(until);
    }

    /** Whether the stake holds on {@code date} (compared by first day). */
    public boolean holdsOn(PartialDate date) {
        return from.start().compareTo(date.start()) <= 0 && (until == null || date.start().isBefore(until.start()));
    }
}
