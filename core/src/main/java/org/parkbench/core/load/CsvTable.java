package org.parkbench.core.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * A CSV file read against its schema: the header checked (PB101 unknown or repeated column at the
 * header cell, PB102 missing column), every row with the right number of fields (else PB103) and
 * the position of each of its cells. Malformed CSV is reported as PB104 where it goes wrong.
 *
 * <p>The text is read in one pass by {@link FieldScanner}, by the rules of RFC 4180 as Commons CSV's
 * default format applies them, with {@code #} comment lines and empty lines skipped. A row keeps
 * its start and works out where its cells start only when a diagnostic needs it, so reading a
 * large file costs little more than splitting it. The header is read as the first record, so
 * that its cells have positions too and a repeated or empty column name is a diagnostic.
 */
public final class CsvTable {
    private final String file;
    private final Map<String, Integer> columnIndex;
    private final Origin headerOrigin;
    private final List<CsvRow> rows;
    private final boolean complete;
    private final Origin firstComment;
    private final List<PlaceholderMarkers.Marker> placeholders;

    private CsvTable(String file, Map<String, Integer> columnIndex, Origin headerOrigin, List<CsvRow> rows,
                     boolean complete, Origin firstComment, List<PlaceholderMarkers.Marker> placeholders) {
        this.file = file;
        this.complete = complete;
        this.firstComment = firstComment;
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
        return TextFile.read(path, displayPath, diagnostics)
                .map(text -> parse(text, displayPath, columns, diagnostics));
    }

    /** Parses CSV {@code text} already read from a file named {@code displayPath}. */
    static CsvTable parse(String text, String displayPath, List<String> columns, Diagnostics diagnostics) {
        TextPositions positions = new TextPositions(text, displayPath);
        CsvRow.Located located = new CsvRow.Located(text, positions);
        List<RawRecord> records = new ArrayList<>();
        CellValues values = new CellValues();
        boolean complete = true;
        int p = FieldScanner.skipToRecord(text, 0);
        while (p < text.length()) {
            try {
                FieldScanner.ReadRecord read = FieldScanner.read(text, p, values);
                RawRecord raw = new RawRecord(read.values(), p);
                if (!raw.blank()) {
                    records.add(raw);
                }
                p = FieldScanner.skipToRecord(text, read.end());
            } catch (FieldScanner.SyntaxError error) {
                diagnostics.report(positions.origin(error.offset()), DiagnosticCode.PB104, error.getMessage(),
                        "close the quote; a quote inside a quoted field is written twice (\"\")");
                complete = false;
                break;
            }
        }
        if (records.isEmpty()) {
            diagnostics.report(new Origin(displayPath, 1, 1), DiagnosticCode.PB102,
                    "the file has no header row", "the first line must name the columns: " + String.join(",", columns));
            return new CsvTable(displayPath, new LinkedHashMap<>(), new Origin(displayPath, 1, 1), List.of(), false, null,
                    List.of());
        }
        RawRecord header = records.get(0);
        Origin headerOrigin = positions.origin(header.start);
        Map<String, Integer> index = checkHeader(header.values, headerOrigins(header, text, positions), columns, diagnostics);
        complete &= index.keySet().containsAll(columns);
        List<CsvRow> rows = new ArrayList<>(records.size());
        for (RawRecord r : records.subList(1, records.size())) {
            if (r.values.size() != header.values.size()) {
                diagnostics.report(positions.origin(r.start), DiagnosticCode.PB103,
                        "row has " + r.values.size() + " field" + (r.values.size() == 1 ? "" : "s") + ", expected "
                                + header.values.size() + " (one per column of the header)",
                        "quote a cell that contains a comma (\"a, b\") and check for a missing or extra comma");
                complete = false;
                continue;
            }
            rows.add(new CsvRow(index, r.values, located, r.start));
        }
        return new CsvTable(displayPath, index, headerOrigin, rows, complete,
                firstCommentAfter(headerOrigin.line(), text, positions), placeholders(text, displayPath));
    }

    /** Where each cell of the header starts (the header's start for all when it cannot be scanned). */
    private static List<Origin> headerOrigins(RawRecord header, String text, TextPositions positions) {
        List<Integer> starts;
        try {
            starts = FieldScanner.scan(text, header.start).fieldStarts();
        } catch (FieldScanner.SyntaxError e) {
            starts = List.of();
        }
        List<Origin> origins = new ArrayList<>(header.values.size());
        for (int i = 0; i < header.values.size(); i++) {
            origins.add(positions.origin(i < starts.size() ? starts.get(i) : header.start));
        }
        return origins;
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

    /** Where the first line after line {@code headerLine} that starts with {@code #} is, or null. */
    private static Origin firstCommentAfter(int headerLine, String text, TextPositions positions) {
        for (int line = headerLine + 1; line <= positions.lineCount(); line++) {
            int lineStart = positions.lineStart(line);
            if (lineStart < text.length() && text.charAt(lineStart) == '#') {
                return positions.origin(lineStart);
            }
        }
        return null;
    }

    private static Map<String, Integer> checkHeader(List<String> names, List<Origin> origins, List<String> columns,
                                                    Diagnostics d) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>(columns);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Origin at = origins.get(i);
            Integer first = firstColumn.putIfAbsent(name, at.column());
            if (name.isEmpty()) {
                d.report(at, DiagnosticCode.PB101, "empty column name", "remove the extra comma or name the column");
            } else if (first != null) {
                d.report(at, DiagnosticCode.PB101, "column '" + name + "' appears twice (first at column " + first + ")",
                        "remove one of them");
            } else if (!columns.contains(name)) {
                d.report(at, DiagnosticCode.PB101, "unknown column '" + name + "'" + WordSuggestion.didYouMean(name, missing),
                        "the columns of this file are: " + String.join(",", columns));
            } else {
                index.put(name, i);
                missing.remove(name);
            }
        }
        for (String m : missing) {
            d.report(origins.get(0), DiagnosticCode.PB102, "missing column '" + m + "'",
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
        return Optional.ofNullable(firstComment);
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

    private record RawRecord(List<String> values, int start) {
        boolean blank() {
            return values.size() == 1 && values.get(0).isBlank();
        }
    }
}
