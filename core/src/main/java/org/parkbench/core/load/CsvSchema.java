package org.parkbench.core.load;

import java.util.List;

/**
 * The CSV files of a case and the columns each has, as docs/data-format.md defines them. Columns
 * may come in any order; every required one must be present, an optional one may be left out (every
 * cell of it then counts as empty), and no other may be there.
 */
enum CsvSchema {
    SOURCES("sources.csv", true, List.of("title_en"),
            "key", "authors", "title", "publisher", "year", "url", "accessed", "confidence", "note"),
    PARKS("parks.csv", true, List.of("note", "mofcom_source", "model_source"),
            "id", "name_en", "name_zh", "country", "place", "lat", "lon", "location_precision", "location_source",
            "corridor", "belt_and_road", "sectors", "status", "established", "home_province", "mofcom_confirmed",
            "model", "variant", "source"),
    ACTORS("actors.csv", true, List.of("name_zh"),
            "park", "actor", "name", "kind", "country", "role", "stake_pct", "from", "until", "source", "note"),
    OBSERVATIONS("observations.csv", true, List.of("value_high", "kind", "scope"),
            "park", "indicator", "value", "unit", "qualifier", "as_of", "source", "note"),
    EVENTS("events.csv", true, List.of("event_zh"),
            "park", "date", "event", "source", "note"),
    STATISTICS("statistics.csv", false, List.of("qualifier", "value_high", "kind"),
            "id", "measure", "scope", "value", "unit", "as_of", "reported_share_pct", "share_of", "source", "note"),
    ZONES("zones.csv", false,
            "id", "name_en", "name_zh", "country", "developer", "home_province", "verified", "evidence", "park",
            "model", "variant", "source");

    private final String fileName;
    private final boolean required;
    private final List<String> columns;
    private final List<String> optionalColumns;

    CsvSchema(String fileName, boolean required, String... columns) {
        this(fileName, required, List.of(), columns);
    }

    CsvSchema(String fileName, boolean required, List<String> optionalColumns, String... columns) {
        this.fileName = fileName;
        this.required = required;
        this.optionalColumns = List.copyOf(optionalColumns);
        this.columns = List.of(columns);
    }

    String fileName() {
        return fileName;
    }

    boolean required() {
        return required;
    }

    /** The columns every file must have. */
    List<String> columns() {
        return columns;
    }

    /** The columns a file may leave out (added after files were first written). */
    List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Every column, required ones first. */
    List<String> allColumns() {
        List<String> all = new java.util.ArrayList<>(columns);
        all.addAll(optionalColumns);
        return List.copyOf(all);
    }
}
