package org.parkbench.charts.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.model.ObservationKind;

/**
 * The few plot shapes the catalogue uses, built the house way: bars (horizontal for long category
 * names), stacked bars, and lines with markers over years. Recipes fill the datasets; these
 * methods only dress them.
 */
final class Plots {
    private Plots() {
    }

    /** Bars with their values written at the end, one colour per series. */
    static CategoryPlot bars(CategoryDataset data, String categoryLabel, String valueLabel, boolean horizontal,
                             boolean counts, List<? extends Paint> colours) {
        return bars(data, categoryLabel, valueLabel, horizontal, counts, colours, false);
    }

    /**
     * Bars with their values written at the end; with {@code byCategory}, the colours go to the
     * categories (e.g. Belt and Road in blue, the rest in grey) rather than to the series.
     */
    static CategoryPlot bars(CategoryDataset data, String categoryLabel, String valueLabel, boolean horizontal,
                             boolean counts, List<? extends Paint> colours, boolean byCategory) {
        BarRenderer renderer = byCategory ? new CategoryColouredBarRenderer(colours) : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        paint(renderer, colours);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labelFormat(data)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(HouseStyle.TICK_FONT);
        renderer.setDefaultItemLabelPaint(HouseStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = categoryPlot(data, renderer, categoryLabel, valueLabel, horizontal, counts);
        plot.getRangeAxis().setUpperMargin(0.2); // room for the value labels
        return plot;
    }

    /** Stacked bars; no value labels (the data table has them), gridlines carry the scale. */
    static CategoryPlot stacked(CategoryDataset data, String categoryLabel, String valueLabel, boolean horizontal,
                                boolean counts, List<? extends Paint> colours) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setMaximumBarWidth(0.14);
        paint(renderer, colours);
        return categoryPlot(data, renderer, categoryLabel, valueLabel, horizontal, counts);
    }

    /** Labels as precise as the data needs: whole numbers from 100 up, else up to two decimals. */
    static NumberFormat labelFormat(CategoryDataset data) {
        double max = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                max = n == null ? max : Math.max(max, Math.abs(n.doubleValue()));
            }
        }
        return HouseStyle.NUMBERS.numberFormat(max >= 100 ? 0 : HouseStyle.DECIMALS);
    }

    /**
     * Writes each bar's qualifier mark ({@link HouseStyle#qualifierMark}) before its value label:
     * "> 1,500" for a ratio from a "more than" figure. {@code marks} are by category (column), in order.
     */
    static CategoryPlot markLabels(CategoryPlot plot, List<String> marks) {
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        NumberFormat format = labelFormat(plot.getDataset());
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                String mark = column < marks.size() ? marks.get(column) : "";
                String label = super.generateLabel(dataset, row, column);
                return mark.isEmpty() ? label : mark + " " + label;
            }
        });
        return plot;
    }

    /** A bar renderer that colours by category, not by series. */
    private static final class CategoryColouredBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final List<Paint> colours;

        CategoryColouredBarRenderer(List<? extends Paint> colours) {
            this.colours = List.copyOf(colours);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return colours.get(column % colours.size());
        }
    }

    /** Writes each segment's value inside it, in white on the dark first series and in ink on the others. */
    static void labelSegments(CategoryPlot plot) {
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labelFormat(plot.getDataset())));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(HouseStyle.TICK_FONT);
        renderer.setDefaultItemLabelPaint(HouseStyle.INK);
        renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    }

    private static void paint(BarRenderer renderer, List<? extends Paint> colours) {
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
    }

    private static CategoryPlot categoryPlot(CategoryDataset data, BarRenderer renderer, String categoryLabel,
                                             String valueLabel, boolean horizontal, boolean counts) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setTickMarksVisible(false);
        categories.setAxisLineVisible(!horizontal);
        categories.setLowerMargin(0.03);
        categories.setUpperMargin(0.03);
        categories.setCategoryMargin(horizontal ? 0.25 : 0.3);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1f);
        categories.setMaximumCategoryLabelLines(horizontal ? 2 : 3);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = counts ? HouseStyle.countAxis(valueLabel) : HouseStyle.valueAxis(valueLabel);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlineStroke(HouseStyle.HAIRLINE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        return plot;
    }

    /** How one series of {@link #qualifiedLines} is drawn: its colour, its kind, and the qualifier mark of each item, in order. */
    record SeriesStyle(Paint colour, ObservationKind kind, List<String> marks) {
        SeriesStyle {
            marks = List.copyOf(marks);
        }
    }

    /**
     * Lines over a year axis drawn the house way for qualified figures ({@link HouseStyle}): a
     * series per source and kind, targets and plans hollow on dashed or dotted lines, each item's
     * qualifier mark beside its marker, and the ranges in {@code ranges} (a second dataset, not in
     * the legend) as vertical bars from low to high.
     */
    static XYPlot qualifiedLines(XYDataset data, String xLabel, String yLabel, List<SeriesStyle> styles, YIntervalSeriesCollection ranges) {
        XYPlot plot = lines(data, xLabel, yLabel, List.of(HouseStyle.INK));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setUseOutlinePaint(false);
        for (int i = 0; i < styles.size(); i++) {
            SeriesStyle style = styles.get(i);
            renderer.setSeriesPaint(i, style.colour());
            renderer.setSeriesStroke(i, HouseStyle.stroke(style.kind()));
            renderer.setSeriesShapesFilled(i, HouseStyle.filled(style.kind()));
        }
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.6f));
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> {
            List<String> marks = styles.get(series).marks();
            return item < marks.size() ? marks.get(item) : "";
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(HouseStyle.LABEL_FONT);
        renderer.setDefaultItemLabelPaint(HouseStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(3);
        if (ranges.getSeriesCount() > 0) {
            XYErrorRenderer bars = new XYErrorRenderer();
            bars.setDefaultLinesVisible(false);
            bars.setDefaultShapesVisible(false);
            bars.setDrawXError(false);
            bars.setDrawYError(true);
            bars.setCapLength(8);
            bars.setErrorStroke(HouseStyle.INTERVAL_STROKE);
            bars.setDefaultSeriesVisibleInLegend(false);
            for (int i = 0; i < ranges.getSeriesCount(); i++) {
                int owner = data.indexOf(ranges.getSeriesKey(i));
                bars.setSeriesPaint(i, owner >= 0 ? styles.get(owner).colour() : HouseStyle.INK);
            }
            bars.setErrorPaint(null); // each bar in its series' colour
            plot.setDataset(1, ranges);
            plot.setRenderer(1, bars);
        }
        return plot;
    }

    /** Lines with a distinct marker per series, over a year axis. */
    static XYPlot lines(XYDataset data, String xLabel, String yLabel, List<? extends Paint> colours) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colours.get(i % colours.size()));
            renderer.setSeriesShape(i, HouseStyle.seriesMarker(i));
            renderer.setSeriesStroke(i, HouseStyle.LINE);
        }
        renderer.setDrawOutlines(false);
        renderer.setUseFillPaint(false);
        NumberAxis years = HouseStyle.yearAxis(xLabel);
        years.setLowerMargin(0.06);
        years.setUpperMargin(0.06);
        NumberAxis values = HouseStyle.valueAxis(yLabel);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        XYPlot plot = new XYPlot(data, years, values, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(HouseStyle.HAIRLINE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        return plot;
    }
}
