package org.parkbench.core.model;

import java.util.List;
import org.parkbench.core.language.Language;

/**
 * What a classification rule found in a park's stakes: either a {@link FiredRule}, which adds
 * weight to a development model, or a {@link ContextNote}, which is worth telling a reader but
 * points to no model (who finances the park, for instance).
 */
public sealed interface Finding permits FiredRule, ContextNote {
    /** The id of the rule that found it, e.g. {@code G1}. */
    String ruleId();

    /**
     * A sentence in {@code language} naming the actors (by their names in that language) and what
     * they do: "Huajian Group (private-enterprise, CN), developer: …", "华坚集团（民营企业，中国）为开发主体：……".
     */
    String explanation(Language language);

    /** The stakes the finding rests on. */
    List<Stake> evidence();
}
