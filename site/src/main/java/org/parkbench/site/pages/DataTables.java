package org.parkbench.site.pages;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Vocabulary;

/**
 * The data downloads of the site: one CSV per kind of fact over all cases (with a {@code case}
 * column), the same per case, and the data dictionary describing every column. Values are written
 * as the data holds them (words, ISO dates, plain numbers), not as pages format them: the number
 * columns hold numbers ({@code Double}, {@code Integer}), which
 * {@link org.parkbench.core.csv.SpreadsheetCsv} writes as numbers, and every other cell is text,
 * which it guards against formula injection. The English titles and descriptions here are what
 * {@code datapackage.json} says; the pages show them from the site's bundle in the build's language
 * ({@link Table#title(PageText)}), whose English is the same (checked by a test).
 */
public final class DataTables {
    /**
     * A column of a download, for the data dictionary and datapackage.json; {@code values} lists the
     * words a cell may hold when the column is a closed vocabulary (empty: any value of its type).
     */
    public record Field(String name, String type, String description, List<String> values) {
        public Field {
            values = List.copyOf(values);
        }

        /** A column that holds any value of its type. */
        public Field(String name, String type, String description) {
            this(name, type, description, List.of());
        }
    }

    /** A kind of download: its file name, what a row is, its columns and how to get the rows of a case. */
    public record Table(String name, String title, String description, List<Field> fields,
                        Function<CaseStudy, List<List<Object>>> rows) {
        public String file() {
            return name + ".csv";
        }

        /** The title as the pages show it, in {@code t}'s language (message {@code data.table.<name>.title}). */
        public String title(PageText t) {
            return t.text("data.table." + name + ".title");
        }

        /** What a row is, in {@code t}'s language (message {@code data.table.<name>.description}). */
        public String description(PageText t) {
            return t.text("data.table." + name + ".description");
        }

        /** A column's meaning in {@code t}'s language (message {@code data.field.<table>.<column>}). */
        public String describe(Field field, PageText t) {
            return t.text("data.field." + name + "." + field.name());
        }

        /** How many rows the table has for a case, without making them (one row per fact of the table's kind). */
        public int count(CaseStudy c) {
            return switch (name) {
                case "parks" -> c.parks().size();
                case "stakes" -> c.stakes().size();
                case "observations" -> c.observations().size();
                case "events" -> c.events().size();
                case "statistics" -> c.statistics().size();
                case "zones" -> c.zones().size();
                case "sources" -> c.sources().size();
                default -> rows.apply(c).size();
            };
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("parks", "Parks", "One row per park the cases cover.", List.of(
                    f("case", "string", "Case the park belongs to"), f("id", "string", "Park id"),
                    f("name_en", "string", "English name"), f("name_zh", "string", "Chinese name"),
                    f("country", "string", "Host country, ISO 3166-1 alpha-2"), f("place", "string", "Place as the sources give it"),
                    f("lat", "number", "Latitude, decimal degrees (only where a source gives it)"),
                    f("lon", "number", "Longitude, decimal degrees"), f("location_precision", "string", "site, city, country or unknown"),
                    f("corridor", "string", "Belt and Road corridor"), f("belt_and_road", "boolean", "Host country is a Belt-and-Road country"),
                    f("sectors", "string", "Sectors, separated by ;"), f("status", "string", "Where the park stands"),
                    f("established", "integer", "Year established"), f("home_province", "string", "Home province of the lead developer in China"),
                    f("mofcom_confirmed", "integer", "Year MOFCOM confirmed it as a national-level zone"),
                    f("model", "string", "Development model"), f("variant", "string", "Variant of the model"),
                    f("source", "string", "Source key (see sources.csv)"),
                    f("note", "string", "Remark on the park for readers"),
                    f("mofcom_source", "string", "Source key of the MOFCOM confirmation; empty: the park's source"),
                    f("model_source", "string", "Source key of the development model; empty: the park's source")),
                    c -> c.parks().stream().map(p -> row(c.id(), p.id(), p.nameEn(), p.nameZh(), p.country(), p.location().place(),
                            p.location().lat().orElse(null), p.location().lon().orElse(null),
                            p.location().precision().word(), p.corridorIfAssigned().map(org.parkbench.core.model.Corridor::word).orElse(""), p.beltAndRoad() ? "yes" : "no",
                            p.sectors().stream().map(Sector::word).collect(Collectors.joining(";")), p.status().word(),
                            p.established(), p.homeProvince(),
                            p.mofcomConfirmed(), p.model().word(),
                            p.variantIfAny().map(Vocabulary::word).orElse(""), p.source(), p.note(), p.mofcomSource(),
                            p.modelSource())).toList()),
            new Table("stakes", "Actors and stakes", "Who initiates, develops, owns, finances or operates each park, with shares and periods.", List.of(
                    f("case", "string", "Case"), f("park", "string", "Park id"), f("actor", "string", "Actor id"),
                    f("name", "string", "Actor name"), f("kind", "string", "Kind of organisation"), f("country", "string", "Actor's country, ISO alpha-2"),
                    f("role", "string", "initiator, developer, owner, financier, operator or tenant"),
                    f("stake_pct", "number", "Share in percent, where a source states it"), f("from", "string", "First date the row holds (YYYY, YYYY-MM or YYYY-MM-DD)"),
                    f("until", "string", "First date it no longer holds; empty: still holds"), f("source", "string", "Source key"), f("note", "string", "Note")),
                    c -> c.stakes().stream().map(s -> row(c.id(), s.park(), s.actor().id(), s.actor().name(), s.actor().kind().word(),
                            s.actor().country(), s.role().word(), s.share().orElse(null), s.from().toString(),
                            s.end().map(PartialDate::toString).orElse(""), s.source(), s.note())).toList()),
            new Table("observations", "Observations", "Reported figures, one per row; conflicting figures from different sources are separate rows.", List.of(
                    f("case", "string", "Case"), f("park", "string", "Park id"), f("indicator", "string", "What is measured"),
                    f("value", "number", "Value as reported; the low end of a range"), f("unit", "string", "Unit"),
                    f("qualifier", "string", "How the source states the value: exact, about, at-least, over (more than), at-most,"
                            + " up-to, under (less than) or range (from value to value_high); exact where the source gives no qualifier",
                            Qualifier.values()),
                    f("as_of", "string", "Date the figure refers to"), f("source", "string", "Source key"), f("note", "string", "Note"),
                    f("value_high", "number", "High end of a range (qualifier range); empty for a single figure"),
                    f("kind", "string", "outcome (reported as achieved), target (a goal someone set) or plan (an intended size or"
                            + " budget); where the data leaves it empty: target for the jobs target, plan for the planned investment and"
                            + " the planned area, outcome otherwise", ObservationKind.values()),
                    f("scope", "string", "zone (the whole zone's figure) or developer (the development company's own); zone where"
                            + " the data leaves it empty", ObservationScope.values())),
                    c -> c.observations().stream().map(o -> row(c.id(), o.park(), o.indicator().word(), o.value(), o.unit().word(),
                            o.qualifier().word(), o.asOf().toString(), o.source(), o.note(), o.valueHigh(), o.kind().word(),
                            o.scope().word())).toList()),
            new Table("events", "Events", "Dated milestones.", List.of(
                    f("case", "string", "Case"), f("park", "string", "Park id"), f("date", "string", "Date, as precise as the source"),
                    f("event", "string", "What happened"), f("source", "string", "Source key"), f("note", "string", "Note")),
                    c -> c.events().stream().map(e -> row(c.id(), e.park(), e.date().toString(), e.text(), e.source(), e.note())).toList()),
            new Table("statistics", "Published statistics", "Aggregates as a publication reports them.", List.of(
                    f("case", "string", "Case"), f("id", "string", "Statistic id"), f("measure", "string", "What is counted"),
                    f("scope", "string", "Population counted"),
                    f("value", "number", "Value as reported; the low end of a range"), f("unit", "string", "Unit"),
                    f("qualifier", "string", "How the source states the value: exact, about, at-least, over (more than), "
                            + "at-most, up-to, under (less than) or range (from value to value_high)"),
                    f("value_high", "number", "High end of a range; empty unless qualifier is range"),
                    f("kind", "string", "outcome, target or plan"),
                    f("as_of", "string", "Date"), f("reported_share_pct", "number", "Share as the source reports it"),
                    f("share_of", "string", "Statistic it is a share of"), f("source", "string", "Source key"), f("note", "string", "Note")),
                    c -> c.statistics().stream().map(s -> row(c.id(), s.id(), s.measure(), s.scope().word(), s.value(), s.unit().word(),
                            s.qualifier().word(), s.valueHigh(), s.kind().word(),
                            s.asOf().toString(), s.reportedShare().orElse(null), s.shareOf(), s.source(), s.note())).toList()),
            new Table("zones", "Confirmed zones", "Overseas economic and trade cooperation zones confirmed by MOFCOM, with how far each row was verified.", List.of(
                    f("case", "string", "Case"), f("id", "string", "Zone id"), f("name_en", "string", "English name"), f("name_zh", "string", "Chinese name"),
                    f("country", "string", "Host country, ISO alpha-2"), f("developer", "string", "Implementing enterprise"),
                    f("home_province", "string", "Home province"), f("verified", "string", "yes, partial or no"),
                    f("evidence", "string", "Evidence"), f("park", "string", "Case park this zone is, if any"),
                    f("model", "string", "Model, only where a source assigns one"), f("variant", "string", "Variant"), f("source", "string", "Source key")),
                    c -> c.zones().stream().map(z -> row(c.id(), z.id(), z.nameEn(), z.nameZh(), z.country(), z.developer(), z.homeProvince(),
                            z.verification().word(), z.evidence(), z.park(), z.modelIfKnown().map(Vocabulary::word).orElse(""),
                            z.variant() == null ? "" : z.variant().word(), z.source())).toList()),
            new Table("sources", "Sources", "Every source the cases cite.", List.of(
                    f("case", "string", "Case"), f("key", "string", "Source key"), f("authors", "string", "Authors"), f("title", "string", "Title"),
                    f("publisher", "string", "Publisher or outlet"), f("year", "string", "Year as published"), f("url", "string", "URL"),
                    f("accessed", "string", "Date the URL was seen"), f("confidence", "string", "high, medium or low"), f("note", "string", "Note")),
                    c -> c.sources().values().stream().map(s -> row(c.id(), s.key(), s.authors(), s.title(), s.publisher(), s.year(),
                            s.url(), s.accessed(), s.confidence().word(), s.note())).toList()));

    private DataTables() {
    }

    public static List<Table> tables() {
        return TABLES;
    }

    private static Field f(String name, String type, String description) {
        return new Field(name, type, description);
    }

    /** A column holding one word of a vocabulary. */
    private static Field f(String name, String type, String description, Vocabulary[] vocabulary) {
        return new Field(name, type, description, Arrays.stream(vocabulary).map(Vocabulary::word).toList());
    }

    /** A row of cells: text, numbers (written as numbers), {@code null} for unknown. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
