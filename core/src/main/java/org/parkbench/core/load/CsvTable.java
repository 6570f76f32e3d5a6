package org.parkbench.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * A CSV file read against its schema: the header checked (PB101 unknown or repeated column at the
 * header cell, PB102 missing column), every row with the right number of fields (else PB103) and
 * the position of each of its cells. Malformed CSV is reported as PB104 where it goes wrong; after
 * text following a closing quote, reading goes on at the next line, so the rows after it are still
 * checked (a quoted field that is never closed runs to the end of the file, so nothing follows it).
 *
 * <p>Commons CSV reads the text, with its default format (RFC 4180), {@code #} comment lines and
 * empty lines skipped. A row keeps its values and the line it starts on, which follows from the
 * parser's line count; where its other cells start is worked out only when a diagnostic needs it
 * ({@link RecordLayout}), so reading a large file costs what parsing it costs. The header is read
 * as the first record rather than through {@code setHeader()}, so that its cells have positions
 * too and a repeated or empty column name is a diagnostic, not an exception from the parser.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private final String file;
    private final Map<String, Integer> columnIndex;
    private final Origin headerOrigin;
    private final List<CsvRow> rows;
    private final boolean complete;
    private final CsvRow.Located located;
    private final List<PlaceholderMarkers.Marker> placeholders;
    private final List<String> optionalColumns;

    private CsvTable(String file, Map<String, Integer> columnIndex, Origin headerOrigin, List<CsvRow> rows,
                     boolean complete, CsvRow.Located located, List<PlaceholderMarkers.Marker> placeholders,
                     List<String> optionalColumns) {
        this.file = file;
        this.optionalColumns = List.copyOf(optionalColumns);
        this.complete = complete;
        this.located = located;
        this.placeholders = List.copyOf(placeholders);
        this.columnIndex = Collections.unmodifiableMap(columnIndex);
        this.headerOrigin = headerOrigin;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code path}, reporting every structural problem to {@code diagnostics}. Empty only when
     * the file cannot be read at all; a table with header problems still yields its rows.
     *
     * @param displayPath how diagnostics name the file
     * @param columns     the columns the file must have, in any order
     */
    public static Optional<CsvTable> read(Path path, String displayPath, List<String> columns, Diagnostics diagnostics) {
        return read(path, displayPath, columns, List.of(), diagnostics);
    }

    /**
     * As {@link #read(Path, String, List, Diagnostics)}, with {@code optional} columns the file may
     * also have or leave out (a left-out column's cells are all empty).
     */
    public static Optional<CsvTable> read(Path path, String displayPath, List<String> columns, List<String> optional,
                                          Diagnostics diagnostics) {
        return TextFile.read(path, displayPath, InputLimits.CSV_FILE_BYTES, "a CSV file", diagnostics)
                .map(text -> parse(text, displayPath, columns, optional, diagnostics));
    }

    /** Parses CSV {@code text} already read from a file named {@code displayPath}. */
    static CsvTable parse(String text, String displayPath, List<String> columns, Diagnostics diagnostics) {
        return parse(text, displayPath, columns, List.of(), diagnostics);
    }

    /** Parses CSV {@code text}, which must have {@code columns} and may have {@code optional} ones. */
    static CsvTable parse(String text, String displayPath, List<String> columns, List<String> optional,
                          Diagnostics diagnostics) {
        CsvRow.Located located = new CsvRow.Located(text, displayPath);
        List<RawRecord> records = new ArrayList<>();
        // a line over the limit is reported, and the file read only up to the line it is on
        int longLine = CsvLimits.firstLongLine(text);
        boolean complete = longLine < 0;
        if (longLine >= 0) {
            CsvLimits.reportLongLine(located, longLine, diagnostics);
        }
        String readable = longLine < 0 ? text : text.substring(0, located.lineStart(located.origin(longLine).line()));
        CellValues shared = new CellValues();
        CsvLimits cells = new CsvLimits(located, diagnostics);
        int start = 0;
        while (start >= 0) {
            Segment read = readSegment(readable, start, located, shared, cells, records, diagnostics);
            complete &= read.complete();
            // after malformed CSV, reading goes on at the next line, once the header has been read
            start = read.resumeAt() >= 0 && !records.isEmpty() && read.resumeAt() < readable.length() ? read.resumeAt() : -1;
        }
        if (records.isEmpty()) {
            diagnostics.report(new Origin(displayPath, 1, 1), DiagnosticCode.PB102,
                    "the file has no header row", "the first line must name the columns: " + String.join(",", columns));
            return new CsvTable(displayPath, new LinkedHashMap<>(), new Origin(displayPath, 1, 1), List.of(), false,
                    null, List.of(), optional);
        }
        RawRecord header = records.get(0);
        // the header's cells are placed only for a diagnostic
        IntFunction<Origin> headerCell = i -> CsvRow.cellOrigins(header.values, located, header.origin)[i];
        Map<String, Integer> index = checkHeader(header.values, headerCell, columns, optional, diagnostics);
        complete &= index.keySet().containsAll(columns);
        List<CsvRow> rows = new ArrayList<>(records.size());
        for (RawRecord r : records.subList(1, records.size())) {
            if (r.values.length != header.values.length) {
                diagnostics.report(r.origin, DiagnosticCode.PB103,
                        "row has " + r.values.length + " field" + (r.values.length == 1 ? "" : "s") + ", expected "
                                + header.values.length + " (one per column of the header)",
                        "quote a cell that contains a comma (\"a, b\") and check for a missing or extra comma");
                complete = false;
                continue;
            }
            rows.add(new CsvRow(index, r.values, located, r.origin));
        }
        return new CsvTable(displayPath, index, header.origin, rows, complete, located, placeholders(text, displayPath),
                optional);
    }

    /** How reading part of a file ended: whether it read to the end, and where to go on after malformed CSV (else -1). */
    private record Segment(boolean complete, int resumeAt) {
    }

    /**
     * Reads the records of {@code readable} from offset {@code start} (the start of a line) into
     * {@code records}, until its end, a limit, or malformed CSV; the last is reported, and reading
     * may go on at the line after the one where the file went wrong.
     */
    private static Segment readSegment(String readable, int start, CsvRow.Located located, CellValues shared,
                                       CsvLimits cells, List<RawRecord> records, Diagnostics diagnostics) {
        String displayPath = located.file();
        long linesBefore = start == 0 ? 0 : located.origin(start).line() - 1L;
        try (CSVParser parser = CSVParser.parse(start == 0 ? readable : readable.substring(start), FORMAT)) {
            long lastLine = linesBefore;
            try {
                for (CSVRecord record : parser) {
                    // the parser has just read the record, so its line is the record's last; the record
                    // starts as many lines earlier as its quoted values hold line ends (usually it is
                    // simply the line after the last record's: no comment, blank line or line end between)
                    long line = linesBefore + parser.getCurrentLineNumber();
                    String[] values = shared.of(record.values());
                    long first = line - lastLine == 1 ? line : line - RecordLayout.lineEnds(values);
                    lastLine = line;
                    RawRecord raw = new RawRecord(values, new Origin(displayPath, (int) first, 1));
                    if (!cells.admit(values, raw.origin)) {
                        return new Segment(false, -1);
                    }
                    if (!raw.blank()) {
                        records.add(raw);
                    }
                }
                return new Segment(true, -1);
            } catch (UncheckedIOException refusal) {
                int wrong = MalformedCsv.report(readable.substring(start), start, FORMAT, located, refusal,
                        linesBefore + parser.getCurrentLineNumber(), diagnostics);
                if (wrong < 0) {
                    return new Segment(false, -1);
                }
                int next = located.origin(wrong).line() + 1;
                return new Segment(false, next <= located.lineCount() ? located.lineStart(next) : -1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a reader over a string fails only if the string does
        }
    }

    /** The TODO markers outside comment lines. */
    private static List<PlaceholderMarkers.Marker> placeholders(String text, String file) {
        List<PlaceholderMarkers.Marker> found = PlaceholderMarkers.find(text, file, 1);
        if (found.isEmpty()) {
            return found;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        return found.stream().filter(m -> !lines[m.origin().line() - 1].startsWith("#")).toList();
    }

    private static Map<String, Integer> checkHeader(String[] names, IntFunction<Origin> origins, List<String> columns,
                                                    List<String> optional, Diagnostics d) {
        List<String> known = new ArrayList<>(columns);
        known.addAll(optional);
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>(columns);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            int column = i;
            java.util.function.Supplier<Origin> at = () -> origins.apply(column);
            Integer first = firstColumn.putIfAbsent(name, i);
            if (name.isEmpty()) {
                d.report(at.get(), DiagnosticCode.PB101, "empty column name", "remove the extra comma or name the column");
            } else if (first != null) {
                d.report(at.get(), DiagnosticCode.PB101, "column '" + name + "' appears twice (first at column " + origins.apply(first).column() + ")",
                        "remove one of them");
            } else if (!known.contains(name)) {
                List<String> absent = new ArrayList<>(missing);
                optional.stream().filter(o -> !firstColumn.containsKey(o)).forEach(absent::add);
                d.report(at.get(), DiagnosticCode.PB101, "unknown column '" + name + "'" + WordSuggestion.didYouMean(name, absent),
                        "the columns of this file are: " + String.join(",", known));
            } else {
                index.put(name, i);
                missing.remove(name);
            }
        }
        for (String m : missing) {
            d.report(origins.apply(0), DiagnosticCode.PB102, "missing column '" + m + "'",
                    "add the column to the header (an empty cell means 'not known'); the columns of this file are: "
                            + String.join(",", columns));
        }
        return index;
    }

    /** How diagnostics name this file. */
    public String file() {
        return file;
    }

    /** Whether the header has {@code column}. */
    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** Whether {@code column} may be left out of this file (its cells then all count as empty). */
    public boolean mayLackColumn(String column) {
        return optionalColumns.contains(column);
    }

    /**
     * Whether every row of the file was read: the file is well-formed, has every column and no row
     * was dropped for a wrong number of fields. Ids defined by an incomplete table may be missing.
     */
    public boolean complete() {
        return complete;
    }

    /**
     * The first comment line below the header (a line starting with {@code #}, such as a
     * scaffold's commented example row), if the file has one.
     */
    public Optional<Origin> firstComment() {
        if (located == null) {
            return Optional.empty();
        }
        // asked only of a table without rows: the lines below the header's first are looked at then
        String text = located.text();
        for (int line = headerOrigin.line() + 1; line <= located.lineCount(); line++) {
            int start = located.lineStart(line);
            if (start < text.length() && text.charAt(start) == '#') {
                return Optional.of(new Origin(file, line, 1));
            }
        }
        return Optional.empty();
    }

    /** Each TODO placeholder in the file's rows (comment lines excepted), e.g. in an example row copied as it was. */
    public List<PlaceholderMarkers.Marker> placeholders() {
        return placeholders;
    }

    /** Where the header row starts. */
    public Origin headerOrigin() {
        return headerOrigin;
    }

    /** The data rows with the right number of fields, in file order. */
    public List<CsvRow> rows() {
        return rows;
    }

    /** A record as Commons CSV read it, and where it starts. */
    private record RawRecord(String[] values, Origin origin) {
        boolean blank() {
            return values.length == 1 && values[0].isBlank();
        }
    }
}
