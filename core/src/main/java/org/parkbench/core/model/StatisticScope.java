package org.parkbench.core.model;

/** Which population an aggregate statistic counts. */
public enum StatisticScope implements Vocabulary {
    ALL_OVERSEAS("all-overseas", "All Chinese overseas parks"),
    BELT_AND_ROAD("belt-and-road", "Parks in Belt-and-Road countries"),
    CONFIRMED("confirmed", "Zones confirmed by MOFCOM");

    private final String word;
    private final String label;

    StatisticScope(String word, String label) {
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
