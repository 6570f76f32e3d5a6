package org.parkbench.exercises.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.model.Origin;

/**
 * The fact a choice key states ({@code fact:} in the file): which kind, and the parameters that
 * select it ({@code ${name}} placeholders are filled per variant).
 */
public record FactCheck(FactKind kind, Map<String, String> params, Origin origin) {
    public FactCheck {
        Objects.requireNonNull(kind, "kind");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(origin, "origin");
    }
}
