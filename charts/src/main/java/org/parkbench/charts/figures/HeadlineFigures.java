package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;
import static org.parkbench.charts.HouseStyle.NUMBERS;
import static org.parkbench.charts.HouseStyle.PLAIN_DIGITS;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;

/**
 * The paper's headline statistics: parks, enterprises, investment and output in Belt-and-Road
 * countries against the rest of China's overseas parks, as counts (one figure per measure) and as
 * shares (one figure for all four). Totals the paper does not print are the totals its shares
 * imply, taken from {@link HeadlineTable} and labelled as derived. A student site, which withholds
 * an implied total that an exercise asks for, gets no count figure for that measure: both its
 * bars and its caption would give the total away. The data table has a {@value DataTable#QUALIFIER}
 * column, so that the alt text says "about" where the source or the derivation does; a statistic
 * stated as a bound or a range implies no total, and its count figure is not drawn (the build
 * reports why).
 */
public final class HeadlineFigures implements FigureContribution {
    static final List<String> MEASURES = List.of("parks", "enterprises", "investment", "output");
    static final String SHARES = "headline-shares";
    private static final String BRI = "Belt-and-Road countries";
    private static final String REST = "Rest of the world";

    @Override
    public String id() {
        return "headline-statistics";
    }

    @Override
    public int rank() {
        return 100;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        return recipes(casebook, Withholding.NONE);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding) {
        List<FigureRecipe> recipes = new ArrayList<>();
        for (String measure : MEASURES) {
            String id = "headline-" + measure;
            if (!impliedTotalWithheld(casebook, measure, withholding)) {
                recipes.add(new FigureRecipe(id, () -> counts(id, measure, casebook)));
            }
        }
        recipes.add(new FigureRecipe(SHARES, () -> shares(casebook)));
        return recipes;
    }

    /** The headline row of a measure: its latest Belt-and-Road statistic that reports a share, with the case it comes from. */
    record Headline(CaseStudy caseStudy, HeadlineTable.Row row) {
        PublishedStatistic statistic() {
            return row.statistic();
        }

        /** The total for all overseas parks: published where the source prints it, else implied by the share. */
        double total() {
            return row.shareCheck().map(c -> c.total().unit().convert(c.total().value(), statistic().unit()))
                    .orElseGet(() -> row.impliedTotal().orElseThrow().value());
        }

        boolean totalPublished() {
            return row.shareCheck().isPresent();
        }

        String totalBasis() {
            return row.shareCheck().map(c -> "reported total, as the source prints it")
                    .orElseGet(() -> "implied total: " + row.impliedTotal().orElseThrow().formula());
        }
    }

    /** Whether the measure's total is one its share implies and an exercise asks students to compute it. */
    private static boolean impliedTotalWithheld(Casebook casebook, String measure, Withholding withholding) {
        if (withholding.isEmpty()) {
            return false;
        }
        try {
            return headline(casebook, measure).filter(h -> !h.totalPublished())
                    .flatMap(h -> h.row().impliedTotal()).flatMap(t -> withholding.exercise(t.toDerivedValue())).isPresent();
        } catch (RuntimeException e) {
            return false; // statistics the table cannot read: the recipe reports the problem when it is built
        }
    }

