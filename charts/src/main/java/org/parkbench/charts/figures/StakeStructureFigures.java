package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;
import static org.parkbench.charts.HouseStyle.NUMBERS;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Role;

/**
 * Who held each park's developer, period by period: stacked shares per period as the core's
 * {@link StakeStructure} derives them, with the share no source attributes drawn as its own grey
 * "unattributed" segment rather than spread over the known holders. One figure per park with at
 * least one known share. A remainder that an exercise asks students to compute is not drawn in a
 * student site's figure (the caption names the exercise).
 *
 * <p>A stake belongs to one company and one period. A share is drawn in the period its row starts,
 * as a stake in the developer named for that period ("Stake in"); when the holders change (a new
 * developer, a new owner), the shares stated for the earlier period are not carried forward into
 * the new one, even when their rows have no end date: a source that gives 2008's shares says
 * nothing about 2023's. A period whose holders no source gives shares for draws no bar; the alt
 * text and caption name its holders and say that no shares are given.
 */
public final class StakeStructureFigures implements FigureContribution {
    static final String UNATTRIBUTED = "Unattributed (no source gives it)";

    @Override
    public String id() {
        return "stake-structures";
    }

    @Override
    public int rank() {
        return 800;
    }

    @Override
    public boolean perCase() {
        return true;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        return recipes(casebook, Withholding.NONE);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding) {
        List<FigureRecipe> recipes = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (Park park : c.parks()) {
                List<org.parkbench.core.model.Stake> stakes = c.stakes(park.id());
                if (stakes.stream().anyMatch(s -> s.share().isPresent())) {
                    String id = park.id() + "-stakes";
                    recipes.add(new FigureRecipe(id, () -> figure(id, c, park, Derivations.stakeStructure(stakes), withholding)));
                }
            }
        }
        return recipes;
    }

    private static Figure figure(String id, CaseStudy c, Park park, StakeStructure structure, Withholding withholding) {
        DataTable.Builder table = DataTable.with(Column.text("Period"), Column.date("From", false), Column.text("Holder"),
                Column.text("Role"), Column.text("Stake in"), Column.measure("Share", "%"), Column.text("Source"));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> holders = new LinkedHashMap<>();
        FigureSources citations = new FigureSources();
        List<String> unknownShares = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        Map<String, List<String>> withheld = new LinkedHashMap<>();
        String latest = "";
        String after = "";
        for (StakeStructure.Period p : structure.periods()) {
            if (p.unattributed().isEmpty()) {
                continue; // no share known in this period: nothing to stack
            }
            String period = p.end().map(u -> p.from() + " to " + u).orElse("since " + p.from());
            // A share is stated for one company and one period: the period its row starts. Shares of
            // earlier rows are not carried into a period whose holders changed.
            List<StakeStructure.Holding> stated = p.holdings().stream()
                    .filter(h -> h.stake().from().start().equals(p.from().start())).toList();
            boolean carriedShares = p.holdings().stream().anyMatch(h -> !stated.contains(h) && h.share().isPresent());
            List<String> developers = stated.stream().filter(h -> h.role() == Role.DEVELOPER).map(h -> h.actor().name()).toList();
            String company = developers.isEmpty() ? "the developer" : NameList.join(developers, " and ");
            List<String> parts = new ArrayList<>();
            boolean anyStated = stated.stream().anyMatch(h -> h.share().isPresent());
            for (StakeStructure.Holding h : stated) {
                citations.add(c, h.stake().source());
                String source = c.source(h.stake().source()).map(FigureSources::cite).orElse(h.stake().source());
                String in = h.role() == Role.DEVELOPER || developers.isEmpty() ? "" : company;
                if (h.share().isEmpty()) {
                    unknownShares.add(h.actor().name() + " (" + period + ")");
                    table.row(period, p.from(), h.actor().name(), h.role().label(), in, null, source);
                    continue;
                }
                holders.putIfAbsent(h.actor().name(), holders.size());
                data.addValue(h.sharePercent(), h.actor().name(), period);
                table.row(period, p.from(), h.actor().name(), h.role().label(), in, h.sharePercent(), source);
                parts.add(h.actor().name() + " " + NUMBERS.rounded(h.sharePercent(), DECIMALS, "%"));
            }
            if (!anyStated) {
                List<String> named = stated.stream().map(h -> h.actor().name() + " (" + h.role().label() + ")").toList();
                if (!named.isEmpty()) {
                    unstated.add(period);
                    after = " " + capitalised(period) + ": " + NameList.join(named, ", ")
                            + "; no source gives their shares, and the shares stated for an earlier period are not carried forward.";
                }
                continue;
            }
            double known = stated.stream().flatMap(h -> h.share().stream()).mapToDouble(Double::doubleValue).sum();
            double rest = Math.max(0, 100 - known) < 1e-6 ? 0 : Math.max(0, 100 - known);
            java.util.Optional<String> exercise = carriedShares ? java.util.Optional.empty()
                    : structure.unattributedAt(p.from()).flatMap(withholding::exercise);
            if (exercise.isPresent()) {
                withheld.computeIfAbsent(exercise.get(), k -> new ArrayList<>()).add(period);
            } else if (rest > 0) {
                data.addValue(rest, UNATTRIBUTED, period);
                table.row(period, p.from(), UNATTRIBUTED, "", company.equals("the developer") ? "" : company, rest,
                        "derived: 100 % minus the known shares");
                parts.add("unattributed " + NUMBERS.rounded(rest, DECIMALS, "%"));
            }
            latest = period + (developers.isEmpty() ? "" : ", stakes in " + company) + ": " + String.join(", ", parts);
            after = "";
        }
        DataTable t = table.build();
        List<String> series = new ArrayList<>();
        for (int i = 0; i < data.getRowCount(); i++) {
            series.add((String) data.getRowKey(i));
        }
        List<Paint> colours = new ArrayList<>();
        for (String s : series) {
            colours.add(s.equals(UNATTRIBUTED) ? HouseStyle.REMAINDER : HouseStyle.seriesColour(holders.get(s)));
        }
        int periods = data.getColumnCount();
        String lead = "Stacked bars of the shareholding of " + park.nameEn() + "'s developer in " + periods
                + (periods == 1 ? " period" : " periods") + ". Latest stated, " + latest + "." + after;
        return Figure.builder(id)
                .title(ParkNames.titleName(park.nameEn()) + ": who holds the developer")
                .caption("Developer and owner stakes of " + park.nameEn() + " as sources report them, period by period. "
                        + (series.contains(UNATTRIBUTED) || withheld.isEmpty()
                                ? "The grey segment is the share no source attributes; it is shown as unknown, not spread over the known holders."
                                : "")
                        + (unknownShares.isEmpty() ? "" : " Holders whose share no source gives are listed in the table without a share: "
                        + String.join("; ", unknownShares) + ".")
                        + withheldNote(withheld)
                        + (unstated.isEmpty() ? "" : " Each share is shown for the company and the period its source states it;"
                        + " it is not carried into a later period whose holders changed (" + NameList.join(unstated, "; ") + ")."))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, t, 0, 2))
                .table(t)
                .caseId(c.id())
                .parkId(park.id())
                .size(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT + 20 * Math.max(0, series.size() - 3))
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(data, "Period", "Share of the developer (%)", false, false, colours);
                    plot.getRangeAxis().setRange(0, 100);
                    ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.22);
                    Plots.labelSegments(plot);
                    return plot;
                })
                .build();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Which periods' remainder is not drawn because an exercise computes it. */
    private static String withheldNote(Map<String, List<String>> withheld) {
        StringBuilder note = new StringBuilder();
        withheld.forEach((exercise, periods) -> note.append(" The share no source attributes ")
                .append(periods.size() == 1 ? "in the period " : "in the periods ").append(NameList.join(periods, "; "))
                .append(" is left for you to compute in exercise ").append(exercise).append(", so it is not drawn."));
        return note.toString();
    }
}
