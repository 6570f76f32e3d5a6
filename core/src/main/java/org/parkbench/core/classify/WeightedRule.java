package org.parkbench.core.classify;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/**
 * The common part of the rules that weigh for a model: id, summary (a key of core's bundle),
 * model and weight, and firing with an explanation written in every language.
 */
abstract class WeightedRule implements ClassificationRule {
    private final String id;
    private final String summaryKey;
    private final DevelopmentModel model;
    private final int weight;

    WeightedRule(String id, String summaryKey, DevelopmentModel model, int weight) {
        this.id = id;
        this.summaryKey = summaryKey;
        this.model = model;
        this.weight = weight;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The summary's {@code {0}} is the majority share, for the rules that speak of one. */
    @Override
    public final String summary(Language language) {
        Wording w = Wording.in(language);
        return w.format(summaryKey, w.percent(StakeSnapshot.MAJORITY_PERCENT));
    }

    @Override
    public final Optional<DevelopmentModel> model() {
        return Optional.of(model);
    }

    @Override
    public final int weight() {
        return weight;
    }

    /** The rule fired: {@code explanation} writes its sentence in the language of the wording it is given. */
    final Optional<Finding> fire(Function<Wording, String> explanation, List<Stake> evidence, Variant variant) {
        return Optional.of(new FiredRule(id, Wording.everyLanguage(explanation), model, weight, evidence, variant));
    }

    @Override
    public String toString() {
        return id + " (" + model.word() + " +" + weight + ")";
    }
}
