package org.parkbench.core.model;

/** What an actor does for a park. */
public enum Role implements Vocabulary {
    INITIATOR("initiator", "Initiator"),
    DEVELOPER("developer", "Developer"),
    OWNER("owner", "Shareholder of the developer"),
    FINANCIER("financier", "Financier"),
    OPERATOR("operator", "Operator"),
    TENANT("tenant", "Anchor tenant");

    private final String word;
    private final String label;

    Role(String word, String label) {
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
