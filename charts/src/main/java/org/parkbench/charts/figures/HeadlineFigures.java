package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;
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
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.HeadlineTable;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
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
        return recipes(casebook, withholding, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
        List<FigureRecipe> recipes = new ArrayList<>();
        for (String measure : MEASURES) {
            String id = "headline-" + measure;
            if (!impliedTotalWithheld(casebook, measure, withholding)) {
                recipes.add(new FigureRecipe(id, () -> counts(t, id, measure, casebook)));
            }
        }
        recipes.add(new FigureRecipe(SHARES, () -> shares(t, casebook)));
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

        String totalBasis(FigureText t) {
            return row.shareCheck().map(c -> t.text("headline.basis.reported-total"))
                    .orElseGet(() -> t.format("headline.basis.implied-total", impliedFormula(t)));
        }

        /** How the implied total is computed, in the figure's language. */
        String impliedFormula(FigureText t) {
            var implied = row.impliedTotal().orElseThrow();
            return t.chinese() ? implied.toDerivedValue().formula(t.language()) : implied.formula();
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

    private static Figure counts(FigureText t, String id, String measure, Casebook casebook) {
        var numbers = t.numbers();
        String bri = t.text("headline.bri");
        String restName = t.text("headline.rest");
        String measureName = measureName(t, measure);
        Headline h = headline(casebook, measure).orElseThrow(() -> new MissingDataException(id,
                "no published statistic for " + measure + " in Belt-and-Road countries with a reported share (statistics.csv)"));
        PublishedStatistic s = h.statistic();
        if (h.row().shareCheck().isEmpty() && h.row().impliedTotal().isEmpty()) {
            throw new MissingDataException(id, "the total for all overseas " + measure + " is not derived: " + h.row().refusal());
        }
        String unit = s.unit().label().isEmpty() ? "count" : s.unit().label();
        double rest = h.total() - s.value();
        if (rest < 0) {
            throw new MissingDataException(id, "the total for all overseas parks (" + HouseStyle.NUMBERS.plainSignificant(h.total(), PLAIN_DIGITS)
                    + ") is smaller than the Belt-and-Road figure (" + HouseStyle.NUMBERS.plainSignificant(s.value(), PLAIN_DIGITS)
                    + "); check statistics.csv");
        }
        String about = h.totalPublished() ? "" : t.text("headline.about");
        String restBasis = t.format("headline.basis.rest", about, numbers.rounded(h.total(), DECIMALS),
                numbers.rounded(s.value(), DECIMALS), h.totalBasis(t));
        // an implied total is only as precise as the printed share: a count is given whole
        String restText = numbers.rounded(h.totalPublished() || !unit.equals("count") ? rest : Math.round(rest), DECIMALS, unit);
        // the rest is exact only when both counts are printed exactly; from an implied total it is about
        Qualifier restQualifier = h.totalPublished() && s.isExact() && h.row().shareCheck().get().total().isExact()
                ? Qualifier.EXACT : Qualifier.ABOUT;
        Language language = t.language();
        DataTable table = DataTable.with(language, Column.text(t.text("headline.table.group")), Column.measure(capital(measureName), unit),
                        Column.text(t.text("headline.table.basis")), Column.date(t.text("headline.table.as-of"), false),
                        Column.text(t.text("headline.table.source")), Column.text(DataTable.qualifierColumn(language)))
                .row(bri, s.value(), t.format("headline.basis.reported-id", s.id()), s.asOf(), source(t, h),
                        DataTable.qualifierCell(s.qualifier(), language))
                .row(restName, rest, restBasis, s.asOf(), source(t, h), DataTable.qualifierCell(restQualifier, language))
                .build();
        FigureSources citations = new FigureSources(t).add(h.caseStudy(), s.source());
        if (h.totalPublished()) {
            citations.add(h.caseStudy(), h.row().shareCheck().get().total().source());
        }
        String what = measure.equals("parks") ? t.text("headline.what.parks") : t.format("headline.what.other", measureName);
        String share = numbers.rounded(s.reportedSharePercent(), DECIMALS);
        String lead = t.format("headline.counts.lead", numbers.qualifierPrefix(s.qualifier()) + numbers.rounded(s.value(), DECIMALS, unit),
                measureName, about, restText, t.date(s.asOf()), share);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(s.value(), measureName, bri);
        data.addValue(rest, measureName, restName);
        return Figure.builder("headline-" + measure)
                .language(language)
                .title(t.format("headline.counts.title", capital(what), s.asOf().year()))
                .subtitle(t.text(h.totalPublished() ? "headline.counts.subtitle.both" : "headline.counts.subtitle.derived"))
                .caption(t.format("headline.counts.caption", capital(what), t.date(s.asOf()))
                        + (h.totalPublished() ? t.text("headline.counts.caption.published")
                        : t.format("headline.counts.caption.implied", share, h.impliedFormula(t))))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, table))
                .table(table)
                .legend(false)
                .size(Figure.DEFAULT_WIDTH, 380)
                .plot(() -> {
                    CategoryPlot plot = Plots.bars(data, null, t.withUnit(capital(measureName), unit), true, !s.unit().currency().isPresent(),
                            List.of(HouseStyle.BLUE, HouseStyle.REMAINDER), true);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.3);
                    return plot;
                })
                .build();
    }

    private static Figure shares(FigureText t, Casebook casebook) {
        String bri = t.text("headline.bri");
        String restName = t.text("headline.rest");
        List<Headline> found = new ArrayList<>();
        for (String m : MEASURES) {
            headline(casebook, m).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new MissingDataException(SHARES, "no published statistic in Belt-and-Road countries with a reported share (statistics.csv)");
        }
        DataTable.Builder table = DataTable.with(t.language(), Column.text(t.text("headline.table.measure")),
                Column.text(t.text("headline.table.group")), Column.measure(t.text("headline.table.share"), "%"),
                Column.text(t.text("headline.table.basis")), Column.date(t.text("headline.table.as-of"), false),
                Column.text(t.text("headline.table.source")));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        FigureSources citations = new FigureSources(t);
        List<String> parts = new ArrayList<>();
        for (Headline h : found) {
            PublishedStatistic s = h.statistic();
            double share = s.reportedSharePercent();
            double rest = 100 - share;
            String label = capital(measureName(t, s.measure()));
            data.addValue(share, bri, label);
            data.addValue(rest, restName, label);
            table.row(label, bri, share, t.text("headline.basis.reported"), s.asOf(), source(t, h));
            table.row(label, restName, rest, t.format("headline.basis.share-rest", t.numbers().plainSignificant(share, PLAIN_DIGITS)),
                    s.asOf(), source(t, h));
            citations.add(h.caseStudy(), s.source());
            parts.add(t.format("headline.shares.part", measureName(t, s.measure()), t.numbers().rounded(share, DECIMALS)));
        }
        DataTable data2 = table.build();
        List<Paint> colours = List.of(HouseStyle.BLUE, HouseStyle.REMAINDER);
        return Figure.builder(SHARES)
                .language(t.language())
                .title(t.text("headline.shares.title"))
                .caption(t.text("headline.shares.caption"))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(t.format("headline.shares.lead", t.commas(parts)), data2, 0, 1))
                .table(data2)
                .size(Figure.DEFAULT_WIDTH, 170 + 60 * found.size())
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(data, null, t.withUnit(t.text("headline.table.share"), "%"), true, false, colours);
                    plot.getRangeAxis().setRange(0, 100);
                    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.2);
                    Plots.labelSegments(plot);
                    return plot;
                })
                .build();
    }

    private static String source(FigureText t, Headline h) {
        return h.caseStudy().source(h.statistic().source()).map(src -> FigureSources.cite(t, src)).orElse(h.statistic().source());
    }

    /** A measure ("parks", "enterprises"…) as the figure's language names it; a measure the bundle does not know as written. */
    private static String measureName(FigureText t, String measure) {
        String key = "headline.measure." + measure;
        return t.messages().has(key) ? t.text(key) : measure;
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
