package org.parkbench.cases.overview;

import org.parkbench.core.spi.CaseModule;

/** The {@code overview} case: its data and narrative live in {@code parkbench/cases/overview/} on the classpath. */
public final class OverviewCase implements CaseModule {
    @Override
    public String id() {
        return "overview";
    }
}
