package org.parkbench.charts.counterexample;

/** Counterexample for ArchitectureRulesTest: a second public class named like core's QuantityFormat. Never used. */
public final class QuantityFormat {
    private QuantityFormat() {
    }
}
