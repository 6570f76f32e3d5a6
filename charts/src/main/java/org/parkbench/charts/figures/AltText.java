package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;
import static org.parkbench.charts.HouseStyle.NUMBERS;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.parkbench.charts.DataTable;

/**
 * Writes a figure's text alternative from its data table: what it shows, then the largest value
 * and, where the data is dated, the latest one, each with what it belongs to. Never "a chart".
 */
final class AltText {
    private AltText() {
    }

    /**
     * {@code lead} (what the figure shows), then the largest and latest values of the table's
     * measure, each named by the cells of {@code labelColumns} (default: the first text column).
     */
    static String describe(String lead, DataTable table, int... labelColumns) {
        StringBuilder b = new StringBuilder(sentence(lead));
        OptionalInt measure = table.measure();
        table.largest().ifPresent(row -> b.append(" Largest: ").append(table.quantity(row, measure.getAsInt()))
                .append(labels(table, row, labelColumns)).append('.'));
        table.latest().ifPresent(row -> {
            int t = table.time().getAsInt();
            b.append(" Latest: ").append(row.get(t));
            if (measure.isPresent() && row.get(measure.getAsInt()) != null) {
                b.append(", ").append(table.quantity(row, measure.getAsInt()));
            }
            b.append(labels(table, row, labelColumns)).append('.');
        });
        return b.toString();
    }

    /** "rising from 40 in 2010 to 120 in 2019", or falling, or unchanged, or "between X and Y". */
    static String trend(List<double[]> points, String unit) {
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
        String from = NUMBERS.rounded(first[1], DECIMALS, unit) + " in " + year(first[0]);
        String to = NUMBERS.rounded(last[1], DECIMALS, unit) + " in " + year(last[0]);
        if (up && down) {
            return "unchanged at " + NUMBERS.rounded(first[1], DECIMALS, unit) + " from " + year(first[0]) + " to " + year(last[0]);
        }
        if (up) {
            return "rising from " + from + " to " + to;
        }
        if (down) {
            return "falling from " + from + " to " + to;
        }
        return "moving from " + from + " to " + to + ", not steadily";
    }

    private static String year(double decimalYear) {
        return Integer.toString((int) Math.floor(decimalYear));
    }

    private static String labels(DataTable table, List<Object> row, int... labelColumns) {
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
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
