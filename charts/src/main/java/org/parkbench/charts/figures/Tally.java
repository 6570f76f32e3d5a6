package org.parkbench.charts.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.data.category.DefaultCategoryDataset;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.FigureText;

/**
 * Counts of items by a category and a series (e.g. zones by host country and by how far they were
 * verified), in a fixed order, with the dataset and the data table built from the same counts so
 * that what is drawn is what is tabled.
 */
final class Tally {
    private final List<String> categories;
    private final List<String> series;
    private final Map<String, Map<String, Integer>> counts;

    private Tally(List<String> categories, List<String> series, Map<String, Map<String, Integer>> counts) {
        this.categories = categories;
        this.series = series;
        this.counts = counts;
    }

    /**
     * Counts {@code items}. Categories are ordered by {@code categoryOrder} when given (others after,
     * by name), else by total, largest first, then by name. Series keep {@code seriesOrder}; series
     * with no items are left out.
     */
    static <T> Tally of(List<T> items, Function<T, String> category, Function<T, String> seriesOf,
                        List<String> categoryOrder, List<String> seriesOrder) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (T item : items) {
            counts.computeIfAbsent(category.apply(item), k -> new LinkedHashMap<>())
                    .merge(seriesOf.apply(item), 1, Integer::sum);
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        counts.forEach((c, m) -> totals.put(c, m.values().stream().mapToInt(Integer::intValue).sum()));
        List<String> cats = new ArrayList<>(counts.keySet());
        if (categoryOrder != null) {
            cats.sort(Comparator.comparingInt((String c) -> categoryOrder.contains(c) ? categoryOrder.indexOf(c) : Integer.MAX_VALUE)
                    .thenComparing(Comparator.naturalOrder()));
        } else {
            cats.sort(Comparator.comparingInt((String c) -> -totals.get(c)).thenComparing(Comparator.naturalOrder()));
        }
        List<String> present = new ArrayList<>();
        for (String s : seriesOrder) {
            if (counts.values().stream().anyMatch(m -> m.containsKey(s))) {
                present.add(s);
            }
        }
        for (Map<String, Integer> m : counts.values()) {
            for (String s : m.keySet()) {
                if (!present.contains(s)) {
                    throw new IllegalArgumentException("series '" + s + "' is not in the series order " + seriesOrder);
                }
            }
        }
        return new Tally(List.copyOf(cats), List.copyOf(present), counts);
    }

    List<String> categories() {
        return categories;
    }

    List<String> series() {
        return series;
    }

    int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    int total(String category) {
        return counts.getOrDefault(category, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One value per (series, category) that has items; empty cells stay empty (null), not zero. */
    DefaultCategoryDataset dataset() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String s : series) {
            for (String c : categories) {
                Integer n = counts.get(c).get(s);
                data.addValue(n, s, c);
            }
        }
        return data;
    }

    /** One row per (category, series) that has items, in drawing order. */
    DataTable table(FigureText t, String categoryHeader, String seriesHeader, String countHeader) {
        DataTable.Builder table = seriesHeader == null
                ? DataTable.with(t.language(), Column.text(categoryHeader), Column.measure(countHeader, "count"))
                : DataTable.with(t.language(), Column.text(categoryHeader), Column.text(seriesHeader), Column.measure(countHeader, "count"));
        for (String c : categories) {
            for (String s : series) {
                Integer n = counts.get(c).get(s);
                if (n != null) {
                    if (seriesHeader == null) {
                        table.row(c, n);
                    } else {
                        table.row(c, s, n);
                    }
                }
            }
        }
        return table.build();
    }

    /** "Russia (3)", the category with the most items. */
    String leader(FigureText t) {
        String top = categories.get(0);
        return top + t.bracket(Integer.toString(total(top)));
    }
}
