package org.parkbench.cases.suzhou;

import org.parkbench.core.spi.CaseModule;

/** The {@code suzhou} case: its data and narrative live in {@code parkbench/cases/suzhou/} on the classpath. */
public final class SuzhouCase implements CaseModule {
    @Override
    public String id() {
        return "suzhou";
    }
}
