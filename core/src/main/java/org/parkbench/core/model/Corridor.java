package org.parkbench.core.model;

/** The Belt and Road corridor a park lies on, if any. */
public enum Corridor implements Vocabulary {
    SILK_ROAD_ECONOMIC_BELT("silk-road-economic-belt", "Silk Road Economic Belt"),
    MARITIME_SILK_ROAD("maritime-silk-road", "21st-Century Maritime Silk Road"),
    NONE("none", "None");

    private final String word;
    private final String label;

    Corridor(String word, String label) {
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
