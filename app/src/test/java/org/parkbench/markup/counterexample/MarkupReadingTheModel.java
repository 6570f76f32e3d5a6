package org.parkbench.markup.counterexample;

import org.parkbench.core.model.Park;

/** Counterexample for ArchitectureRulesTest: the markup module using core. Never used. */
public final class MarkupReadingTheModel {
    public static String name(Park park) {
        return park.nameEn();
    }
}