    static Optional<Headline> headline(Casebook casebook, String measure) {
        List<Headline> found = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (HeadlineTable.Row row : HeadlineTable.of(c.statistics()).rows()) {
                if (row.measure().equals(measure) && row.scope() == StatisticScope.BELT_AND_ROAD
                        && row.statistic().reportedShare().isPresent()) {
                    found.add(new Headline(c, row));
                }
            }
        }
        return found.stream().max(Comparator.comparing((Headline h) -> h.statistic().asOf()));
    }

    private static Figure counts(String id, String measure, Casebook casebook) {
        Headline h = headline(casebook, measure).orElseThrow(() -> new MissingDataException(id,
                "no published statistic for " + measure + " in Belt-and-Road countries with a reported share (statistics.csv)"));
        PublishedStatistic s = h.statistic();
        if (h.row().shareCheck().isEmpty() && h.row().impliedTotal().isEmpty()) {
            throw new MissingDataException(id, "the total for all overseas " + measure + " is not derived: " + h.row().refusal());
        }
        String unit = s.unit().label().isEmpty() ? "count" : s.unit().label();
        double rest = h.total() - s.value();
        if (rest < 0) {
            throw new MissingDataException(id, "the total for all overseas parks (" + NUMBERS.plainSignificant(h.total(), PLAIN_DIGITS)
                    + ") is smaller than the Belt-and-Road figure (" + NUMBERS.plainSignificant(s.value(), PLAIN_DIGITS) + "); check statistics.csv");
        }
        String restBasis = "derived: " + (h.totalPublished() ? "" : "about ") + NUMBERS.rounded(h.total(), DECIMALS) + " − "
                + NUMBERS.rounded(s.value(), DECIMALS) + "; " + h.totalBasis();
        // an implied total is only as precise as the printed share: a count is given whole
        String restText = NUMBERS.rounded(h.totalPublished() || !unit.equals("count") ? rest : Math.round(rest), DECIMALS, unit);
        // the rest is exact only when both counts are printed exactly; from an implied total it is about
        Qualifier restQualifier = h.totalPublished() && s.isExact() && h.row().shareCheck().get().total().isExact()
                ? Qualifier.EXACT : Qualifier.ABOUT;
        DataTable table = DataTable.with(Column.text("Group"), Column.measure(capital(measure), unit), Column.text("Basis"),
                        Column.date("As of", false), Column.text("Source"), Column.text(DataTable.QUALIFIER))
                .row(BRI, s.value(), "reported (" + s.id() + ")", s.asOf(), source(h), DataTable.qualifierCell(s.qualifier()))
                .row(REST, rest, restBasis, s.asOf(), source(h), DataTable.qualifierCell(restQualifier))
                .build();
        FigureSources citations = new FigureSources().add(h.caseStudy(), s.source());
        if (h.totalPublished()) {
            citations.add(h.caseStudy(), h.row().shareCheck().get().total().source());
        }
        String what = measure.equals("parks") ? "overseas parks" : measure + " of overseas parks";
        String lead = "Bar chart: " + NUMBERS.qualifierPrefix(s.qualifier()) + NUMBERS.rounded(s.value(), DECIMALS, unit) + " " + measure + " in Belt-and-Road countries against "
                + (h.totalPublished() ? "" : "about ") + restText + " elsewhere, as of " + s.asOf()
                + "; Belt-and-Road countries hold " + NUMBERS.rounded(s.reportedSharePercent(), DECIMALS) + " % as reported.";
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(s.value(), measure, BRI);
        data.addValue(rest, measure, REST);
        return Figure.builder("headline-" + measure)
                .title(capital(what) + ": Belt and Road vs the rest, " + s.asOf().year())
                .subtitle(h.totalPublished() ? "Both bars reported" : "Rest of the world derived from the reported share")
                .caption(capital(what) + " in Belt-and-Road countries and elsewhere, as of " + s.asOf() + ". "
                        + (h.totalPublished() ? "Both counts are published; the rest is the total minus the Belt-and-Road figure."
                        : "The source gives only the Belt-and-Road figure and its share (" + NUMBERS.rounded(s.reportedSharePercent(), DECIMALS)
                        + " %); the total it implies is " + h.row().impliedTotal().orElseThrow().formula()
                        + ", so the rest is approximate."))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, table))
                .table(table)
                .legend(false)
                .size(Figure.DEFAULT_WIDTH, 380)
                .plot(() -> {
                    CategoryPlot plot = Plots.bars(data, null, capital(measure) + " (" + unit + ")", true, !s.unit().currency().isPresent(),
                            List.of(HouseStyle.BLUE, HouseStyle.REMAINDER), true);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.3);
                    return plot;
                })
                .build();
    }

    private static Figure shares(Casebook casebook) {
        List<Headline> found = new ArrayList<>();
        for (String m : MEASURES) {
            headline(casebook, m).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new MissingDataException(SHARES, "no published statistic in Belt-and-Road countries with a reported share (statistics.csv)");
        }
        DataTable.Builder table = DataTable.with(Column.text("Measure"), Column.text("Group"), Column.measure("Share", "%"),
                Column.text("Basis"), Column.date("As of", false), Column.text("Source"));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        FigureSources citations = new FigureSources();
        List<String> parts = new ArrayList<>();
        for (Headline h : found) {
            PublishedStatistic s = h.statistic();
            double share = s.reportedSharePercent();
            double rest = 100 - share;
            String label = capital(s.measure());
            data.addValue(share, BRI, label);
            data.addValue(rest, REST, label);
            table.row(label, BRI, share, "reported", s.asOf(), source(h));
            table.row(label, REST, rest, "derived: 100 − " + NUMBERS.plainSignificant(share, PLAIN_DIGITS), s.asOf(), source(h));
            citations.add(h.caseStudy(), s.source());
            parts.add(s.measure() + " " + NUMBERS.rounded(share, DECIMALS) + " %");
        }
        DataTable t = table.build();
        List<Paint> colours = List.of(HouseStyle.BLUE, HouseStyle.REMAINDER);
        return Figure.builder(SHARES)
                .title("Belt-and-Road countries' share of China's overseas parks")
                .caption("The share of China's overseas parks, their enterprises, investment and output that lies in Belt-and-Road countries, "
                        + "as the source reports it; the rest of each bar is 100 % minus the reported share.")
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe("Stacked bars of shares: Belt-and-Road countries hold " + String.join(", ", parts) + ".", t, 0, 1))
                .table(t)
                .size(Figure.DEFAULT_WIDTH, 170 + 60 * found.size())
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(data, null, "Share (%)", true, false, colours);
                    plot.getRangeAxis().setRange(0, 100);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.2);
                    Plots.labelSegments(plot);
                    return plot;
                })
                .build();
    }

    private static String source(Headline h) {
        return h.caseStudy().source(h.statistic().source()).map(FigureSources::cite).orElse(h.statistic().source());
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
