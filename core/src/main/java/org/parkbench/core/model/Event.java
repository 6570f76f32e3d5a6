package org.parkbench.core.model;

import java.util.Objects;

/** A dated milestone in a park's life, with its source. */
public record Event(String park, PartialDate date, String text, String source, String note, Origin origin) implements Sourced {
    public Event {
        Slug.require(park, "park id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("event text is empty");
        }
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }
}
