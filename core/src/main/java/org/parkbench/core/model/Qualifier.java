package org.parkbench.core.model;

/**
 * How a source states a figure: exactly, about, at least, more than, at most, up to, less than, or
 * a range from the observation's value to its {@code value_high}. The word is the source's own
 * ("more than 9,000" is {@code over}, "up to 40,000" is {@code up-to}); Parkbench keeps it so
 * that the page says what the source said.
 */
public enum Qualifier implements Vocabulary {
    EXACT("exact", ""),
    ABOUT("about", "about"),
    AT_LEAST("at-least", "at least"),
    OVER("over", "more than"),
    AT_MOST("at-most", "at most"),
    UP_TO("up-to", "up to"),
    UNDER("under", "less than"),
    RANGE("range", "between");

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

    /** "at least" and "more than": the true figure is this value or above it. */
    public boolean isLowerBound() {
        return this == AT_LEAST || this == OVER;
    }

    /** "at most", "up to" and "less than": the true figure is this value or below it. */
    public boolean isUpperBound() {
        return this == AT_MOST || this == UP_TO || this == UNDER;
    }

    /** Whether the bound itself is included ("at least", "at most", "up to"), not excluded ("more than", "less than"). */
    public boolean isInclusive() {
        return this != OVER && this != UNDER;
    }
}
