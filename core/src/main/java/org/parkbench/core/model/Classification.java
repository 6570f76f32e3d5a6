package org.parkbench.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the classifier concluded about one park on one date: a score per development model
 * (shares of the fired rules' weight, summing to 1, or all 0 when no rule fired), the rules that
 * fired and the context notes, the top model and the runner-up, whether the park is
 * {@link #mixed()} (the runner-up scores at least
 * {@link org.parkbench.core.classify.Classifier#MIXED_THRESHOLD} of the top), the model the case
 * declares and whether the two disagree, and the variant the evidence points to. With no evidence
 * there is no top model, nothing is mixed and nothing disagrees. It is part of the model, beside
 * the rows it is read from, because a {@link CaseStudy} keeps each park's classification (made
 * once, when the case is made, by {@code core.classify}'s rules) for everything that shows or
 * checks it.
 *
 * @param asOf the date the stakes were read at; empty when the park has no stakes
 */
public record Classification(String park, Optional<PartialDate> asOf, Map<DevelopmentModel, Integer> points,
                             Map<DevelopmentModel, Double> scores, List<FiredRule> fired, List<ContextNote> context,
                             Optional<DevelopmentModel> top, Optional<DevelopmentModel> runnerUp, boolean mixed,
                             DevelopmentModel declared, boolean disagrees, Optional<Variant> suggestedVariant) {
    public Classification {
        Objects.requireNonNull(park, "park");
        Objects.requireNonNull(asOf, "asOf");
        points = Collections.unmodifiableMap(new EnumMap<>(points));
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
        fired = List.copyOf(fired);
        context = List.copyOf(context);
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(suggestedVariant, "suggestedVariant");
    }

    /** The model's share of the weight, 0–1. */
    public double score(DevelopmentModel model) {
        return scores.getOrDefault(model, 0.0);
    }

    /** The ids of the fired rules, in report order. */
    public List<String> firedRuleIds() {
        return fired.stream().map(FiredRule::ruleId).toList();
    }

    /** Whether any rule fired. */
    public boolean determined() {
        return top.isPresent();
    }
}
