package org.parkbench.exercises.model;

import java.util.Objects;
import org.parkbench.core.model.Origin;

/**
 * One thing to sort into a development model: a park or a confirmed zone, named by id
 * ({@code ${name}} placeholders are filled per variant). {@code label} overrides the name shown.
 */
public record ClassifyItem(Kind kind, String ref, String label, Origin origin) {
    /** What the item names. */
    public enum Kind { PARK, ZONE }

    public ClassifyItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        label = Objects.requireNonNullElse(label, "");
        Objects.requireNonNull(origin, "origin");
    }
}
