package org.parkbench.core.model;

/** How far a row of a reference list was verified against sources. */
public enum Verification implements Vocabulary {
    YES("yes", "Confirmed by a named source"),
    PARTIAL("partial", "Partly confirmed by a named source"),
    NO("no", "Not yet confirmed by a primary source");

    private final String word;
    private final String label;

    Verification(String word, String label) {
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
