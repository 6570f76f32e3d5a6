package org.parkbench.cases.suezteda;

import org.parkbench.core.spi.CaseModule;

/** The {@code suez-teda} case: its data and narrative live in {@code parkbench/cases/suez-teda/} on the classpath. */
public final class SuezTedaCase implements CaseModule {
    @Override
    public String id() {
        return "suez-teda";
    }
}
