package org.parkbench.cases.huajian;

import org.parkbench.core.spi.CaseModule;

/** The {@code huajian} case: its data and narrative live in {@code parkbench/cases/huajian/} on the classpath. */
public final class HuajianCase implements CaseModule {
    @Override
    public String id() {
        return "huajian";
    }
}
