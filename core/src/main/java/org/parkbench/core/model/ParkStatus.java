package org.parkbench.core.model;

/** Where a park stands in its life. */
public enum ParkStatus implements Vocabulary {
    PLANNED("planned", "Planned"),
    UNDER_CONSTRUCTION("under-construction", "Under construction"),
    OPERATING("operating", "Operating"),
    STALLED("stalled", "Stalled"),
    ABANDONED("abandoned", "Abandoned");

    private final String word;
    private final String label;

    ParkStatus(String word, String label) {
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
