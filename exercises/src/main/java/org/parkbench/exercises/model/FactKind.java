package org.parkbench.exercises.model;

import java.util.List;
import org.parkbench.core.model.Vocabulary;

/** The kinds of fact a choice key can be checked against, with the parameters each needs. */
public enum FactKind implements Vocabulary {
    PARK_MODEL("park-model", "a park's development model", List.of("park"), List.of()),
    PARK_VARIANT("park-variant", "a park's model variant", List.of("park"), List.of()),
    PARK_COUNTRY("park-country", "a park's host country", List.of("park"), List.of()),
    PARK_ESTABLISHED("park-established", "the year a park was established", List.of("park"), List.of()),
    MOFCOM_YEAR("mofcom-year", "the year MOFCOM confirmed a park", List.of("park"), List.of()),
    EVENT_YEAR("event-year", "the year of a park's event", List.of("park", "event"), List.of()),
    PARK_DEVELOPER("park-developer", "a park's developer", List.of("park"), List.of("as_of")),
    STAKE_SHARE("stake-share", "an actor's share in a park", List.of("park", "actor"), List.of("as_of")),
    ZONE_MODEL("zone-model", "a confirmed zone's development model", List.of("zone"), List.of()),
    OBSERVATION("observation", "one reported figure", List.of("park", "indicator"), List.of("as_of", "year", "source")),
    STATISTIC("statistic", "a published statistic's value", List.of("statistic"), List.of());

    private final String word;
    private final String label;
    private final List<String> required;
    private final List<String> optional;

    FactKind(String word, String label, List<String> required, List<String> optional) {
        this.word = word;
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }
}
