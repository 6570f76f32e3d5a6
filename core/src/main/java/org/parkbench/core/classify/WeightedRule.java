package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/** The common part of the rules that weigh for a model: id, summary, model and weight. */
abstract class WeightedRule implements ClassificationRule {
    private final String id;
    private final String summary;
    private final DevelopmentModel model;
    private final int weight;

    WeightedRule(String id, String summary, DevelopmentModel model, int weight) {
        this.id = id;
        this.summary = summary;
        this.model = model;
        this.weight = weight;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final Optional<DevelopmentModel> model() {
        return Optional.of(model);
    }

    @Override
    public final int weight() {
        return weight;
    }

    final Optional<Finding> fire(String explanation, List<Stake> evidence, Variant variant) {
        return Optional.of(new FiredRule(id, explanation, model, weight, evidence, variant));
    }

    @Override
    public String toString() {
        return id + " (" + model.word() + " +" + weight + ")";
    }
}
