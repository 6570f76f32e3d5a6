package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact a context rule found worth showing beside a classification without weighing it for any
 * model, e.g. that a policy bank finances the park.
 */
public record ContextNote(String ruleId, String explanation, List<Stake> evidence) implements Finding {
    public ContextNote {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
