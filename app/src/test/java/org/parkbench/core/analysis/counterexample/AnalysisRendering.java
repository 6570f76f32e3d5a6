package org.parkbench.core.analysis.counterexample;

import org.jsoup.Jsoup;

/** Counterexample for ArchitectureRulesTest: core using a rendering library. Never used. */
public final class AnalysisRendering {
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
