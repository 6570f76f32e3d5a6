package org.parkbench.core.model.counterexample;

import org.parkbench.site.pages.PageSet;

/** Counterexample for ArchitectureRulesTest: core using the site, against the modules' direction. Never used. */
public final class ModelUsingTheSite {
    public static boolean apart(org.parkbench.core.model.CaseStudy c) {
        return PageSet.showsParksApart(c);
    }
}
