package org.parkbench.core.load;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * A CSV file read against its schema: the header checked (PB101 unknown or repeated column at the
 * header cell, PB102 missing column), every row with the right number of fields (else PB103) and
 * the position of each of its cells. Malformed CSV is reported as PB104 where it goes wrong.
 *
 * <p>The header is read as the first record rather than through {@code setHeader()}, so that its
 * cells have positions too and a repeated or empty column name is a diagnostic, not an exception
 * from the parser.
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
        List<RawRecord> records = new ArrayList<>();
        int end = 0;
        boolean complete = true;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                RawRecord raw = locate(record, text, positions);
                end = raw.end;
                if (!raw.blank()) {
                    records.add(raw);
                }
            }
        } catch (UncheckedIOException | java.io.IOException | IllegalStateException e) {
            reportMalformed(text, end, positions, e, diagnostics);
            complete = false;
        }
        if (records.isEmpty()) {
            diagnostics.report(new Origin(displayPath, 1, 1), DiagnosticCode.PB102,
                    "the file has no header row", "the first line must name the columns: " + String.join(",", columns));
            return new CsvTable(displayPath, new LinkedHashMap<>(), new Origin(displayPath, 1, 1), List.of(), false, null,
                    List.of());
        }
        RawRecord header = records.get(0);
        Map<String, Integer> index = checkHeader(header, columns, displayPath, diagnostics);
        complete &= index.keySet().containsAll(columns);
        List<CsvRow> rows = new ArrayList<>();
        for (RawRecord r : records.subList(1, records.size())) {
            if (r.values.size() != header.values.size()) {
                diagnostics.report(r.origins.get(0), DiagnosticCode.PB103,
                        "row has " + r.values.size() + " field" + (r.values.size() == 1 ? "" : "s") + ", expected "
                                + header.values.size() + " (one per column of the header)",
                        "quote a cell that contains a comma (\"a, b\") and check for a missing or extra comma");
                complete = false;
                continue;
            }
            rows.add(new CsvRow(index, r.values, r.origins, r.origins.get(0)));
        }
        return new CsvTable(displayPath, index, header.origins.get(0), rows, complete,
                firstCommentAfter(header.origins.get(0).line(), text, positions), placeholders(text, displayPath));
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
        int lineStart = 0;
        while (lineStart < text.length()) {
            if (text.charAt(lineStart) == '#' && positions.line(lineStart) > headerLine) {
                return positions.origin(lineStart);
            }
            int next = lineStart;
            while (next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\r' && next + 1 < text.length() && text.charAt(next + 1) == '\n') {
                next++;
            }
            lineStart = next + 1;
        }
        return null;
    }

    private static Map<String, Integer> checkHeader(RawRecord header, List<String> columns, String file, Diagnostics d) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>(columns);
        for (int i = 0; i < header.values.size(); i++) {
            String name = header.values.get(i).strip();
            Origin at = header.origins.get(i);
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
            d.report(header.origins.get(0), DiagnosticCode.PB102, "missing column '" + m + "'",
                    "add the column to the header (an empty cell means 'not known'); the columns of this file are: "
                            + String.join(",", columns));
        }
        return index;
    }

    private static RawRecord locate(CSVRecord record, String text, TextPositions positions) {
        int start = FieldScanner.skipToRecord(text, (int) record.getCharacterPosition());
        List<String> values = record.toList();
        List<Origin> origins = new ArrayList<>(values.size());
        int end;
        try {
            FieldScanner.ScannedRecord scanned = FieldScanner.scan(text, start);
            end = scanned.end();
            for (int i = 0; i < values.size(); i++) {
                int offset = i < scanned.fieldStarts().size() ? scanned.fieldStarts().get(i) : start;
                origins.add(positions.origin(offset));
            }
        } catch (FieldScanner.SyntaxError e) {
            // the parser accepted what the scanner did not: fall back to the record's start
            end = start;
            for (int i = 0; i < values.size(); i++) {
                origins.add(positions.origin(start));
            }
        }
        return new RawRecord(values, origins, end);
    }

    private static void reportMalformed(String text, int from, TextPositions positions, Exception e, Diagnostics d) {
        int p = from;
        while (true) {
            p = FieldScanner.skipToRecord(text, p);
            if (p >= text.length()) {
                break;
            }
            try {
                p = FieldScanner.scan(text, p).end();
            } catch (FieldScanner.SyntaxError error) {
                d.report(positions.origin(error.offset()), DiagnosticCode.PB104, error.getMessage(),
                        "close the quote; a quote inside a quoted field is written twice (\"\")");
                return;
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        d.report(positions.origin(Math.min(from, text.length())), DiagnosticCode.PB104,
                "malformed CSV: " + cause.getMessage(), "");
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

    private record RawRecord(List<String> values, List<Origin> origins, int end) {
        boolean blank() {
            return values.size() == 1 && values.get(0).isBlank();
        }
    }
}
