package org.parkbench.charts.figures;

import static org.parkbench.charts.HouseStyle.DECIMALS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jfree.data.category.DefaultCategoryDataset;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.DerivationCatalog;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.RatioComparison;
import org.parkbench.core.analysis.RatioPairingRule;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Unit;

/**
 * Derived ratios compared across the case parks: direct jobs per km² and investment per km², each
 * computed by the core's {@link Derivations} (never here) from the two observations per park that
 * the course's {@link RatioPairingRule} chooses (same scope, dates close enough, no low-confidence
 * source; the closest-dated such pair). Parks without both, and parks whose figures the rule does
 * not pair, are named in the caption with the reason. Investment is compared within one currency only. A ratio that an exercise
 * asks students to compute is left out of a student site's figure (named in the caption, with the
 * exercise).
 */
public final class DerivedRatioFigures implements FigureContribution {
    static final String JOBS = "derived-jobs-per-km2";
    static final String INVESTMENT = "derived-investment-per-km2";
    /** The same rule the exercises' keys obey. */
    private static final RatioPairingRule PAIRING = DerivationCatalog.PAIRING;

    @Override
    public String id() {
        return "derived-ratios";
    }

    @Override
    public int rank() {
        return 600;
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
        return List.of(
                new FigureRecipe(JOBS, () -> figure(t, JOBS, casebook, withholding, Indicator.JOBS_DIRECT, t.text("ratio.jobs.what"),
                        t.text("ratio.jobs.name"), "jobs/km²", Optional::of, Derivations::jobsPerKm2)),
                new FigureRecipe(INVESTMENT, () -> figure(t, INVESTMENT, casebook, withholding, Indicator.INVESTMENT,
                        t.text("ratio.investment.what"), t.text("ratio.investment.name"), "USD m/km²", RatioComparison::inUsdMillions,
                        Derivations::investmentPerKm2)));
    }

    /** At most this many bars: the highest values. A bar per park of a large catalogue would be unreadable. */
    static final int MAX_BARS = 30;

    private record Pair(CaseStudy caseStudy, Park park, Observation numerator, Observation area, DerivedValue value) {
    }

