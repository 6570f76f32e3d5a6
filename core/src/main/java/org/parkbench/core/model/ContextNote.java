package org.parkbench.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.language.Language;

/**
 * A fact a context rule found worth showing beside a classification without weighing it for any
 * model, e.g. that a policy bank finances the park; its sentence in every language.
 */
public record ContextNote(String ruleId, Map<Language, String> explanations, List<Stake> evidence) implements Finding {
    public ContextNote {
        Objects.requireNonNull(ruleId, "ruleId");
        explanations = Explanations.inEveryLanguage(explanations);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String explanation(Language language) {
        return explanations.get(language);
    }
}
