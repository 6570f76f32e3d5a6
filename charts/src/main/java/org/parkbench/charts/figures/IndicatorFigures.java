package org.parkbench.charts.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Dimension;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Unit;

/**
 * Each park's indicators over time: one figure per park and indicator group (and per unit family,
 * since money converts only within its currency) that has at least two observations. Every source
 * is its own labelled series; figures from different sources are never merged or averaged.
 */
public final class IndicatorFigures implements FigureContribution {
    /** Up to how many figures the alt text gives every figure of its untrended outcome series as stated (the data table has them all). */
    private static final int FIGURES_LISTED = 8;
    /** How many such series the alt text names. */
    private static final int SERIES_LISTED = 4;

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
        return recipes(casebook, Withholding.NONE, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
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
                        // areas are compared in one unit, km², whatever units the sources use (the fact box keeps theirs)
                        Unit unit = family.get(0).unit().dimension() == Dimension.AREA ? Unit.KM2 : commonestUnit(family);
                        String id = park.id() + "-" + group.slug()
                                + (families.size() > 1 ? "-" + familySlug(unit) : "");
                        recipes.add(new FigureRecipe(id, () -> figure(t, id, c, park, group, family, unit)));
                    }
                }
            }
        }
        return recipes;
    }

    private static Figure figure(FigureText t, String id, CaseStudy c, Park park, IndicatorGroup group, List<Observation> observations,
                                 Unit unit) {
        Language language = t.language();
        String groupLabel = group.label(t);
        String parkName = t.park(park);
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<String, ObservationKind> kinds = new HashMap<>();
        Map<String, List<String>> marks = new HashMap<>();
        Map<String, YIntervalSeries> ranges = new LinkedHashMap<>();
        Map<String, String> labelOwner = new HashMap<>();
        Map<String, List<Observation>> members = new LinkedHashMap<>();
        boolean severalIndicators = observations.stream().map(Observation::indicator).distinct().count() > 1;
        String unitLabel = unit.label().isEmpty() ? "count" : unit.label();
        DataTable.Builder table = DataTable.with(language, Column.text(t.text("ind.table.series")),
                Column.text(t.text("ind.table.indicator")), Column.text(t.text("ind.table.source")),
                Column.date(t.text("ind.table.as-of"), true), Column.measure(groupLabel, unitLabel),
                Column.measure(DataTable.highColumn(language), unitLabel), Column.text(DataTable.qualifierColumn(language)),
                Column.text(DataTable.kindColumn(language)), Column.text(t.text("ind.table.as-stated")),
                Column.number(t.text("ind.table.reported-value"), ""), Column.number(t.text("ind.table.reported-high"), ""),
                Column.text(t.text("ind.table.reported-unit")));
        FigureSources citations = new FigureSources(t);
        boolean converted = false;
        List<String> notOutcomes = new ArrayList<>();
        for (Observation o : observations) {
            Source source = c.source(o.source()).orElse(null);
            String sourceLabel = source == null ? o.source() : FigureSources.seriesLabel(t, source);
            String label = severalIndicators ? t.label(o.indicator()) + t.text("punct.dash") + sourceLabel : sourceLabel;
            String owner = o.indicator().word() + "/" + o.source();
            String previous = labelOwner.putIfAbsent(label, owner);
            if (previous != null && !previous.equals(owner)) {
                label = label + " [" + o.source() + "]";
            }
            // "Jobs (target) — Xinhua (2016)" already says it is a target: no second "(target)"
            boolean named = severalIndicators && o.indicator().isIntended() && o.indicator().definedKind() == o.kind();
            label = named ? label : label + kindSuffix(t, o.kind());
            double value = o.valueIn(unit);
            Double high = o.high().isPresent() ? o.unit().convert(o.high().getAsDouble(), unit) : null;
            converted |= o.unit() != unit;
            series.computeIfAbsent(label, k -> new XYSeries(k, false, true)).add(o.asOf().decimalYear(), value);
            kinds.put(label, o.kind());
            members.computeIfAbsent(label, k -> new ArrayList<>()).add(o); // in date order
            marks.computeIfAbsent(label, k -> new ArrayList<>()).add(HouseStyle.qualifierMark(o.qualifier()));
            if (high != null) {
                ranges.computeIfAbsent(label, YIntervalSeries::new).add(o.asOf().decimalYear(), value, value, high);
            }
            citations.add(c, o.source());
            String stated = t.numbers().qualified(o);
            if (o.kind() != ObservationKind.OUTCOME) {
                notOutcomes.add(t.format("ind.not-outcome", t.label(o.kind()), stated, t.label(o.indicator()).toLowerCase(Locale.ROOT),
                        t.date(o.asOf()), sourceLabel));
            }
            String reportedUnit = o.unit().label().isEmpty() ? t.unitLabel("count") : t.chinese() ? o.unit().label(language) : o.unit().label();
            table.row(label, t.label(o.indicator()), source == null ? o.source() : FigureSources.cite(t, source), o.asOf(), value, high,
                    DataTable.qualifierCell(o.qualifier(), language), t.label(o.kind()), stated + kindSuffix(t, o.kind()),
                    o.value(), o.valueHigh(), reportedUnit);
        }
        DataTable data = table.build();
        List<String> trends = new ArrayList<>();
        Set<String> trended = new HashSet<>();
        for (XYSeries s : series.values()) {
            if (s.getItemCount() >= 2 && trends.size() < 3 && kinds.get((String) s.getKey()) == ObservationKind.OUTCOME
                    && marks.get((String) s.getKey()).stream().allMatch(String::isEmpty) && !ranges.containsKey((String) s.getKey())) {
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < s.getItemCount(); i++) {
                    points.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
                }
                trends.add(t.format("punct.label", s.getKey(), AltText.trend(t, points, unitLabel)));
                trended.add((String) s.getKey());
            }
        }
        String what = groupLabel.toLowerCase(Locale.ROOT);
        String lead = t.count("ind.lead", series.size(), what, parkName, observations.size(), t.date(observations.get(0).asOf()),
                t.date(observations.get(observations.size() - 1).asOf()))
                + (trends.isEmpty() ? "" : t.format("ind.trends", t.semicolons(trends)))
                + asStated(t, members, kinds, trended)
                + (notOutcomes.isEmpty() ? "" : t.format("ind.not-outcomes", t.semicolons(notOutcomes)));
        boolean qualified = observations.stream().anyMatch(o -> o.qualifier() != Qualifier.EXACT);
        String unitText = t.unitLabel(unitLabel);
        String caption = t.format("ind.caption", groupLabel, parkName, unitText)
                + (converted ? t.format("ind.caption.converted", unitText) : "")
                + (qualified ? t.text("ind.caption.qualified") : "")
                + (notOutcomes.isEmpty() ? "" : t.format("ind.caption.not-outcomes", t.semicolons(notOutcomes)));
        List<XYSeries> ordered = new ArrayList<>(series.values());
        List<Plots.SeriesStyle> styles = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String key = (String) ordered.get(i).getKey();
            styles.add(new Plots.SeriesStyle(HouseStyle.seriesColour(i), kinds.get(key), marks.get(key)));
        }
        List<YIntervalSeries> orderedRanges = new ArrayList<>(ranges.values());
        int legendRows = ordered.size();
        return Figure.builder(id)
                .language(language)
                .title(t.format("punct.label", ParkNames.titleName(parkName), what))
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
                    YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
                    try {
                        for (XYSeries s : ordered) {
                            dataset.addSeries(s.createCopy(0, s.getItemCount() - 1));
                        }
                        for (YIntervalSeries r : orderedRanges) {
                            intervals.addSeries((YIntervalSeries) r.clone());
                        }
                    } catch (CloneNotSupportedException e) {
                        throw new IllegalStateException(e);
                    }
                    return Plots.qualifiedLines(dataset, t.text("axis.year"), t.withUnit(groupLabel, unitLabel), styles, intervals);
                })
                .build();
    }

    /**
     * The figures of each outcome series that no trend describes, as their sources state them
     * ("Direct jobs — Xinhua (2024): more than 9,000 persons (2024-04)"), so that a qualified
     * figure reaches a reader of the alt text with its qualifier: every figure when there are at most
     * {@value #FIGURES_LISTED}, else the latest of each series; at most {@value #SERIES_LISTED} series,
     * those with the most recent figures.
     */
    private static String asStated(FigureText t, Map<String, List<Observation>> members, Map<String, ObservationKind> kinds,
                                   Set<String> trended) {
        List<String> labels = members.keySet().stream()
                .filter(label -> kinds.get(label) == ObservationKind.OUTCOME && !trended.contains(label)).toList();
        if (labels.isEmpty()) {
            return "";
        }
        boolean every = labels.stream().mapToInt(l -> members.get(l).size()).sum() <= FIGURES_LISTED;
        // too many series: the ones with the most recent figures, still in the order of the table
        Set<String> recent = new HashSet<>(labels.stream()
                .sorted(Comparator.comparing((String l) -> members.get(l).get(members.get(l).size() - 1).asOf()).reversed())
                .limit(SERIES_LISTED).toList());
        List<String> parts = new ArrayList<>();
        for (String label : labels.stream().filter(recent::contains).toList()) {
            List<Observation> of = members.get(label);
            List<Observation> shown = every ? of : of.subList(of.size() - 1, of.size());
            parts.add(t.format("punct.label", label, t.commas(shown.stream()
                    .map(o -> t.numbers().qualified(o) + t.bracket(t.date(o.asOf()))).toList())));
        }
        if (labels.size() > SERIES_LISTED) {
            parts.add(t.format("ind.more-series", labels.size() - SERIES_LISTED));
        }
        return t.format(every ? "ind.as-stated.every" : "ind.as-stated.latest", t.semicolons(parts));
    }

    /** What a legend entry or label adds for a kind: "" for outcomes, " (target)", " (plan)"; in Chinese "（目标）". */
    private static String kindSuffix(FigureText t, ObservationKind kind) {
        return kind == ObservationKind.OUTCOME ? "" : t.bracket(t.label(kind));
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
