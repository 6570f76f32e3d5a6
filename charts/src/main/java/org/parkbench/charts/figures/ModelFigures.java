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
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
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
        return recipes(casebook, Withholding.NONE, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
        return List.of(new FigureRecipe(PARKS, () -> parks(t, casebook)), new FigureRecipe(ZONES, () -> zones(t, casebook)));
    }

    private static Figure parks(FigureText t, Casebook casebook) {
        List<Park> parks = casebook.parks();
        if (parks.isEmpty()) {
            throw new MissingDataException(PARKS, "no case has parks (parks.csv)");
        }
        FigureSources citations = new FigureSources(t);
        for (Park p : parks) {
            casebook.caseOf(p.id()).ifPresent(c -> citations.add(c, p.source()));
        }
        String noVariant = t.text("model.no-variant");
        return figure(t, PARKS, parks, Park::model, p -> p.variantIfAny().map(t::label).orElse(noVariant),
                t.text("model.parks.title"), t.text("model.parks.caption"), t.format("model.parks.what", parks.size()), citations);
    }

    private static Figure zones(FigureText t, Casebook casebook) {
        List<ConfirmedZone> zones = new ArrayList<>();
        int all = 0;
        FigureSources citations = new FigureSources(t);
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
        String noVariant = t.text("model.no-variant");
        return figure(t, ZONES, zones, ConfirmedZone::model,
                z -> z.variant() == null ? noVariant : t.label(z.variant()),
                t.text("model.zones.title"),
                t.text("model.zones.caption") + (unassigned > 0 ? t.format("model.zones.unassigned", unassigned, all) : ""),
                t.format("model.zones.what", zones.size()), citations);
    }

    private static <T> Figure figure(FigureText t, String id, List<T> items, Function<T, DevelopmentModel> model,
                                     Function<T, String> variant, String title, String caption, String what, FigureSources citations) {
        List<String> models = Arrays.stream(DevelopmentModel.values()).map(t::label).toList();
        List<String> variants = new ArrayList<>(Arrays.stream(Variant.values()).map(t::label).toList());
        variants.add(t.text("model.no-variant"));
        Tally tally = Tally.of(items, item -> t.label(model.apply(item)), variant, models, variants);
        var table = tally.table(t, t.text("model.table.model"), t.text("model.table.variant"), t.text("model.table.count"));
        List<Paint> colours = new ArrayList<>();
        for (String v : tally.series()) {
            colours.add(variantColour(t, v));
        }
        String lead = t.format("model.lead", what, t.semicolons(tally.categories().stream()
                .map(c -> t.format("punct.label", c, tally.total(c))).toList()));
        return Figure.builder(id)
                .language(t.language())
                .title(title)
                .caption(caption + t.text("model.caption.colours"))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, table, 0, 1))
                .table(table)
                .size(Figure.DEFAULT_WIDTH, 150 + 70 * tally.categories().size() + 20 * (tally.series().size() / 2))
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(tally.dataset(), null, t.text("axis.count"), true, true, colours);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.22);
                    return plot;
                })
                .build();
    }

    /** Each variant keeps one colour in every figure; the model is on the axis. */
    private static Color variantColour(FigureText t, String label) {
        for (Variant v : Variant.values()) {
            if (t.label(v).equals(label)) {
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
