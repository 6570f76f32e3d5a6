package org.parkbench.core.model;

import java.util.List;

/**
 * What a classification rule found in a park's stakes: either a {@link FiredRule}, which adds
 * weight to a development model, or a {@link ContextNote}, which is worth telling a reader but
 * points to no model (who finances the park, for instance).
 */
public sealed interface Finding permits FiredRule, ContextNote {
    /** The id of the rule that found it, e.g. {@code G1}. */
    String ruleId();

    /** A sentence naming the actors and what they do. */
    String explanation();

    /** The stakes the finding rests on. */
    List<Stake> evidence();
}
