package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;

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
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
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
        return recipes(casebook, withholding, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
        List<FigureRecipe> recipes = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (Park park : c.parks()) {
                List<org.parkbench.core.model.Stake> stakes = c.stakes(park.id());
                if (stakes.stream().anyMatch(s -> s.share().isPresent())) {
                    String id = park.id() + "-stakes";
                    recipes.add(new FigureRecipe(id, () -> figure(t, id, c, park, Derivations.stakeStructure(stakes), withholding)));
                }
            }
        }
        return recipes;
    }

    private static Figure figure(FigureText t, String id, CaseStudy c, Park park, StakeStructure structure, Withholding withholding) {
        String unattributed = t.text("stakes.unattributed");
        String theDeveloper = t.text("stakes.the-developer");
        DataTable.Builder table = DataTable.with(t.language(), Column.text(t.text("stakes.table.period")),
                Column.date(t.text("stakes.table.from"), false), Column.text(t.text("stakes.table.holder")),
                Column.text(t.text("stakes.table.role")), Column.text(t.text("stakes.table.stake-in")),
                Column.measure(t.text("stakes.table.share"), "%"), Column.text(t.text("stakes.table.source")));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> holders = new LinkedHashMap<>();
        FigureSources citations = new FigureSources(t);
        List<String> unknownShares = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        Map<String, List<String>> withheld = new LinkedHashMap<>();
        String latest = "";
        String after = "";
        for (StakeStructure.Period p : structure.periods()) {
            if (p.unattributed().isEmpty()) {
                continue; // no share known in this period: nothing to stack
            }
            String period = p.end().map(u -> t.format("stakes.period.span", t.date(p.from()), t.date(u)))
                    .orElse(t.format("stakes.period.since", t.date(p.from())));
            // A share is stated for one company and one period: the period its row starts. Shares of
            // earlier rows are not carried into a period whose holders changed.
            List<StakeStructure.Holding> stated = p.holdings().stream()
                    .filter(h -> h.stake().from().start().equals(p.from().start())).toList();
            boolean carriedShares = p.holdings().stream().anyMatch(h -> !stated.contains(h) && h.share().isPresent());
            List<String> developers = stated.stream().filter(h -> h.role() == Role.DEVELOPER).map(h -> h.actor().name()).toList();
            String company = developers.isEmpty() ? theDeveloper : NameList.join(t, developers, t.text("stakes.and"));
            List<String> parts = new ArrayList<>();
            boolean anyStated = stated.stream().anyMatch(h -> h.share().isPresent());
            for (StakeStructure.Holding h : stated) {
                citations.add(c, h.stake().source());
                String source = c.source(h.stake().source()).map(src -> FigureSources.cite(t, src)).orElse(h.stake().source());
                String in = h.role() == Role.DEVELOPER || developers.isEmpty() ? "" : company;
                if (h.share().isEmpty()) {
                    unknownShares.add(h.actor().name() + t.bracket(period));
                    table.row(period, p.from(), h.actor().name(), t.label(h.role()), in, null, source);
                    continue;
                }
                holders.putIfAbsent(h.actor().name(), holders.size());
                data.addValue(h.sharePercent(), h.actor().name(), period);
                table.row(period, p.from(), h.actor().name(), t.label(h.role()), in, h.sharePercent(), source);
                parts.add(h.actor().name() + " " + t.numbers().rounded(h.sharePercent(), DECIMALS, "%"));
            }
            if (!anyStated) {
                List<String> named = stated.stream().map(h -> h.actor().name() + t.bracket(t.label(h.role()))).toList();
                if (!named.isEmpty()) {
                    unstated.add(period);
                    after = t.format("stakes.after", capitalised(period), NameList.join(t, named, t.text("punct.comma")));
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
                data.addValue(rest, unattributed, period);
                table.row(period, p.from(), unattributed, "", company.equals(theDeveloper) ? "" : company, rest,
                        t.text("stakes.derived-rest"));
                parts.add(t.format("stakes.part.unattributed", t.numbers().rounded(rest, DECIMALS, "%")));
            }
            latest = t.format("punct.label", developers.isEmpty() ? period : t.format("stakes.latest.in", period, company),
                    t.commas(parts));
            after = "";
        }
        DataTable tableData = table.build();
        List<String> series = new ArrayList<>();
        for (int i = 0; i < data.getRowCount(); i++) {
            series.add((String) data.getRowKey(i));
        }
        List<Paint> colours = new ArrayList<>();
        for (String s : series) {
            colours.add(s.equals(unattributed) ? HouseStyle.REMAINDER : HouseStyle.seriesColour(holders.get(s)));
        }
        int periods = data.getColumnCount();
        String lead = t.count("stakes.lead", periods, t.park(park), latest, after);
        return Figure.builder(id)
                .language(t.language())
                .title(t.format("stakes.title", ParkNames.titleName(t.park(park))))
                .caption(t.format("stakes.caption", t.park(park))
                        + (series.contains(unattributed) || withheld.isEmpty() ? t.text("stakes.caption.grey") : "")
                        + (unknownShares.isEmpty() ? "" : t.format("stakes.caption.unknown", t.semicolons(unknownShares)))
                        + withheldNote(t, withheld)
                        + (unstated.isEmpty() ? "" : t.format("stakes.caption.unstated",
                        NameList.join(t, unstated, t.text("punct.semicolon")))))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, tableData, 0, 2))
                .table(tableData)
                .caseId(c.id())
                .parkId(park.id())
                .size(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT + 20 * Math.max(0, series.size() - 3))
                .plot(() -> {
                    CategoryPlot plot = Plots.stacked(data, t.text("stakes.table.period"), t.text("stakes.axis"), false, false, colours);
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
    private static String withheldNote(FigureText t, Map<String, List<String>> withheld) {
        StringBuilder note = new StringBuilder();
        withheld.forEach((exercise, periods) -> note.append(t.count("stakes.withheld", periods.size(),
                NameList.join(t, periods, t.text("punct.semicolon")), exercise)));
        return note.toString();
    }
}
