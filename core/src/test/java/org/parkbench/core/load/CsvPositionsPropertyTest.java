package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Writes random CSV files and remembers where each field was put, then checks that what the
 * loader reports points there: every cell's position, every header diagnostic (PB101, with the
 * column of a first occurrence), and the PB104 of malformed CSV (at the opening quote of a field
 * never closed, at the character after a closing quote). Fields hold commas, quotes, LF, CR, CRLF,
 * tabs, spaces, {@code #}, non-ASCII and non-BMP characters; quoted fields may have whitespace
 * after their closing quote; rows end with LF, CRLF or CR (the last one maybe with nothing) and
 * comment, blank and whitespace-only lines come between them. Columns are counted in characters
 * (code points), as an editor shows them.
 */
class CsvPositionsPropertyTest {
    private static final String FILE = "p.csv";

    /** A field as written: quoted or plain, and the whitespace after its closing quote. */
    private record Field(String value, boolean quoted, String after) {
        String written() {
            return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" + after : value;
        }
    }

    private record Layout(List<Field> header, List<List<Field>> rows, List<String> lineEnds, List<String> fillers) {
    }

    /** A text, and the offset where each field of each record (the header first) was written. */
    private record Written(String text, List<List<Integer>> offsets) {
    }

    /** What goes wrong, in which data row and before which field. */
    private record Fault(boolean unclosed, int row, int field, String stray, Layout layout) {
    }

    @Property(tries = 500)
    void everyCellIsReportedWhereItWasWritten(@ForAll("layouts") Layout layout) {
        List<String> columns = columns(layout.header().size());
        Written written = write(layout, layout.rows().size());
        Diagnostics diagnostics = new Diagnostics();
        CsvTable table = CsvTable.parse(written.text(), FILE, columns, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(table.headerOrigin()).isEqualTo(origin(written.text(), written.offsets().get(0).get(0)));
        assertThat(table.rows()).hasSize(layout.rows().size());
        for (int r = 0; r < layout.rows().size(); r++) {
            CsvRow row = table.rows().get(r);
            List<Integer> offsets = written.offsets().get(r + 1);
            assertThat(row.origin()).isEqualTo(origin(written.text(), offsets.get(0)));
            for (int f = 0; f < columns.size(); f++) {
                String column = layout.header().get(f).value();
                assertThat(row.cell(column)).isEqualTo(layout.rows().get(r).get(f).value().strip());
                assertThat(row.origin(column)).as("row %d, %s", r, column).isEqualTo(origin(written.text(), offsets.get(f)));
            }
        }
    }

    @Property(tries = 300)
    void headerProblemsAreReportedAtTheirCells(@ForAll("headers") Layout layout) {
        Written written = write(layout, layout.rows().size());
        Diagnostics diagnostics = new Diagnostics();
        CsvTable.parse(written.text(), FILE, List.of("a", "b", "c"), diagnostics);

        List<String> expected = new ArrayList<>();
        Map<String, Integer> firstColumn = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>(List.of("a", "b", "c"));
        for (int i = 0; i < layout.header().size(); i++) {
            String name = layout.header().get(i).value().strip();
            Origin at = origin(written.text(), written.offsets().get(0).get(i));
            Integer first = firstColumn.putIfAbsent(name, at.column());
            if (name.isEmpty()) {
                expected.add(at + ": error: [PB101] empty column name");
            } else if (first != null) {
                expected.add(at + ": error: [PB101] column '" + name + "' appears twice (first at column " + first + ")");
            } else if (!missing.remove(name)) {
                expected.add(at + ": error: [PB101] unknown column '" + name + "'");
            }
        }
        List<String> reported = diagnostics.sorted().stream()
                .filter(d -> d.code() == DiagnosticCode.PB101)
                .map(Diagnostic::headline)
                .map(h -> h.replaceAll("; did you mean .*", ""))
                .toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 500)
    void malformedCsvIsReportedWhereItGoesWrong(@ForAll("faults") Fault fault) {
        Layout layout = fault.layout();
        List<String> columns = columns(layout.header().size());
        Written before = write(layout, fault.row());
        StringBuilder text = new StringBuilder(before.text()).append(layout.fillers().get(fault.row()));
        List<Field> row = layout.rows().get(fault.row());
        for (int f = 0; f < fault.field(); f++) {
            text.append(row.get(f).written()).append(',');
        }
        int wrong;
        String message;
        // after text past a closing quote the file is read on from the next line: the row "1,2" there
        int resumed = -1;
        if (fault.unclosed()) {
            // the field opens and never closes: the rest of the file is inside it
            wrong = text.length();
            text.append('"').append(row.get(fault.field()).value().replace("\"", "\"\""));
            message = "the quoted field opened here is never closed";
        } else {
            Field quoted = new Field(row.get(fault.field()).value(), true, row.get(fault.field()).after());
            text.append(quoted.written());
            wrong = text.length();
            String lineEnd = layout.lineEnds().get(fault.row());
            text.append(fault.stray()).append(",x").append(lineEnd);
            resumed = lineEnd.isEmpty() ? -1 : text.length();
            text.append("1,2\n");
            message = "unexpected character '" + fault.stray() + "' after the closing quote of a field";
        }
        Diagnostics diagnostics = new Diagnostics();
        CsvTable table = CsvTable.parse(text.toString(), FILE, columns, diagnostics);

        List<String> expected = new ArrayList<>();
        expected.add(origin(text, wrong) + ": error: [PB104] " + message);
        boolean fits = columns.size() == 2;
        if (resumed >= 0 && !fits) {
            expected.add(origin(text, resumed) + ": error: [PB103] row has 2 fields, expected " + columns.size()
                    + " (one per column of the header)");
        }
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactlyElementsOf(expected);
        assertThat(table.complete()).isFalse();
        assertThat(table.rows()).hasSize(fault.row() + (resumed >= 0 && fits ? 1 : 0));
        for (int r = 0; r < fault.row(); r++) {
            assertThat(table.rows().get(r).origin()).isEqualTo(origin(text, before.offsets().get(r + 1).get(0)));
        }
        if (resumed >= 0 && fits) {
            assertThat(table.rows().get(fault.row()).origin()).isEqualTo(origin(text, resumed));
        }
    }

    private static List<String> columns(int width) {
        return IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
    }

    /** The header, then the first {@code rows} rows, each after its filler and with its line end. */
    private static Written write(Layout layout, int rows) {
        StringBuilder text = new StringBuilder(layout.fillers().get(layout.fillers().size() - 1));
        List<List<Integer>> offsets = new ArrayList<>();
        offsets.add(writeRecord(text, layout.header()));
        text.append('\n');
        for (int r = 0; r < rows; r++) {
            text.append(layout.fillers().get(r));
            offsets.add(writeRecord(text, layout.rows().get(r)));
            text.append(layout.lineEnds().get(r));
        }
        if (rows == layout.rows().size() && !layout.lineEnds().get(rows - 1).isEmpty()) {
            text.append(layout.fillers().get(rows));
        }
        return new Written(text.toString(), offsets);
    }

    private static List<Integer> writeRecord(StringBuilder text, List<Field> fields) {
        List<Integer> offsets = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                text.append(',');
            }
            offsets.add(text.length());
            text.append(fields.get(f).written());
        }
        return offsets;
    }

    /** Line and column counted the plain way: CRLF, CR and LF each end a line; a column is a code point. */
    private static Origin origin(CharSequence text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Origin(FILE, line, column);
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Arbitraries.integers().between(1, 5).flatMap(width ->
                layout(Arbitraries.just(columns(width)).map(CsvPositionsPropertyTest::namedFields), width));
    }

    @Provide
    Arbitrary<Layout> headers() {
        Arbitrary<String> names = Arbitraries.of("a", "b", "c", " a", "b ", "", " ", "d", "a\nb", "北😀");
        return Arbitraries.integers().between(1, 6).flatMap(width -> layout(
                names.list().ofSize(width).flatMap(n -> Combinators.combine(n.stream().map(CsvPositionsPropertyTest::field).toList())
                        .as(fields -> keepReadable(new ArrayList<>(fields)))), width));
    }

    @Provide
    Arbitrary<Fault> faults() {
        return Arbitraries.integers().between(1, 4).flatMap(width -> layout(
                Arbitraries.just(columns(width)).map(CsvPositionsPropertyTest::namedFields), width)
                .flatMap(layout -> Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, layout.rows().size() - 1),
                        Arbitraries.integers().between(0, width - 1),
                        Arbitraries.of("y", "#", "北", "😀")).as((unclosed, row, field, stray) ->
                        new Fault(unclosed, row, field, stray, layout))));
    }

    private static List<Field> namedFields(List<String> names) {
        return names.stream().map(n -> new Field(n, false, "")).toList();
    }

    private static Arbitrary<Layout> layout(Arbitrary<List<Field>> header, int width) {
        return Arbitraries.integers().between(1, 6).flatMap(height -> Combinators.combine(
                header,
                row(width).list().ofSize(height),
                Arbitraries.of("\n", "\r\n", "\r").list().ofSize(height - 1)
                        .flatMap(ends -> Arbitraries.of("\n", "\r\n", "\r", "").map(last -> append(ends, last))),
                Arbitraries.of("", "", "", "\n", "\r", "\r\n", "# a comment, \"quoted\"\n", "#\r", "  \t\n", "\n# x\r\n\r\n")
                        .list().ofSize(height + 2))
                .as(Layout::new));
    }

    private static <T> List<T> append(List<T> list, T last) {
        List<T> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static Arbitrary<List<Field>> row(int width) {
        Arbitrary<String> values = Arbitraries.of("a", "b", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "#", "é", "北", "😀", "𠀀")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
        return values.list().ofSize(width)
                .flatMap(v -> Combinators.combine(v.stream().map(CsvPositionsPropertyTest::field).toList()).as(ArrayList::new))
                .map(CsvPositionsPropertyTest::keepReadable);
    }

    private static Arbitrary<Field> field(String value) {
        boolean mustQuote = value.matches("(?s).*[,\"\\r\\n].*");
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("", "", " ", "\t", " \t "))
                .as((quote, after) -> new Field(value, quote || mustQuote, after));
    }

    /**
     * A row whose first plain field starts with '#' would be a comment line: quote it. A row of one
     * blank field is a blank line, which the loader skips: give it a value.
     */
    private static List<Field> keepReadable(List<Field> fields) {
        Field first = fields.get(0);
        if (!first.quoted() && first.value().startsWith("#")) {
            fields.set(0, new Field(first.value(), true, first.after()));
        }
        if (fields.size() == 1 && first.value().isBlank()) {
            fields.set(0, new Field("z", first.quoted(), first.after()));
        }
        return fields;
    }
}
