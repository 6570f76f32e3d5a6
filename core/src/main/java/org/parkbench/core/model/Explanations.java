package org.parkbench.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.language.Language;

/** A finding's explanation in every language, as {@link FiredRule} and {@link ContextNote} keep it. */
final class Explanations {
    private Explanations() {
    }

    /** An unmodifiable copy of {@code explanations}, which must have a text for every language. */
    static Map<Language, String> inEveryLanguage(Map<Language, String> explanations) {
        Objects.requireNonNull(explanations, "explanations");
        Map<Language, String> copy = new EnumMap<>(Language.class);
        copy.putAll(explanations);
        for (Language language : Language.values()) {
            if (copy.get(language) == null) {
                throw new IllegalArgumentException("a finding needs its explanation in " + language.englishName());
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
