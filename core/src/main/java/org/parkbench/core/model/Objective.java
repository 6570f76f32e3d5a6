package org.parkbench.core.model;

import java.util.Objects;

/** A learning objective of a case; exercises say which objectives they assess by id. */
public record Objective(String id, String text) {
    public Objective {
        Slug.require(id, "objective id");
        Objects.requireNonNull(text, "text");
    }
}
