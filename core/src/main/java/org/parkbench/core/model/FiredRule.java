package org.parkbench.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parkbench.core.language.Language;

/**
 * A rule that held for a park: which rule, why (a sentence naming the actors, in every language),
 * which model it supports and with what weight, the stakes it used as evidence, and the variant of
 * that model the evidence points to, if any.
 */
public record FiredRule(String ruleId, Map<Language, String> explanations, DevelopmentModel model, int weight,
                        List<Stake> evidence, Variant variant) implements Finding {
    public FiredRule {
        Objects.requireNonNull(ruleId, "ruleId");
        explanations = Explanations.inEveryLanguage(explanations);
        Objects.requireNonNull(model, "model");
        if (weight <= 0) {
            throw new IllegalArgumentException("a fired rule adds a positive weight, not " + weight);
        }
        evidence = List.copyOf(evidence);
        if (variant != null && variant.model() != model) {
            throw new IllegalArgumentException("variant " + variant.word() + " does not belong to " + model.word());
        }
    }

    public FiredRule(String ruleId, Map<Language, String> explanations, DevelopmentModel model, int weight, List<Stake> evidence) {
        this(ruleId, explanations, model, weight, evidence, null);
    }

    @Override
    public String explanation(Language language) {
        return explanations.get(language);
    }

    public Optional<Variant> variantIfAny() {
        return Optional.ofNullable(variant);
    }
}
