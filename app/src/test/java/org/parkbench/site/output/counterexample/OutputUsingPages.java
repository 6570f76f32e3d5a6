package org.parkbench.site.output.counterexample;

import org.parkbench.site.pages.PageLimits;

/** Counterexample for ArchitectureRulesTest: the site's output using its pages, against site's layers. Never used. */
public final class OutputUsingPages {
    public static Class<?> limits() {
        return PageLimits.class;
    }
}
