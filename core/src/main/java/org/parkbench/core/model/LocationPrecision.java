package org.parkbench.core.model;

/** How precisely a park's coordinates place it; {@code unknown} when no source gives coordinates. */
public enum LocationPrecision implements Vocabulary {
    SITE("site", "Site (a point inside the park)"),
    CITY("city", "City or district"),
    COUNTRY("country", "Country only"),
    UNKNOWN("unknown", "Unknown");

    private final String word;
    private final String label;

    LocationPrecision(String word, String label) {
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
