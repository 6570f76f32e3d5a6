package org.parkbench.core.model;

/** Whether a case is ready for students or still being written. */
public enum CaseStatus implements Vocabulary {
    DRAFT("draft", "Draft"),
    PUBLISHED("published", "Published");

    private final String word;
    private final String label;

    CaseStatus(String word, String label) {
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
