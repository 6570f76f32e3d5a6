package org.parkbench.exercises.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.model.Origin;

/**
 * A numeric key as the file states it: the name of a derivation of core's catalogue and its
 * parameters ({@code ${name}} placeholders are filled per variant). The number itself is never
 * typed; it is computed from the data.
 */
public record DerivationCall(String derivation, Map<String, String> params, Origin origin) {
    public DerivationCall {
        Objects.requireNonNull(derivation, "derivation");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(origin, "origin");
    }
}
