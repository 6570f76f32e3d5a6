package org.parkbench.exercises.model;

import java.util.Objects;
import org.parkbench.core.model.Origin;

/**
 * One event to place on a timeline, found in the data by park and date (and, where a park has
 * several events on that date, by words its text {@code contains}). {@code id} is the letter the
 * answer uses (a, b, c… in the order the file lists the items); {@code label} overrides the
 * event's text.
 */
public record OrderItem(String id, String park, String date, String contains, String label, Origin origin) {
    public OrderItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(park, "park");
        Objects.requireNonNull(date, "date");
        contains = Objects.requireNonNullElse(contains, "");
        label = Objects.requireNonNullElse(label, "");
        Objects.requireNonNull(origin, "origin");
    }
}
