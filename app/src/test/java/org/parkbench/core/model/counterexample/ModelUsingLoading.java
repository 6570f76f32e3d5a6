package org.parkbench.core.model.counterexample;

import org.parkbench.core.load.CasebookLoader;

/** Counterexample for ArchitectureRulesTest: core's model using core's loading, against core's layers. Never used. */
public final class ModelUsingLoading {
    public static int shipped() {
        return CasebookLoader.shipped().size();
    }
}
