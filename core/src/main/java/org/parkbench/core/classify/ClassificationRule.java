package org.parkbench.core.classify;

import java.util.Optional;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;

/**
 * One rule of the classifier: a condition on the kinds and roles of the actors holding stakes in
 * a park on a date, and what it means when it holds. A weighted rule adds {@link #weight()} to
 * {@link #model()}; a context rule (no model, weight 0) only adds a note. Rules never look at
 * names or ids, so they apply to any park. {@link StandardRules} lists the shipped ones;
 * docs/decisions/002-classifier-rules.md explains each.
 */
public interface ClassificationRule {
    /** A short stable id (G1, C2, P1…), cited in explanations and tests. */
    String id();

    /** What the rule checks, in a sentence in {@code language} (from core's bundle), for the rule table. */
    String summary(Language language);

    /** The model the rule supports; empty for a context rule. */
    Optional<DevelopmentModel> model();

    /** The weight the rule adds when it fires; 0 for a context rule. */
    int weight();

    /**
     * What the rule finds in {@code snapshot}, its explanation written in every language; empty when
     * it does not apply.
     */
    Optional<Finding> apply(StakeSnapshot snapshot);
}
