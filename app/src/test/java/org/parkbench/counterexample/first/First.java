package org.parkbench.counterexample.first;

import org.parkbench.counterexample.second.Second;

/** Counterexample for ArchitectureRulesTest: one half of a package cycle. Never used. */
public final class First {
    public static Second other() {
        return new Second();
    }
}