    private static Figure figure(FigureText t, String id, Casebook casebook, Withholding withholding, Indicator indicator, String what,
                                 String name, String unit,
                                 Function<Observation, Optional<Observation>> prepare, BiFunction<Observation, Observation, DerivedValue> derivation) {
        List<Pair> pairs = new ArrayList<>();
        Map<String, String> left = new LinkedHashMap<>();
        int withheld = 0;
        RatioComparison comparison = RatioComparison.of(casebook, indicator, Indicator.AREA, PAIRING, prepare);
        if (t.chinese()) {
            missing(t, casebook, indicator, prepare).forEach(m -> left.put(m, ""));
        } else {
            comparison.missing().forEach(m -> left.put(m, ""));
        }
        for (RatioComparison.ParkPairing p : comparison.refused()) {
            left.put(t.park(p.park()), t.format("ratio.not-paired", t.chinese() ? refusal(t, p) : p.refusal()));
        }
        for (RatioComparison.ParkPairing p : comparison.paired()) {
            RatioPairingRule.Pair pair = p.choice().pair().orElseThrow();
            DerivedValue value = derivation.apply(pair.numerator(), pair.denominator());
            Optional<String> exercise = withholding.exercise(value);
            if (exercise.isPresent()) {
                left.put(t.park(p.park()), t.format("ratio.withheld", exercise.get()));
                withheld++;
                continue;
            }
            pairs.add(new Pair(p.caseStudy(), p.park(), pair.numerator(), pair.denominator(), value));
        }
        if (pairs.isEmpty() && withheld > 0) {
            throw new MissingDataException(id, "every park's " + name.toLowerCase(java.util.Locale.ROOT)
                    + " is left for an exercise to compute");
        }
        if (pairs.isEmpty() && !comparison.refused().isEmpty()) {
            throw new MissingDataException(id, "the pairing rule pairs no park's " + what + " figure with an area: "
                    + NameList.join(t, comparison.refused().stream().map(RatioComparison.ParkPairing::refusalText).toList(), "; "));
        }
        if (pairs.isEmpty()) {
            throw new MissingDataException(id, "no case park has both a " + what + " figure (observations.csv, indicator "
                    + indicator.word() + ") and an area (indicator area)");
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.value().value()).thenComparing(p -> p.park().nameEn()));
        Language language = t.language();
        int derived = pairs.size();
        if (pairs.size() > MAX_BARS) {
            pairs = new ArrayList<>(pairs.subList(0, MAX_BARS));
        }
        DataTable.Builder table = DataTable.with(language, Column.text(t.text("ratio.table.park")), Column.measure(name, unit),
                Column.text(t.text("ratio.table.how")), Column.date(t.format("ratio.table.as-of", capital(what)), false),
                Column.date(t.text("ratio.table.area-as-of"), false), Column.number(t.text("ratio.table.area"), "km²"),
                Column.text(t.text("ratio.table.area-reported")), Column.text(DataTable.qualifierColumn(language)));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        FigureSources citations = new FigureSources(t);
        List<String> marks = new ArrayList<>();
        boolean convertedArea = false;
        for (Pair p : pairs) {
            DerivedValue v = p.value();
            convertedArea |= p.area().unit() != Unit.KM2;
            table.row(t.park(p.park()), v.value(), t.chinese() ? v.formula(language) : v.formula(), p.numerator().asOf(), p.area().asOf(),
                    p.area().valueIn(Unit.KM2), t.numbers().qualified(p.area()), DataTable.qualifierCell(v.qualifier(), language));
            marks.add(HouseStyle.qualifierMark(v.qualifier()));
            data.addValue(v.value(), name, ParkNames.shortName(t.park(p.park())));
            v.sources().forEach(s -> citations.add(p.caseStudy(), s));
        }
        DataTable tableData = table.build();
        String notShown = NameList.join(t, left.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + t.bracket(e.getValue())).toList(), t.text("punct.semicolon"));
        Pair top = pairs.get(0);
        String lead = t.count("ratio.lead", pairs.size(), name.toLowerCase(java.util.Locale.ROOT), t.park(top.park()),
                t.numbers().rounded(top.value().value(), DECIMALS, unit));
        return Figure.builder(id)
                .language(language)
                .title(t.format("ratio.title", name))
                .subtitle(t.format("ratio.subtitle", what))
                .caption(t.format("ratio.caption", name) + pairing(t) + t.text("ratio.caption.pairs")
                        + t.text(convertedArea ? "ratio.caption.converted" : "ratio.caption.km2")
                        + (unit.startsWith("USD") ? t.text("ratio.caption.currencies") : "")
                        + (derived > pairs.size() ? t.format("ratio.caption.highest", pairs.size(), derived) : "")
                        + (notShown.isEmpty() ? "" : t.format("ratio.caption.not-shown", notShown)))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, tableData))
                .table(tableData)
                .legend(false)
                .size(Figure.DEFAULT_WIDTH, Math.max(300, 190 + 50 * pairs.size()))
                .plot(() -> Plots.markLabels(Plots.bars(data, null, t.format("ratio.axis", name, t.unitLabel(unit)), true, false,
                        List.of(HouseStyle.BLUISH_GREEN)), marks))
                .build();
    }

    /**
     * The parks with figures of one kind only, each with what is missing, in Chinese (core's
     * {@link RatioComparison#missing()} says the same in English).
     */
    private static List<String> missing(FigureText t, Casebook casebook, Indicator indicator,
                                        Function<Observation, Optional<Observation>> prepare) {
        List<String> missing = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            for (Park park : c.parks()) {
                boolean tops = c.observations(park.id(), indicator).stream().map(prepare).anyMatch(Optional::isPresent);
                boolean bottoms = !c.observations(park.id(), Indicator.AREA).isEmpty();
                if (tops != bottoms) {
                    missing.add(t.park(park) + t.bracket(t.format("ratio.missing", indicatorName(t, tops ? Indicator.AREA : indicator))));
                }
            }
        }
        return missing;
    }

    /**
     * Why the rule pairs no figures of a park, in Chinese: the closest refused pair and what keeps
     * it apart (a target or plan, different scopes, dates too far apart); where it is none of these
     * (a low-confidence source), that the pair does not meet the rule.
     */
    private static String refusal(FigureText t, RatioComparison.ParkPairing p) {
        RatioPairingRule.Choice choice = p.choice();
        if (choice.refused().isEmpty()) {
            return t.text("ratio.refusal.none");
        }
        RatioPairingRule.Refusal r = choice.refused().get(0);
        Observation top = r.numerator();
        Observation bottom = r.denominator();
        List<String> reasons = new ArrayList<>();
        for (Observation o : List.of(top, bottom)) {
            if (o.kind() != org.parkbench.core.model.ObservationKind.OUTCOME) {
                reasons.add(t.format("ratio.refusal.kind", indicatorName(t, o.indicator()), t.label(o.kind())));
            }
        }
        if (top.scope() != bottom.scope()) {
            reasons.add(t.format("ratio.refusal.scope", indicatorName(t, top.indicator()), t.label(top.scope()),
                    indicatorName(t, bottom.indicator()), t.label(bottom.scope())));
        }
        int gap = RatioPairingRule.gap(top, bottom);
        if (gap > PAIRING.maxGapYears()) {
            reasons.add(t.format("ratio.refusal.gap", gap, PAIRING.maxGapYears()));
        }
        if (reasons.isEmpty()) {
            reasons.add(t.text("ratio.refusal.other"));
        }
        return t.format("ratio.refusal", t.date(top.asOf()), indicatorName(t, top.indicator()), t.date(bottom.asOf()),
                indicatorName(t, bottom.indicator()), t.semicolons(reasons));
    }

    private static String indicatorName(FigureText t, Indicator indicator) {
        return t.label(indicator);
    }

    /** The course's pairing rule in one sentence, in the figure's language. */
    private static String pairing(FigureText t) {
        if (!t.chinese()) {
            return PAIRING.description();
        }
        return t.format(PAIRING.admitsLowConfidence() ? "ratio.pairing.told" : "ratio.pairing", PAIRING.maxGapYears());
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
