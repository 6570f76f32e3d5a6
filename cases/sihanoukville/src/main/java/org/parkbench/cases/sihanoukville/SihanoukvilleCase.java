package org.parkbench.cases.sihanoukville;

import org.parkbench.core.spi.CaseModule;

/** The {@code sihanoukville} case: its data and narrative live in {@code parkbench/cases/sihanoukville/} on the classpath. */
public final class SihanoukvilleCase implements CaseModule {
    @Override
    public String id() {
        return "sihanoukville";
    }
}
