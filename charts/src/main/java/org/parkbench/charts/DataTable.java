package org.parkbench.charts;

import static org.parkbench.charts.HouseStyle.DECIMALS;
import static org.parkbench.charts.HouseStyle.PLAIN_DIGITS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.parkbench.core.csv.SpreadsheetCsv;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;

/**
 * The data a figure shows, as a table a reader (or a screen reader) can use instead of the
 * picture: named columns with units, rows of text, numbers and dates. Cells may be empty (unknown
 * stays unknown); numbers are always finite. Columns marked {@linkplain Column#plotted() plotted}
 * hold exactly the values the chart draws, which the tests check.
 */
public final class DataTable {
    private final Language language;
    private final List<Column> columns;
    private final List<List<Object>> rows;

    private DataTable(Language language, List<Column> columns, List<List<Object>> rows) {
        this.language = Objects.requireNonNull(language, "language");
        this.columns = List.copyOf(columns);
        this.rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    /** Starts a table with these columns. */
    public static Builder with(Column... columns) {
        return with(Language.EN, columns);
    }

    /**
     * Starts a table in {@code language}: its cells are read in it (dates as the language writes
     * them, numbers by its {@link org.parkbench.core.quantity.QuantityFormat}), and its columns
     * {@value #QUALIFIER}, {@value #HIGH} and {@value #KIND} are found by their names in it
     * ({@link #qualifierColumn(Language)}…).
     */
    public static Builder with(Language language, Column... columns) {
        return new Builder(language, Arrays.asList(columns));
    }

    /** The language the table's names and cells are written in. */
    public Language language() {
        return language;
    }

    /** The column headers as a reader sees them, each with its unit: "Investment (USD m)", in Chinese "投资（百万美元）". */
    public List<String> headers() {
        return columns.stream().map(this::header).toList();
    }

    private String header(Column column) {
        if (language == Language.EN || column.unit().isEmpty()) {
            return column.header();
        }
        return FigureText.of(language).withUnit(column.name(), column.unit());
    }

    /** The name of the {@value #QUALIFIER} column in {@code language}. */
    public static String qualifierColumn(Language language) {
        return FigureText.of(language).text("table.qualifier");
    }

    /** The name of the {@value #HIGH} column in {@code language}. */
    public static String highColumn(Language language) {
        return FigureText.of(language).text("table.high");
    }

    /** The name of the {@value #KIND} column in {@code language}. */
    public static String kindColumn(Language language) {
        return FigureText.of(language).text("table.kind");
    }

    public List<Column> columns() {
        return columns;
    }

    /** Rows of cells: {@code String}, {@code Double}, {@link PartialDate}, or {@code null} for unknown. */
    public List<List<Object>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + columnName + "'");
    }

    /** The key measure: the first plotted number column, if any. */
    public OptionalInt measure() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == Column.Kind.NUMBER && columns.get(i).plotted()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The first date column, if any: what "latest" refers to. */
    public OptionalInt time() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == Column.Kind.DATE) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The row with the largest value of the measure (the first such row on ties). */
    public Optional<List<Object>> largest() {
        OptionalInt m = measure();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int c = m.getAsInt();
        return rows.stream().filter(r -> r.get(c) != null)
                .reduce((a, b) -> (Double) b.get(c) > (Double) a.get(c) ? b : a);
    }

    /** The row with the latest date; among rows of that date, the one with the largest measure. */
    public Optional<List<Object>> latest() {
        OptionalInt t = time();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int c = t.getAsInt();
        OptionalInt m = measure();
        Comparator<List<Object>> byDate = Comparator.comparing(r -> (PartialDate) r.get(c));
        Comparator<List<Object>> order = m.isEmpty() ? byDate
                : byDate.thenComparing(r -> r.get(m.getAsInt()) == null ? Double.NEGATIVE_INFINITY : (Double) r.get(m.getAsInt()));
        List<List<Object>> dated = rows.stream().filter(r -> r.get(c) != null).toList();
        Optional<List<Object>> best = Optional.empty();
        for (List<Object> r : dated) {
            if (best.isEmpty() || order.compare(r, best.get()) > 0) {
                best = Optional.of(r);
            }
        }
        return best;
    }

    /** A cell as a reader sees it: numbers with thousands separators, dates as precise as known, empty for unknown. */
    public String text(List<Object> row, int column) {
        Object v = row.get(column);
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return HouseStyle.numbers(language).rounded(d, DECIMALS);
        }
        if (v instanceof PartialDate date && language != Language.EN) {
            return HouseStyle.numbers(language).date(date);
        }
        return v.toString();
    }

    /**
     * A number cell with its column's unit, for sentences: "USD 18.55 bn". The measure of a table
     * with the columns {@value #QUALIFIER}, {@value #HIGH} and {@value #KIND} is read with them, so
     * that a sentence says what the source said: "more than 9,000 persons", "30,000–50,000 persons
     * (target)".
     */
    public String quantity(List<Object> row, int column) {
        var numbers = HouseStyle.numbers(language);
        String unit = columns.get(column).unit();
        String number = numbers.rounded((Double) row.get(column), DECIMALS);
        if (measure().orElse(-1) != column) {
            return numbers.withUnit(number, unit);
        }
        Qualifier qualifier = cell(row, qualifierColumn(language)).map(DataTable::qualifierOf).orElse(Qualifier.EXACT);
        Optional<Object> high = cell(row, highColumn(language));
        if (high.isPresent() && high.get() instanceof Double h && h > (Double) row.get(column)) {
            number = number + "–" + numbers.rounded(h, DECIMALS);
            qualifier = Qualifier.EXACT;
        } else if (qualifier == Qualifier.RANGE) {
            qualifier = Qualifier.EXACT; // a range whose high end is not in the table: the low end alone
        }
        FigureText text = FigureText.of(language);
        String kind = cell(row, kindColumn(language)).map(Object::toString)
                .filter(k -> !k.isBlank() && !k.equals(text.label(ObservationKind.OUTCOME)))
                .map(text::bracket).orElse("");
        return numbers.qualifierPrefix(qualifier) + numbers.withUnit(number, unit) + kind;
    }

    /** The name of the column that says how the source states the measure: "exact", "about", "more than", "up to", "range"… */
    public static final String QUALIFIER = "Qualifier";
    /** The name of the number column with the high end of a range, in the measure's unit (empty for a single figure). */
    public static final String HIGH = "High";
    /** The name of the column that says what a figure is: "outcome", "target" or "plan". */
    public static final String KIND = "Kind";

    /** How a {@value #QUALIFIER} cell writes a qualifier: its words ("more than", "up to"), "exact" and "range". */
    public static String qualifierCell(Qualifier qualifier) {
        return qualifierCell(qualifier, Language.EN);
    }

    /** {@link #qualifierCell(Qualifier)} in {@code language}: in Chinese 确切, 约, 超过…, 区间. */
    public static String qualifierCell(Qualifier qualifier, Language language) {
        return switch (qualifier) {
            case EXACT -> FigureText.of(language).text("table.qualifier.exact");
            case RANGE -> FigureText.of(language).text("table.qualifier.range");
            default -> FigureText.of(language).label(qualifier);
        };
    }

    private static Qualifier qualifierOf(Object cell) {
        String text = cell.toString();
        for (Language language : Language.values()) {
            for (Qualifier q : Qualifier.values()) {
                if (text.equals(qualifierCell(q, language)) || text.equals(q.label(language)) || text.equals(q.word())) {
                    return q;
                }
            }
        }
        return Qualifier.EXACT;
    }

    private Optional<Object> cell(List<Object> row, String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return Optional.ofNullable(row.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The table as CSV ({@link SpreadsheetCsv}): a header row of the column headers, then the rows;
     * numbers as plain decimals to {@link HouseStyle#PLAIN_DIGITS} significant digits, written as numbers, dates as precise
     * as known, text guarded against formula injection, empty cells for unknown.
     */
    public String toCsv() {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> out = new ArrayList<>(row.size());
            for (Object v : row) {
                // a number to twelve significant digits, so that binary noise (100 − 71.09) does not reach the file
                out.add(v instanceof Double d ? new BigDecimal(HouseStyle.NUMBERS.plainSignificant(d, PLAIN_DIGITS))
                        : v == null ? null : v.toString());
            }
            cells.add(out);
        }
        return SpreadsheetCsv.text(headers(), cells);
    }

    /**
     * A column: its name, the unit its numbers are in ({@code ""} for none), what it holds, and
     * whether the chart draws its values.
     */
    public record Column(String name, String unit, Kind kind, boolean plotted) {
        /** What a column holds. Coordinates are numbers that place a mark rather than measure something. */
        public enum Kind { TEXT, NUMBER, DATE, COORDINATE }

        public Column {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a column needs a name");
            }
            unit = Objects.requireNonNullElse(unit, "");
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.TEXT && plotted) {
                throw new IllegalArgumentException("text column '" + name + "' cannot be plotted");
            }
        }

        public static Column text(String name) {
            return new Column(name, "", Kind.TEXT, false);
        }

        /** A number column the chart draws. */
        public static Column measure(String name, String unit) {
            return new Column(name, unit, Kind.NUMBER, true);
        }

        /** A number column shown for reference only (e.g. the value as the source stated it). */
        public static Column number(String name, String unit) {
            return new Column(name, unit, Kind.NUMBER, false);
        }

        public static Column date(String name, boolean plotted) {
            return new Column(name, "", Kind.DATE, plotted);
        }

        public static Column coordinate(String name, String unit) {
            return new Column(name, unit, Kind.COORDINATE, true);
        }

        /** "Investment (USD m)". */
        public String header() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }
    }

    /** Collects rows, checking each cell against its column. */
    public static final class Builder {
        private final Language language;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(Language language, List<Column> columns) {
            this.language = language;
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            this.columns = List.copyOf(columns);
        }

        /** Adds a row; numbers may be any {@link Number} and are stored as doubles. */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size() + " columns");
            }
            List<Object> row = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                row.add(check(columns.get(i), cells[i]));
            }
            rows.add(row);
            return this;
        }

        public DataTable build() {
            return new DataTable(language, columns, rows);
        }

        private static Object check(Column column, Object cell) {
            if (cell == null) {
                return null;
            }
            switch (column.kind()) {
                case TEXT -> {
                    return cell.toString();
                }
                case DATE -> {
                    if (!(cell instanceof PartialDate)) {
                        throw new IllegalArgumentException("column '" + column.name() + "' holds dates, not " + cell);
                    }
                    return cell;
                }
                default -> {
                    if (!(cell instanceof Number n)) {
                        throw new IllegalArgumentException("column '" + column.name() + "' holds numbers, not " + cell);
                    }
                    double d = n.doubleValue();
                    if (!Double.isFinite(d)) {
                        throw new IllegalArgumentException("column '" + column.name() + "' got " + d + ": only finite numbers reach a figure");
                    }
                    return d == 0 ? 0.0 : d;
                }
            }
        }
    }
}
