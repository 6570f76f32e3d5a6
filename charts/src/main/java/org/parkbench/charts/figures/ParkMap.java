package org.parkbench.charts.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
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
import org.parkbench.charts.geo.CountryOutline;
import org.parkbench.charts.geo.WorldOutlines;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Park;

/**
 * The case parks on Natural Earth's country outlines, coloured and shaped by development model.
 * Only coordinates a source gives are drawn: a city-level location is drawn hollow, and a park
 * without published coordinates is never placed at an invented point; its host country is shaded
 * instead and the park is listed in the caption and the table as "location not published".
 */
public final class ParkMap implements FigureContribution {
    static final String ID = "parks-map";
    private static final int WIDTH = 720;
    /** A shaded country's legend names its parks up to this many; beyond, it counts them. */
    private static final int LEGEND_NAMES = 5;
    private static final int HEIGHT = 470;
    /** Width ÷ height of the plot area at the figure's size, so a degree is as wide as it is high. */
    private static final double PLOT_ASPECT = 1.93;

    @Override
    public String id() {
        return "park-map";
    }

    @Override
    public int rank() {
        return 400;
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
        List<Park> parks = casebook.parks();
        if (parks.isEmpty()) {
            throw new MissingDataException(ID, "no case has parks (parks.csv)");
        }
        WorldOutlines world = WorldOutlines.shipped();
        DataTable.Builder table = DataTable.with(t.language(), Column.text(t.text("map.table.park")),
                Column.text(t.text("map.table.country")), Column.text(t.text("map.table.model")),
                Column.text(t.text("map.table.precision")), Column.coordinate(t.text("map.table.latitude"), "°"),
                Column.coordinate(t.text("map.table.longitude"), "°"), Column.text(t.text("map.table.place")),
                Column.text(t.text("map.table.source")));
        FigureSources citations = new FigureSources(t);
        List<Park> placed = new ArrayList<>();
        List<Park> unplaced = new ArrayList<>();
        for (Park p : parks) {
            CaseStudy c = casebook.caseOf(p.id()).orElseThrow();
            citations.add(c, p.source());
            if (p.location().hasCoordinates()) {
                placed.add(p);
                citations.add(c, p.location().source());
                table.row(t.park(p), Places.country(t, p.country()), t.label(p.model()), t.label(p.location().precision()),
                        p.location().latitude(), p.location().longitude(), p.location().place(),
                        c.source(p.location().source()).map(src -> FigureSources.cite(t, src)).orElse(p.location().source()));
            } else {
                unplaced.add(p);
                table.row(t.park(p), Places.country(t, p.country()), t.label(p.model()), t.text("map.not-published"), null, null,
                        p.location().place(), "");
            }
        }
        citations.addText(t.text("geo.attribution"));
        Rectangle2D extent = extent(placed, unplaced, world);
        Map<String, List<Park>> series = new LinkedHashMap<>();
        for (DevelopmentModel m : DevelopmentModel.values()) {
            for (boolean city : new boolean[] {false, true}) {
                List<Park> members = placed.stream().filter(p -> p.model() == m
                        && (p.location().precision() != LocationPrecision.SITE) == city).toList();
                if (!members.isEmpty()) {
                    series.put(t.label(m) + (city ? t.text("map.city-level") : ""), members);
                }
            }
        }
        StringBuilder lead = new StringBuilder(t.format("map.lead", parks.size()));
        if (placed.size() <= NameList.LIMIT) {
            for (Park p : placed) {
                lead.append(t.format("map.lead.park", t.park(p), Places.country(t, p.country()), t.label(p.model()),
                        t.label(p.location().precision()).toLowerCase(java.util.Locale.ROOT)));
            }
        } else {
            List<String> counts = new ArrayList<>();
            for (DevelopmentModel m : DevelopmentModel.values()) {
                long n = placed.stream().filter(p -> p.model() == m).count();
                if (n > 0) {
                    counts.add(t.format("map.lead.count", n, t.label(m).toLowerCase(java.util.Locale.ROOT)));
                }
            }
            lead.append(t.format("map.lead.drawn", placed.size(), t.commas(counts), placed.stream().map(Park::country).distinct().count()));
        }
        String notPlaced = NameList.join(t, unplaced.stream().map(p -> t.park(p) + t.bracket(Places.country(t, p.country()))).toList(),
                t.text("punct.semicolon"));
        if (!unplaced.isEmpty()) {
            lead.append(t.format("map.lead.unplaced", notPlaced));
        }
        DataTable data = table.build();
        return Figure.builder(ID)
                .language(t.language())
                .title(t.text("map.title"))
                .caption(t.text("map.caption") + (unplaced.isEmpty() ? "" : t.format("map.caption.unplaced", notPlaced)))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead.toString(), data))
                .table(data)
                .size(WIDTH, HEIGHT)
                .plot(() -> plot(t, series, unplaced, extent, world))
                .build();
    }

    private static XYPlot plot(FigureText t, Map<String, List<Park>> series, List<Park> unplaced, Rectangle2D extent,
                               WorldOutlines world) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        LegendItemCollection legend = new LegendItemCollection();
        int i = 0;
        for (Map.Entry<String, List<Park>> e : series.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), false, true);
            DevelopmentModel model = e.getValue().get(0).model();
            boolean city = e.getValue().get(0).location().precision() != LocationPrecision.SITE;
            e.getValue().forEach(p -> s.add(p.location().longitude(), p.location().latitude()));
            dataset.addSeries(s);
            renderer.setSeriesPaint(i, HouseStyle.colour(model));
            renderer.setSeriesShape(i, HouseStyle.marker(model, 12));
            renderer.setSeriesShapesFilled(i, !city);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(2f));
            renderer.setSeriesOutlinePaint(i, HouseStyle.colour(model));
            LegendItem item = new LegendItem(e.getKey(), null, null, null, HouseStyle.marker(model, 11),
                    city ? Color.WHITE : HouseStyle.colour(model), new BasicStroke(2f), HouseStyle.colour(model));
            legend.add(item);
            i++;
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        for (CountryOutline country : world.countries()) {
            Rectangle2D b = country.bounds();
            if (!b.intersects(extent)) {
                continue;
            }
            renderer.addAnnotation(new XYShapeAnnotation(country.shape(), new BasicStroke(0.5f), HouseStyle.COASTLINE,
                    HouseStyle.LAND), Layer.BACKGROUND);
        }
        for (Park p : unplaced) {
            world.country(p.country()).ifPresent(country -> renderer.addAnnotation(new XYShapeAnnotation(country.shape(),
                    new BasicStroke(1.2f), HouseStyle.colour(p.model()), tint(HouseStyle.colour(p.model()))), Layer.BACKGROUND));
        }
        Map<String, List<Park>> byCountry = new LinkedHashMap<>();
        unplaced.forEach(p -> byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p));
        byCountry.forEach((code, members) -> {
            Color colour = HouseStyle.colour(members.get(0).model());
            String names = members.size() <= LEGEND_NAMES ? t.commas(members.stream().map(p -> ParkNames.shortName(t.park(p))).toList())
                    : t.format("map.legend.parks", members.size());
            legend.add(new LegendItem(t.format("map.legend.shaded", Places.country(t, code), names), null, null, null,
                    new Rectangle2D.Double(-6, -5, 12, 10), tint(colour), new BasicStroke(1.2f), colour));
        });
        boolean labelled = series.values().stream().mapToInt(List::size).sum() <= NameList.LIMIT;
        for (List<Park> members : labelled ? series.values() : List.<List<Park>>of()) {
            for (Park p : members) {
                // labels go right of the point, or left of it in the right third of the map
                boolean left = p.location().longitude() > extent.getMinX() + extent.getWidth() * 2 / 3;
                XYTextAnnotation label = new XYTextAnnotation(ParkNames.shortName(t.park(p)),
                        p.location().longitude() + (left ? -1.6 : 1.6), p.location().latitude());
                label.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
                label.setFont(HouseStyle.NOTE_FONT);
                label.setPaint(HouseStyle.INK);
                label.setBackgroundPaint(new Color(255, 255, 255, 200));
                renderer.addAnnotation(label, Layer.FOREGROUND);
            }
        }
        NumberAxis lon = new NumberAxis();
        lon.setRange(extent.getMinX(), extent.getMaxX());
        lon.setVisible(false);
        NumberAxis lat = new NumberAxis();
        lat.setRange(extent.getMinY(), extent.getMaxY());
        lat.setVisible(false);
        XYPlot plot = new XYPlot(dataset, lon, lat, renderer);
        plot.setFixedLegendItems(legend);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(HouseStyle.GRID);
        plot.setInsets(new RectangleInsets(0, 0, 0, 0));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** The area to show: every drawn park and shaded country with a margin, widened to the plot's aspect. */
    static Rectangle2D extent(List<Park> placed, List<Park> unplaced, WorldOutlines world) {
        Rectangle2D box = null;
        for (Park p : placed) {
            Rectangle2D point = new Rectangle2D.Double(p.location().longitude(), p.location().latitude(), 0, 0);
            box = box == null ? point : box.createUnion(point);
        }
        for (Park p : unplaced) {
            Rectangle2D b = world.country(p.country()).map(CountryOutline::bounds).orElse(null);
            if (b != null) {
                box = box == null ? b : box.createUnion(b);
            }
        }
        if (box == null) {
            box = new Rectangle2D.Double(-20, -35, 170, 100);
        }
        double minX = box.getMinX() - 14;
        double maxX = box.getMaxX() + 22;
        double minY = box.getMinY() - 10;
        double maxY = box.getMaxY() + 10;
        double width = maxX - minX;
        double height = maxY - minY;
        if (width / height < PLOT_ASPECT) {
            double grow = (height * PLOT_ASPECT - width) / 2;
            minX -= grow;
            maxX += grow;
        } else {
            double grow = (width / PLOT_ASPECT - height) / 2;
            minY -= grow;
            maxY += grow;
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    private static Color tint(Color c) {
        return new Color((c.getRed() + 3 * 255) / 4, (c.getGreen() + 3 * 255) / 4, (c.getBlue() + 3 * 255) / 4);
    }
}
