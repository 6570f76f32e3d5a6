package org.parkbench.site.counterexample;

import org.parkbench.cases.suzhou.SuzhouCase;

/** Counterexample for ArchitectureRulesTest: the site naming a case instead of finding it through core's service interface. Never used. */
public final class SiteNamingACase {
    public static String id() {
        return new SuzhouCase().id();
    }
}
