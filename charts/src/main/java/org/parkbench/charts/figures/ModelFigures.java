package org.parkbench.charts.figures;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Variant;

/**
 * How many parks and zones follow each of the paper's three development models, split by variant:
 * the case parks (every park has a model) and the confirmed zones a source assigns a model to.
 */
public final class ModelFigures implements FigureContribution {
    static final String ZONES = "zones-by-model";
    static final String PARKS = "parks-by-model";
    private static final String NO_VARIANT = "Variant not given";

    @Override
    public String id() {
        return "development-models";
    }

    @Override
    public int rank() {
        return 300;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        return List.of(new FigureRecipe(PARKS, () -> parks(casebook)), new FigureRecipe(ZONES, () -> zones(casebook)));
    }

    private static Figure parks(Casebook casebook) {
        List<Park> parks = casebook.parks();
        if (parks.isEmpty()) {
            throw new MissingDataException(PARKS, "no case has parks (parks.csv)");
        }
        FigureSources citations = new FigureSources();
        for (Park p : parks) {
            casebook.caseOf(p.id()).ifPresent(c -> citations.add(c, p.source()));
        }
        return figure(PARKS, parks, Park::model, p -> p.variantIfAny().map(Variant::label).orElse(NO_VARIANT),
                "Case parks by development model",
                "The parks of the shipped cases by the development model and variant recorded for each.",
                parks.size() + " case parks", citations);
    }

    private static Figure zones(Casebook casebook) {
        List<ConfirmedZone> zones = new ArrayList<>();
        int all = 0;
        FigureSources citations = new FigureSources();
        for (CaseStudy c : casebook.cases()) {
            for (ConfirmedZone z : c.zones()) {
                all++;
                if (z.model() != null) {
                    zones.add(z);
                    citations.add(c, z.source());
                }
            }
        }
        if (zones.isEmpty()) {
            throw new MissingDataException(ZONES, all == 0
                    ? "no case has confirmed zones (zones.csv)"
                    : "none of the " + all + " confirmed zones has a development model assigned by a source (zones.csv, column model)");
        }
        int unassigned = all - zones.size();
        return figure(ZONES, zones, ConfirmedZone::model,
                z -> z.variant() == null ? NO_VARIANT : z.variant().label(),
                "Confirmed zones by development model",
                "Confirmed overseas zones to which a source assigns one of the paper's development models, by model and variant."
                        + (unassigned > 0 ? " " + unassigned + " of the " + all + " zones have no model assigned by a source and are not shown." : ""),
                zones.size() + " confirmed zones with an assigned model", citations);
    }

    private static <T> Figure figure(String id, List<T> items, Function<T, DevelopmentModel> model, Function<T, String> variant,
                                     String title, String caption, String what, FigureSources citations) {
        List<String> models = Arrays.stream(DevelopmentModel.values()).map(DevelopmentModel::label).toList();
        List<String> variants = new ArrayList<>(Arrays.stream(Variant.values()).map(Variant::label).toList());
        variants.add(NO_VARIANT);
        Tally tally = Tally.of(items, t -> model.apply(t).label(), variant, models, variants);
        var table = tally.table("Development model", "Variant", "Count");
        List<Paint> colours = new ArrayList<>();
        for (String v : tally.series()) {
            colours.add(variantColour(v));
        }
        String lead = "Stacked bar chart of " + what + " by development model and variant; "
                + tally.categories().stream().map(c -> c + ": " + tally.total(c)).reduce((a, b) -> a + "; " + b).orElse("") + ".";
        return Figure.builder(id)
                .title(title)
                .caption(caption + " Colours mark variants; variants belong to one model each.")
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, table, 0, 1))
                .table(table)
                .size(Figure.DEFAULT_WIDTH, 150 + 70 * tally.categories().size() + 20 * (tally.series().size() / 2))
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(tally.dataset(), null, "Count", true, true, colours);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.22);
                    return plot;
                })
                .build();
    }

    /** Each variant keeps one colour in every figure; the model is on the axis. */
    private static Color variantColour(String label) {
        for (Variant v : Variant.values()) {
            if (v.label().equals(label)) {
                return switch (v) {
                    case INTERGOVERNMENTAL -> HouseStyle.BLUE;
                    case DOMESTIC_PARK_DEVELOPER -> HouseStyle.VERMILLION;
                    case SINGLE_ENTERPRISE -> HouseStyle.BLUISH_GREEN;
                    case MULTI_ENTERPRISE -> HouseStyle.ORANGE;
                    case SINGLE_LARGE_ENTERPRISE_HOST -> HouseStyle.SKY_BLUE;
                    case ENTERPRISE_CLUSTER_HOST -> HouseStyle.REDDISH_PURPLE;
                    case ONE_ZONE_MULTIPLE_PARKS -> HouseStyle.YELLOW;
                };
            }
        }
        return HouseStyle.REMAINDER;
    }
}
