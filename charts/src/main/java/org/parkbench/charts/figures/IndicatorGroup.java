package org.parkbench.charts.figures;

import java.util.List;
import org.parkbench.core.model.Indicator;

/**
 * Indicators drawn together in one per-park figure: close relatives that share a dimension and are
 * worth comparing (direct, induced and target jobs), still shown as separate, labelled series.
 */
enum IndicatorGroup {
    ENTERPRISES("enterprises", "Enterprises", List.of(Indicator.ENTERPRISES)),
    JOBS("jobs", "Jobs", List.of(Indicator.JOBS_DIRECT, Indicator.JOBS_INDUCED, Indicator.JOBS_TARGET)),
    EXPATRIATES("expatriate-staff", "Chinese expatriate staff", List.of(Indicator.EXPATRIATE_STAFF)),
    INVESTMENT("investment", "Investment", List.of(Indicator.INVESTMENT, Indicator.INVESTMENT_INITIAL, Indicator.INVESTMENT_PLANNED)),
    FDI("fdi", "Foreign direct investment", List.of(Indicator.FDI_CUMULATIVE, Indicator.FDI_CONTRACTED)),
    OUTPUT("output", "Output and turnover (annual)", List.of(Indicator.OUTPUT_ANNUAL, Indicator.TURNOVER_ANNUAL)),
    CUMULATIVE_OUTPUT("output-cumulative", "Output and sales (cumulative)", List.of(Indicator.OUTPUT_CUMULATIVE, Indicator.SALES_CUMULATIVE)),
    TRADE("trade", "Trade and exports (annual)", List.of(Indicator.TRADE_ANNUAL, Indicator.EXPORTS_ANNUAL)),
    TRADE_SHARE("trade-share", "Share of host country's trade", List.of(Indicator.TRADE_SHARE)),
    GDP("gdp", "GDP", List.of(Indicator.GDP)),
    TAX("tax", "Taxes paid (cumulative)", List.of(Indicator.TAX_CUMULATIVE)),
    AREA("area", "Area", List.of(Indicator.AREA, Indicator.AREA_PLANNED)),
    AREA_PART("area-part", "Area of a part or phase", List.of(Indicator.AREA_PART)),
    PRODUCTION("production", "Production and capacity", List.of(Indicator.PRODUCTION, Indicator.CAPACITY)),
    RESIDENTS("residents", "Residents", List.of(Indicator.RESIDENTS));

    private final String slug;
    private final String label;
    private final List<Indicator> indicators;

    IndicatorGroup(String slug, String label, List<Indicator> indicators) {
        this.slug = slug;
        this.label = label;
        this.indicators = indicators;
    }

    String slug() {
        return slug;
    }

    String label() {
        return label;
    }

    /** The group's name in the figure's language (key {@code group.<slug>}). */
    String label(org.parkbench.charts.FigureText t) {
        return t.chinese() ? t.text("group." + slug) : label;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    static IndicatorGroup of(Indicator indicator) {
        for (IndicatorGroup g : values()) {
            if (g.indicators.contains(indicator)) {
                return g;
            }
        }
        throw new IllegalArgumentException("indicator " + indicator.word() + " belongs to no group");
    }
}
