package org.parkbench.core.model;

/**
 * Whose figure it is: the whole zone (every enterprise in it), or the developer's own (the
 * development company's investment, staff or land). Figures of different scopes are not divided
 * by each other.
 */
public enum ObservationScope implements Vocabulary {
    ZONE("zone", "zone-wide"),
    DEVELOPER("developer", "the developer's own");

    private final String word;
    private final String label;

    ObservationScope(String word, String label) {
        this.word = word;
        this.label = label;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }
}
