package org.parkbench.cases.counterexample;

import org.parkbench.charts.HouseStyle;

/** Counterexample for ArchitectureRulesTest: a case module using charts, which only core may be for a case. Never used. */
public final class CaseDrawingCharts {
    public static Class<?> style() {
        return HouseStyle.class;
    }
}
