package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.FigureText;

/**
 * Writes a figure's text alternative from its data table: what it shows, then the largest value
 * and, where the data is dated, the latest one, each with what it belongs to. Never "a chart".
 */
final class AltText {
    private AltText() {
    }

    /**
     * {@code lead} (what the figure shows), then the largest and latest values of the table's
     * measure, each named by the cells of {@code labelColumns} (default: the first text column),
     * in the table's language.
     */
    static String describe(String lead, DataTable table, int... labelColumns) {
        FigureText t = FigureText.of(table.language());
        StringBuilder b = new StringBuilder(t.sentence(lead));
        OptionalInt measure = table.measure();
        table.largest().ifPresent(row -> b.append(t.format("alt.largest", table.quantity(row, measure.getAsInt()),
                labels(t, table, row, labelColumns))));
        table.latest().ifPresent(row -> {
            int time = table.time().getAsInt();
            String value = measure.isPresent() && row.get(measure.getAsInt()) != null
                    ? t.format("alt.latest.value", table.quantity(row, measure.getAsInt())) : "";
            b.append(t.format("alt.latest", table.text(row, time), value, labels(t, table, row, labelColumns)));
        });
        return b.toString();
    }

    /** "rising from 40 in 2010 to 120 in 2019", or falling, or unchanged, or "between X and Y". */
    static String trend(FigureText t, List<double[]> points, String unit) {
        if (points.size() < 2) {
            return "";
        }
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < points.size(); i++) {
            up &= points.get(i)[1] >= points.get(i - 1)[1];
            down &= points.get(i)[1] <= points.get(i - 1)[1];
        }
        String from = t.format("alt.trend.point", t.numbers().rounded(first[1], DECIMALS, unit), year(first[0]));
        String to = t.format("alt.trend.point", t.numbers().rounded(last[1], DECIMALS, unit), year(last[0]));
        if (up && down) {
            return t.format("alt.trend.unchanged", t.numbers().rounded(first[1], DECIMALS, unit), year(first[0]), year(last[0]));
        }
        if (up) {
            return t.format("alt.trend.rising", from, to);
        }
        if (down) {
            return t.format("alt.trend.falling", from, to);
        }
        return t.format("alt.trend.moving", from, to);
    }

    private static String year(double decimalYear) {
        return Integer.toString((int) Math.floor(decimalYear));
    }

    private static String labels(FigureText t, DataTable table, List<Object> row, int... labelColumns) {
        int[] columns = labelColumns;
        if (columns.length == 0) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).kind() == DataTable.Column.Kind.TEXT) {
                    columns = new int[] {i};
                    break;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i : columns) {
            if (row.get(i) != null && !row.get(i).toString().isBlank()) {
                parts.add(row.get(i).toString());
            }
        }
        return parts.isEmpty() ? "" : t.bracket(t.commas(parts));
    }
}
