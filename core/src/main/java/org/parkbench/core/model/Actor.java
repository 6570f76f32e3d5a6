package org.parkbench.core.model;

import java.util.Objects;
import org.parkbench.core.language.Language;

/**
 * An organisation that initiates, develops, owns, finances or operates a park. {@code nameZh} is its
 * Chinese name ({@code name_zh} in actors.csv), empty where the sources give none.
 */
public record Actor(String id, String name, ActorKind kind, String country, String nameZh) {
    public Actor(String id, String name, ActorKind kind, String country) {
        this(id, name, kind, country, "");
    }

    /** The name a reader of {@code language} reads: the Chinese one where there is one, else the name as written. */
    public String name(Language language) {
        return language == Language.ZH && !nameZh.isEmpty() ? nameZh : name;
    }

    public Actor {
        nameZh = Objects.requireNonNullElse(nameZh, "");
        Slug.require(id, "actor id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        country = Objects.requireNonNullElse(country, "");
    }
}
