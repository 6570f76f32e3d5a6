package org.parkbench.core.model;

import java.util.Objects;

/** An organisation that initiates, develops, owns, finances or operates a park. */
public record Actor(String id, String name, ActorKind kind, String country) {
    public Actor {
        Slug.require(id, "actor id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        country = Objects.requireNonNullElse(country, "");
    }
}
