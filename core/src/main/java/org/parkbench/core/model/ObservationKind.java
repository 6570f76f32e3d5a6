package org.parkbench.core.model;

/**
 * What a figure is: an outcome that was measured or reported as achieved, a target someone set,
 * or a plan (an intended size, a budget). Targets and plans are never shown as outcomes.
 */
public enum ObservationKind implements Vocabulary {
    OUTCOME("outcome", "outcome"),
    TARGET("target", "target"),
    PLAN("plan", "plan");

    private final String word;
    private final String label;

    ObservationKind(String word, String label) {
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
