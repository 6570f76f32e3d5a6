package org.parkbench.charts.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Unit;

/**
 * Each park's indicators over time: one figure per park and indicator group (and per unit family,
 * since money converts only within its currency) that has at least two observations. Every source
 * is its own labelled series; figures from different sources are never merged or averaged.
 */
public final class IndicatorFigures implements FigureContribution {
    @Override
    public String id() {
        return "park-indicators";
    }

    @Override
    public int rank() {
        return 700;
    }

    @Override
    public boolean perCase() {
        return true;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        List<FigureRecipe> recipes = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (Park park : c.parks()) {
                List<Observation> ofPark = c.observations(park.id());
                for (IndicatorGroup group : IndicatorGroup.values()) {
                    List<Observation> observations = ofPark.stream()
                            .filter(o -> group.indicators().contains(o.indicator()))
                            .sorted(Comparator.comparing(Observation::asOf).thenComparing(Observation::source))
                            .toList();
                    List<List<Observation>> families = unitFamilies(observations);
                    for (List<Observation> family : families) {
                        if (family.size() < 2) {
                            continue;
                        }
                        Unit unit = commonestUnit(family);
                        String id = park.id() + "-" + group.slug()
                                + (families.size() > 1 ? "-" + familySlug(unit) : "");
                        recipes.add(new FigureRecipe(id, () -> figure(id, c, park, group, family, unit)));
                    }
                }
            }
        }
        return recipes;
    }

    private static Figure figure(String id, CaseStudy c, Park park, IndicatorGroup group, List<Observation> observations, Unit unit) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<String, String> labelOwner = new HashMap<>();
        boolean severalIndicators = observations.stream().map(Observation::indicator).distinct().count() > 1;
        String unitLabel = unit.label().isEmpty() ? "count" : unit.label();
        DataTable.Builder table = DataTable.with(Column.text("Series"), Column.text("Indicator"), Column.text("Source"),
                Column.date("As of", true), Column.measure(group.label(), unitLabel), Column.text("Qualifier"),
                Column.number("Reported value", ""), Column.text("Reported unit"));
        FigureSources citations = new FigureSources();
        boolean converted = false;
        for (Observation o : observations) {
            Source source = c.source(o.source()).orElse(null);
            String sourceLabel = source == null ? o.source() : FigureSources.seriesLabel(source);
            String label = severalIndicators ? o.indicator().label() + " — " + sourceLabel : sourceLabel;
            String owner = o.indicator().word() + "/" + o.source();
            String previous = labelOwner.putIfAbsent(label, owner);
            if (previous != null && !previous.equals(owner)) {
                label = label + " [" + o.source() + "]";
            }
            double value = o.valueIn(unit);
            converted |= o.unit() != unit;
            series.computeIfAbsent(label, k -> new XYSeries(k, true, true)).add(o.asOf().decimalYear(), value);
            citations.add(c, o.source());
            table.row(label, o.indicator().label(), source == null ? o.source() : FigureSources.cite(source), o.asOf(), value,
                    o.qualifier().label(), o.value(), o.unit().label().isEmpty() ? "count" : o.unit().label());
        }
        DataTable data = table.build();
        List<String> trends = new ArrayList<>();
        for (XYSeries s : series.values()) {
            if (s.getItemCount() >= 2 && trends.size() < 3) {
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < s.getItemCount(); i++) {
                    points.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
                }
                trends.add(s.getKey() + ": " + AltText.trend(points, unitLabel));
            }
        }
        String what = group.label().toLowerCase(Locale.ROOT);
        String lead = "Line chart of " + what + " at " + park.nameEn() + ", " + observations.size() + " reported figures from "
                + series.size() + (series.size() == 1 ? " series" : " series, one per source") + ", "
                + observations.get(0).asOf() + " to " + observations.get(observations.size() - 1).asOf() + "."
                + (trends.isEmpty() ? "" : " " + String.join("; ", trends) + ".");
        String caption = group.label() + " of " + park.nameEn() + " as reported, in " + unitLabel
                + ". Each source is its own series; figures from different sources are shown side by side, never merged."
                + (converted ? " Values reported in other units are converted to " + unitLabel + "." : "")
                + (observations.stream().anyMatch(o -> !o.qualifier().label().isEmpty())
                        ? " Figures a source gives as 'about', 'more than' or 'less than' are marked so in the data table." : "");
        List<XYSeries> ordered = new ArrayList<>(series.values());
        int legendRows = ordered.size();
        return Figure.builder(id)
                .title(ParkNames.titleName(park.nameEn()) + ": " + what)
                .caption(caption)
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, data))
                .table(data)
                .caseId(c.id())
                .parkId(park.id())
                .size(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT + Math.max(0, legendRows - 2) * 20)
                .plot(() -> {
                    XYSeriesCollection dataset = new XYSeriesCollection();
                    ordered.forEach(s -> {
                        try {
                            dataset.addSeries(s.createCopy(0, s.getItemCount() - 1));
                        } catch (CloneNotSupportedException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return Plots.lines(dataset, "Year", group.label() + " (" + unitLabel + ")", HouseStyle.SERIES);
                })
                .build();
    }

    /** Splits observations into groups whose units convert into each other, in order of first appearance. */
    static List<List<Observation>> unitFamilies(List<Observation> observations) {
        List<List<Observation>> families = new ArrayList<>();
        for (Observation o : observations) {
            List<Observation> home = null;
            for (List<Observation> f : families) {
                if (f.get(0).unit().convertibleTo(o.unit())) {
                    home = f;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                families.add(home);
            }
            home.add(o);
        }
        return families;
    }

    /** The unit most observations use (ties: the unit listed first in {@link Unit}). */
    static Unit commonestUnit(List<Observation> observations) {
        Map<Unit, Integer> counts = new HashMap<>();
        observations.forEach(o -> counts.merge(o.unit(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Unit, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
    }

    private static String familySlug(Unit unit) {
        return unit.currency().map(cur -> cur.toLowerCase(Locale.ROOT)).orElse(unit.word());
    }
}
