package %%PACKAGE%%;

import org.parkbench.core.spi.CaseModule;

/** The {@code %%CASE_ID%%} case: its data and narrative live in {@code parkbench/cases/%%CASE_ID%%/} on the classpath. */
public final class %%CLASS%% implements CaseModule {
    @Override
    public String id() {
        return "%%CASE_ID%%";
    }
}
