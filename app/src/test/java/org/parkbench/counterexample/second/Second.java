package org.parkbench.counterexample.second;

import org.parkbench.counterexample.first.First;

/** Counterexample for ArchitectureRulesTest: the other half of a package cycle. Never used. */
public final class Second {
    public Class<?> other() {
        return First.class;
    }
}
