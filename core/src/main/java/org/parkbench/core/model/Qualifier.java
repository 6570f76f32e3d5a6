package org.parkbench.core.model;

/** How a source states a figure: exactly, about, more than or less than. */
public enum Qualifier implements Vocabulary {
    EXACT("exact", ""),
    ABOUT("about", "about"),
    OVER("over", "more than"),
    UNDER("under", "less than");

    private final String word;
    private final String label;

    Qualifier(String word, String label) {
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
