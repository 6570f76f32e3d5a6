package org.parkbench.charts.figures;

import java.util.List;
import org.parkbench.charts.FigureText;

/**
 * Lists of park names in alt text, captions and legends: every name up to a limit, beyond it the
 * first names and how many more. A figure over ten thousand parks then says how many it shows
 * instead of spelling them all out, and the text grows no further than the limit.
 */
final class NameList {
    /** How many names a list spells out before it summarises. */
    static final int LIMIT = 25;

    private NameList() {
    }

    /** The names joined by {@code separator}, at most {@link #LIMIT} of them, then "and N more". */
    static String join(FigureText t, List<String> names, String separator) {
        return join(t, names, separator, LIMIT);
    }

    static String join(FigureText t, List<String> names, String separator, int limit) {
        if (names.size() <= limit) {
            return String.join(separator, names);
        }
        return String.join(separator, names.subList(0, limit)) + separator + t.format("list.more", names.size() - limit);
    }
}
