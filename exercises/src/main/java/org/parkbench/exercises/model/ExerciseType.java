package org.parkbench.exercises.model;

import org.parkbench.core.model.Vocabulary;

/** The six kinds of exercise, with the word an exercise file's {@code type} field uses. */
public enum ExerciseType implements Vocabulary {
    SINGLE_CHOICE("single-choice", "Single choice"),
    MULTIPLE_CHOICE("multiple-choice", "Multiple choice"),
    NUMERIC("numeric", "Numeric answer"),
    CLASSIFY("classify", "Classify into development models"),
    ORDER("order", "Put on a timeline"),
    SHORT_ANSWER("short-answer", "Short answer");

    private final String word;
    private final String label;

    ExerciseType(String word, String label) {
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

    /** Whether the site can check an answer itself (everything but short answers). */
    public boolean selfChecking() {
        return this != SHORT_ANSWER;
    }
}
