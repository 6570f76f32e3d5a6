package org.parkbench.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A time axis in years with a tick at the start of each labelled year, as readers expect of a
 * calendar: 5 January 2012 sits just right of the tick labelled 2012, and a value known only to the
 * year ({@link org.parkbench.core.model.PartialDate#decimalYear()} puts it mid-year) sits halfway
 * to the next year. Years are written without a thousands separator; labels thin out to every 2, 5,
 * 10… years as space requires.
 */
public final class YearAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

    public YearAxis(String label) {
        super(label);
        setAutoRangeIncludesZero(false);
        setAutoRangeMinimumSize(2.0);
    }

    @Override
    protected List<NumberTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(dataArea.getWidth(), g2.getFontMetrics(getTickLabelFont()).stringWidth("20000"), true);
    }

    @Override
    protected List<NumberTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(dataArea.getHeight(), g2.getFontMetrics(getTickLabelFont()).getHeight() * 2, false);
    }

    private List<NumberTick> ticks(double length, double labelSpace, boolean horizontal) {
        double lower = getLowerBound();
        double upper = getUpperBound();
        int first = (int) Math.ceil(lower);
        int last = (int) Math.floor(upper);
        int years = Math.max(1, last - first + 1);
        int step = STEPS[STEPS.length - 1];
        for (int s : STEPS) {
            if (length / years * s >= labelSpace) {
                step = s;
                break;
            }
        }
        List<NumberTick> ticks = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (Math.floorMod(y, step) == 0) {
                ticks.add(new NumberTick(TickType.MAJOR, y, Integer.toString(y),
                        horizontal ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }
}
