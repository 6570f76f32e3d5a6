package org.parkbench.core.model;

/** How far a source can be trusted: high (official, wire service, government page seen directly), medium (reputable secondary, repost, company page), low (blog, user-generated, unverified). */
public enum Confidence implements Vocabulary {
    HIGH("high", "High"),
    MEDIUM("medium", "Medium"),
    LOW("low", "Low");

    private final String word;
    private final String label;

    Confidence(String word, String label) {
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
