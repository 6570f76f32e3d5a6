package org.parkbench.charts.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;

/**
 * The milestones of every case park on one time axis: one lane per park, in course order, one
 * marker per dated event, coloured and shaped by the park's development model. The events' text
 * is in the data table.
 */
public final class MilestoneTimeline implements FigureContribution {
    static final String ID = "milestones-timeline";

    @Override
    public String id() {
        return "milestones";
    }

    /** At most this many parks get a row: a timeline of every park of a large catalogue would be unreadable. */
    static final int MAX_LANES = 30;

    @Override
    public int rank() {
        return 500;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        return recipes(casebook, Withholding.NONE, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
        return List.of(new FigureRecipe(ID, () -> figure(t, casebook)));
    }

    private static Figure figure(FigureText t, Casebook casebook) {
        List<Park> lanes = new ArrayList<>();
        Map<DevelopmentModel, List<double[]>> points = new LinkedHashMap<>();
        DataTable.Builder table = DataTable.with(t.language(), Column.text(t.text("milestones.table.park")),
                Column.text(t.text("milestones.table.case")), Column.date(t.text("milestones.table.date"), true),
                Column.text(t.text("milestones.table.event")), Column.text(t.text("milestones.table.source")));
        FigureSources citations = new FigureSources(t);
        int count = 0;
        int withEvents = 0;
        Map<String, Integer> eventCounts = new java.util.HashMap<>();
        for (CaseStudy c : casebook.cases()) {
            for (Park park : c.parks()) {
                List<Event> events = c.events(park.id());
                if (events.isEmpty()) {
                    continue;
                }
                withEvents++;
                if (lanes.size() >= MAX_LANES) {
                    continue;
                }
                eventCounts.put(park.id(), events.size());
                int lane = lanes.size();
                lanes.add(park);
                for (Event e : events) {
                    points.computeIfAbsent(park.model(), m -> new ArrayList<>()).add(new double[] {e.date().decimalYear(), lane});
                    table.row(t.park(park), c.meta().title(), e.date(), e.text(),
                            c.source(e.source()).map(src -> FigureSources.cite(t, src)).orElse(e.source()));
                    citations.add(c, e.source());
                    count++;
                }
            }
        }
        if (lanes.isEmpty()) {
            throw new MissingDataException(ID, "no case park has dated events (events.csv)");
        }
        DataTable data = table.build();
        List<Object> first = data.rows().get(earliest(data));
        String lead = t.count("milestones.lead", lanes.size(), count,
                withEvents > lanes.size() ? t.format("milestones.lead.first", lanes.size(), withEvents) : "",
                NameList.join(t, lanes.stream().map(p -> t.park(p) + t.bracket(Integer.toString(eventCounts.get(p.id())))).toList(),
                        t.text("punct.semicolon")),
                data.text(first, 2), first.get(3), first.get(0));
        String shownNote = withEvents > lanes.size() ? t.format("milestones.shown", lanes.size(), withEvents) : "";
        String[] labels = lanes.stream().map(p -> ParkNames.shortName(t.park(p))).toArray(String[]::new);
        List<DevelopmentModel> models = java.util.Arrays.stream(DevelopmentModel.values()).filter(points::containsKey).toList();
        return Figure.builder(ID)
                .language(t.language())
                .title(t.text("milestones.title"))
                .caption(t.text("milestones.caption") + shownNote)
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, data, 0, 3))
                .table(data)
                .size(Figure.DEFAULT_WIDTH, Math.max(320, 190 + 46 * lanes.size()))
                .plot(() -> {
                    XYSeriesCollection dataset = new XYSeriesCollection();
                    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
                    for (int i = 0; i < models.size(); i++) {
                        DevelopmentModel m = models.get(i);
                        XYSeries s = new XYSeries(t.label(m), false, true);
                        points.get(m).forEach(p -> s.add(p[0], p[1]));
                        dataset.addSeries(s);
                        renderer.setSeriesPaint(i, HouseStyle.colour(m));
                        renderer.setSeriesShape(i, HouseStyle.marker(m, 11));
                    }
                    SymbolAxis parks = new SymbolAxis(null, labels);
                    parks.setGridBandsVisible(false);
                    parks.setInverted(true);
                    parks.setTickMarksVisible(false);
                    parks.setAxisLineVisible(false);
                    parks.setLowerMargin(0.0);
                    parks.setUpperMargin(0.0);
                    parks.setRange(-0.6, lanes.size() - 0.4);
                    NumberAxis years = HouseStyle.yearAxis(t.text("axis.year"));
                    years.setLowerMargin(0.04);
                    years.setUpperMargin(0.04);
                    XYPlot plot = new XYPlot(dataset, years, parks, renderer);
                    plot.setDomainGridlinesVisible(true);
                    plot.setDomainGridlineStroke(HouseStyle.HAIRLINE);
                    plot.setRangeGridlinesVisible(true);
                    plot.setRangeGridlineStroke(HouseStyle.HAIRLINE);
                    plot.setOutlineVisible(false);
                    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
                    return plot;
                })
                .build();
    }

    private static int earliest(DataTable data) {
        int best = 0;
        for (int i = 1; i < data.size(); i++) {
            if (((PartialDate) data.rows().get(i).get(2))
                    .compareTo((PartialDate) data.rows().get(best).get(2)) < 0) {
                best = i;
            }
        }
        return best;
    }
}
