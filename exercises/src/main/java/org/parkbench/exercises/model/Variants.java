package org.parkbench.exercises.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameter sets an exercise is asked with, one per variant, in the order the file declares
 * them (a variant's index is its position). An exercise without variants has one variant with no
 * parameters.
 */
public record Variants(List<Map<String, String>> parameterSets) {
    public static final Variants NONE = new Variants(List.of(Map.of()));

    public Variants {
        if (parameterSets.isEmpty()) {
            throw new IllegalArgumentException("an exercise has at least one variant");
        }
        parameterSets = parameterSets.stream().map(m -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
    }

    public int count() {
        return parameterSets.size();
    }

    public Map<String, String> parameters(int index) {
        return parameterSets.get(index);
    }

    /** Every parameter name some variant sets. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        parameterSets.forEach(m -> names.addAll(m.keySet()));
        return names;
    }
}
