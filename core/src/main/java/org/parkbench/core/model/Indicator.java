package org.parkbench.core.model;

import java.util.Set;

/**
 * What an observation measures. Cumulative and annual figures are different indicators, and so
 * are direct and induced jobs: sources mix them up, Parkbench does not.
 */
public enum Indicator implements Vocabulary {
    ENTERPRISES("enterprises", "Enterprises", Set.of(Dimension.COUNT)),
    INVESTMENT("investment", "Investment (cumulative)", Set.of(Dimension.MONEY)),
    INVESTMENT_INITIAL("investment-initial", "Investment (initial, of a joint venture or project)", Set.of(Dimension.MONEY)),
    INVESTMENT_PLANNED("investment-planned", "Investment (planned)", Set.of(Dimension.MONEY)),
    OUTPUT_ANNUAL("output-annual", "Output (annual)", Set.of(Dimension.MONEY)),
    OUTPUT_CUMULATIVE("output-cumulative", "Output (cumulative)", Set.of(Dimension.MONEY)),
    JOBS_DIRECT("jobs-direct", "Direct jobs", Set.of(Dimension.PERSONS)),
    JOBS_INDUCED("jobs-induced", "Induced jobs", Set.of(Dimension.PERSONS)),
    JOBS_TARGET("jobs-target", "Jobs (target)", Set.of(Dimension.PERSONS)),
    EXPATRIATE_STAFF("expatriate-staff", "Chinese expatriate staff", Set.of(Dimension.PERSONS)),
    EXPORTS_ANNUAL("exports-annual", "Exports (annual)", Set.of(Dimension.MONEY)),
    TRADE_ANNUAL("trade-annual", "Trade, imports + exports (annual)", Set.of(Dimension.MONEY)),
    TRADE_SHARE("trade-share", "Share of host country's trade", Set.of(Dimension.SHARE)),
    GDP("gdp", "GDP", Set.of(Dimension.MONEY)),
    FDI_CUMULATIVE("fdi-cumulative", "Foreign direct investment (cumulative, actually used)", Set.of(Dimension.MONEY)),
    FDI_CONTRACTED("fdi-contracted", "Foreign direct investment (cumulative, contracted)", Set.of(Dimension.MONEY)),
    TAX_CUMULATIVE("tax-cumulative", "Taxes paid (cumulative)", Set.of(Dimension.MONEY)),
    SALES_CUMULATIVE("sales-cumulative", "Sales (cumulative)", Set.of(Dimension.MONEY)),
    TURNOVER_ANNUAL("turnover-annual", "Turnover (annual)", Set.of(Dimension.MONEY)),
    AREA("area", "Area", Set.of(Dimension.AREA)),
    AREA_PLANNED("area-planned", "Area (planned or allocated)", Set.of(Dimension.AREA)),
    AREA_PART("area-part", "Area of a part or phase", Set.of(Dimension.AREA)),
    CAPACITY("capacity", "Production capacity", Set.of(Dimension.PRODUCTION)),
    PRODUCTION("production", "Production", Set.of(Dimension.PRODUCTION)),
    RESIDENTS("residents", "Residents", Set.of(Dimension.PERSONS));

    private final String word;
    private final String label;
    private final Set<Dimension> dimensions;

    Indicator(String word, String label, Set<Dimension> dimensions) {
        this.word = word;
        this.label = label;
        this.dimensions = dimensions;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether this indicator is a target or a plan by definition ({@code jobs-target},
     * {@code investment-planned}, {@code area-planned}): such a figure is never an outcome, and an
     * empty {@code kind} cell reads as {@link #definedKind()}.
     */
    public boolean isIntended() {
        return this == JOBS_TARGET || this == INVESTMENT_PLANNED || this == AREA_PLANNED;
    }

    /** The kind an empty {@code kind} cell means: target for jobs-target, plan for the planned indicators, else outcome. */
    public ObservationKind definedKind() {
        return this == JOBS_TARGET ? ObservationKind.TARGET : isIntended() ? ObservationKind.PLAN : ObservationKind.OUTCOME;
    }

    /** Whether a figure for this indicator may be stated in {@code unit}. */
    public boolean accepts(Unit unit) {
        return dimensions.contains(unit.dimension());
    }
}
