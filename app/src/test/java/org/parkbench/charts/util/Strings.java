package org.parkbench.charts.util;

/** Counterexample for ArchitectureRulesTest: a dumping-ground package. Never used. */
public final class Strings {
    private Strings() {
    }
}
