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
        char[] chars = text.toCharArray();
        CsvRow.Located located = new CsvRow.Located(chars, text, displayPath);
        List<RawRecord> records = new ArrayList<>();
        CellValues values = new CellValues();
        boolean complete = true;
        // a record starts a line, so its origin is its line (counted as the text is read) and column 1
        int p = FieldScanner.skipToRecord(chars, 0);
        int line = 1 + lineEnds(chars, 0, p);
        while (p < chars.length) {
            try {
                FieldScanner.ReadRecord read = FieldScanner.read(chars, text, p, values);
                RawRecord raw = new RawRecord(read.values(), p, new Origin(displayPath, line, 1));
                if (!raw.blank()) {
                    records.add(raw);
                }
                int next = FieldScanner.skipToRecord(chars, read.end());
                line += lineEnds(chars, p, next);
                p = next;
            } catch (FieldScanner.SyntaxError error) {
                diagnostics.report(located.origin(error.offset()), DiagnosticCode.PB104, error.getMessage(),
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
        Map<String, Integer> index = checkHeader(header.values, i -> headerCell(header, i, text, located), columns,
                diagnostics);
        complete &= index.keySet().containsAll(columns);
        List<CsvRow> rows = new ArrayList<>(records.size());
        for (RawRecord r : records.subList(1, records.size())) {
            if (r.values.size() != header.values.size()) {
                diagnostics.report(r.origin, DiagnosticCode.PB103,
                        "row has " + r.values.size() + " field" + (r.values.size() == 1 ? "" : "s") + ", expected "
                                + header.values.size() + " (one per column of the header)",
                        "quote a cell that contains a comma (\"a, b\") and check for a missing or extra comma");
                complete = false;
                continue;
            }
            rows.add(new CsvRow(index, r.values, located, r.start, r.origin));
        }
        return new CsvTable(displayPath, index, header.origin, rows, complete,
                firstCommentAfter(header, chars, located), placeholders(text, displayPath));
    }

    /** How many lines end between {@code from} and {@code to} (LF, CRLF or a lone CR, as the reader counts them). */
    private static int lineEnds(char[] chars, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\n' || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** Where header cell {@code i} starts (the header's start when the header cannot be scanned). */
    private static Origin headerCell(RawRecord header, int i, String text, CsvRow.Located located) {
        try {
            List<Integer> starts = FieldScanner.scan(text, header.start).fieldStarts();
            return i < starts.size() ? located.origin(starts.get(i)) : header.origin;
        } catch (FieldScanner.SyntaxError e) {
            return header.origin;
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

    /** Where the first line below the header's that starts with {@code #} is, or null. */
    private static Origin firstCommentAfter(RawRecord header, char[] chars, CsvRow.Located located) {
        int p = header.start;
        while (p < chars.length && chars[p] != '\n' && chars[p] != '\r') {
            p++; // the end of the header's first line (as the lines of the raw text count)
        }
        while (p < chars.length) {
            if (chars[p] == '\r' && p + 1 < chars.length && chars[p + 1] == '\n') {
                p++;
            }
            p++; // the start of the next line
            if (p < chars.length && chars[p] == '#') {
                return located.origin(p);
            }
            while (p < chars.length && chars[p] != '\n' && chars[p] != '\r') {
                p++;
            }
        }
        return null;
    }

    private static Map<String, Integer> checkHeader(List<String> names, java.util.function.IntFunction<Origin> origins,
                                                    List<String> columns, Diagnostics d) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>(columns);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            int column = i;
            java.util.function.Supplier<Origin> at = () -> origins.apply(column);
            Integer first = firstColumn.putIfAbsent(name, i);
            if (name.isEmpty()) {
                d.report(at.get(), DiagnosticCode.PB101, "empty column name", "remove the extra comma or name the column");
            } else if (first != null) {
                d.report(at.get(), DiagnosticCode.PB101, "column '" + name + "' appears twice (first at column " + origins.apply(first).column() + ")",
                        "remove one of them");
            } else if (!columns.contains(name)) {
                d.report(at.get(), DiagnosticCode.PB101, "unknown column '" + name + "'" + WordSuggestion.didYouMean(name, missing),
                        "the columns of this file are: " + String.join(",", columns));
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

    private record RawRecord(List<String> values, int start, Origin origin) {
        boolean blank() {
            return values.size() == 1 && values.get(0).isBlank();
        }
    }
}
