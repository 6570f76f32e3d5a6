package org.parkbench.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.parkbench.core.model.PartialDate;

/**
 * The numbers a chart draws, read back from its datasets, and the numbers its data table says it
 * draws, so a test can compare the two. Positions on a {@link SymbolAxis} (timeline lanes) are
 * categories, not data, and are left out.
 */
final class DrawnData {
    private DrawnData() {
    }

    static List<Double> drawn(JFreeChart chart) {
        List<Double> values = new ArrayList<>();
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot cp) {
            for (int d = 0; d < cp.getDatasetCount(); d++) {
                CategoryDataset data = cp.getDataset(d);
                if (data == null) {
                    continue;
                }
                for (int r = 0; r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        Number n = data.getValue(r, c);
                        if (n != null) {
                            values.add(n.doubleValue());
                        }
                    }
                }
            }
        } else if (plot instanceof XYPlot xp) {
            for (int d = 0; d < xp.getDatasetCount(); d++) {
                XYDataset data = xp.getDataset(d);
                if (data == null) {
                    continue;
                }
                if (data instanceof YIntervalSeriesCollection ranges) {
                    // a range's bar: its low end is the point of the line (dataset 0), its high end is drawn here
                    for (int s = 0; s < ranges.getSeriesCount(); s++) {
                        for (int i = 0; i < ranges.getItemCount(s); i++) {
                            values.add(ranges.getEndYValue(s, i));
                        }
                    }
                    continue;
                }
                boolean xIsData = !(xp.getDomainAxisForDataset(d) instanceof SymbolAxis);
                boolean yIsData = !(xp.getRangeAxisForDataset(d) instanceof SymbolAxis);
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        if (xIsData) {
                            values.add(data.getXValue(s, i));
                        }
                        if (yIsData) {
                            values.add(data.getYValue(s, i));
                        }
                    }
                }
            }
        } else {
            throw new AssertionError("no reader for " + plot.getClass());
        }
        return sorted(values);
    }

    static List<Double> tabled(DataTable table) {
        List<Double> values = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!table.columns().get(c).plotted()) {
                continue;
            }
            for (List<Object> row : table.rows()) {
                Object v = row.get(c);
                if (v instanceof Double d) {
                    values.add(d);
                } else if (v instanceof PartialDate date) {
                    values.add(date.decimalYear());
                }
            }
        }
        return sorted(values);
    }

    private static List<Double> sorted(List<Double> values) {
        // rounded to 9 significant digits, so a value and its round trip through a dataset compare equal
        return values.stream().map(v -> v == 0 ? 0.0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.9g", v)))
                .sorted().toList();
    }
}
