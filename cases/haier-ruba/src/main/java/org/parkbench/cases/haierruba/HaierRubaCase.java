package org.parkbench.cases.haierruba;

import org.parkbench.core.spi.CaseModule;

/** The {@code haier-ruba} case: its data and narrative live in {@code parkbench/cases/haier-ruba/} on the classpath. */
public final class HaierRubaCase implements CaseModule {
    @Override
    public String id() {
        return "haier-ruba";
    }
}
