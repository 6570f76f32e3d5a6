package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostics;

/**
 * Writes random CSV files (quoted and plain fields holding commas, quotes, line ends, spaces and
 * non-ASCII letters; LF, CRLF and CR line ends; comment and blank lines between rows), remembering
 * where each field was put, and checks that the table reports every cell's value and position.
 */
class FieldPositionsPropertyTest {
    private record Field(String value, boolean quoted) {
        String written() {
            return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }

    private record Layout(List<List<Field>> rows, List<String> lineEnds, List<String> fillers) {
    }

    @Property(tries = 400)
    void everyCellIsFoundWhereItWasWritten(@ForAll("layouts") Layout layout) {
        int width = layout.rows().get(0).size();
        List<String> columns = IntStream.range(0, width).mapToObj(i -> "c" + i).toList();
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        List<List<Integer>> offsets = new ArrayList<>();
        for (int r = 0; r < layout.rows().size(); r++) {
            text.append(layout.fillers().get(r));
            List<Integer> rowOffsets = new ArrayList<>();
            List<Field> row = layout.rows().get(r);
            for (int f = 0; f < row.size(); f++) {
                if (f > 0) {
                    text.append(',');
                }
                rowOffsets.add(text.length());
                text.append(row.get(f).written());
            }
            text.append(layout.lineEnds().get(r));
            offsets.add(rowOffsets);
        }
        Diagnostics diagnostics = new Diagnostics();
        CsvTable table = CsvTable.parse(text.toString(), "p.csv", columns, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(table.rows()).hasSize(layout.rows().size());
        for (int r = 0; r < layout.rows().size(); r++) {
            for (int f = 0; f < width; f++) {
                CsvRow row = table.rows().get(r);
                assertThat(row.cell(columns.get(f))).isEqualTo(layout.rows().get(r).get(f).value().strip());
                assertThat(row.origin(columns.get(f))).isEqualTo(naiveOrigin(text, offsets.get(r).get(f)));
            }
        }
    }

    /** Line and column counted the plain way: CRLF is one line end, CR or LF alone is one too. */
    private static Origin naiveOrigin(CharSequence text, int offset) {
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
            } else {
                column++;
            }
        }
        return new Origin("p.csv", line, column);
    }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<Integer> widths = Arbitraries.integers().between(2, 5);
        return widths.flatMap(width -> Arbitraries.integers().between(1, 6).flatMap(height -> Combinators.combine(
                row(width).list().ofSize(height),
                Arbitraries.of("\n", "\r\n", "\r").list().ofSize(height),
                Arbitraries.of("", "", "", "\n", "# a comment, \"quoted\"\n", "\r\n").list().ofSize(height))
                .as(Layout::new)));
    }

    private static Arbitrary<List<Field>> row(int width) {
        return field().list().ofSize(width).map(FieldPositionsPropertyTest::keepRowsReadable);
    }

    private static Arbitrary<Field> field() {
        Arbitrary<String> values = Arbitraries.strings().withChars('a', 'b', ',', '"', '\n', '\r', ' ', '#', 'é', '北')
                .ofMinLength(0).ofMaxLength(8);
        return Combinators.combine(values, Arbitraries.of(true, false)).as((value, quote) ->
                new Field(value, quote || value.matches("(?s).*[,\"\\r\\n].*")));
    }

    /** A row whose first plain field starts with '#' would be a comment line: quote it. */
    private static List<Field> keepRowsReadable(List<Field> row) {
        List<Field> fields = new ArrayList<>(row);
        Field first = fields.get(0);
        if (!first.quoted() && first.value().startsWith("#")) {
            fields.set(0, new Field(first.value(), true));
        }
        return fields;
    }
}
