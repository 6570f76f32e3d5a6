package org.parkbench.core.load;

import java.util.List;

/**
 * The CSV files of a case and the exact columns each must have, as docs/data-format.md defines
 * them. Columns may come in any order; every one must be present and no other may be.
 */
enum CsvSchema {
    SOURCES("sources.csv", true,
            "key", "authors", "title", "publisher", "year", "url", "accessed", "confidence", "note"),
    PARKS("parks.csv", true,
            "id", "name_en", "name_zh", "country", "place", "lat", "lon", "location_precision", "location_source",
            "corridor", "belt_and_road", "sectors", "status", "established", "home_province", "mofcom_confirmed",
            "model", "variant", "source"),
    ACTORS("actors.csv", true,
            "park", "actor", "name", "kind", "country", "role", "stake_pct", "from", "until", "source", "note"),
    OBSERVATIONS("observations.csv", true,
            "park", "indicator", "value", "unit", "qualifier", "as_of", "source", "note"),
    EVENTS("events.csv", true,
            "park", "date", "event", "source", "note"),
    STATISTICS("statistics.csv", false,
            "id", "measure", "scope", "value", "unit", "as_of", "reported_share_pct", "share_of", "source", "note"),
    ZONES("zones.csv", false,
            "id", "name_en", "name_zh", "country", "developer", "home_province", "verified", "evidence", "park",
            "model", "variant", "source");

    private final String fileName;
    private final boolean required;
    private final List<String> columns;

    CsvSchema(String fileName, boolean required, String... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.of(columns);
    }

    String fileName() {
        return fileName;
    }

    boolean required() {
        return required;
    }

    List<String> columns() {
        return columns;
    }
}
