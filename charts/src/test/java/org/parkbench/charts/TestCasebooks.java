package org.parkbench.charts;

import java.util.Optional;
import org.parkbench.core.model.Casebook;

/** The casebooks tests and tools outside this package use: the fixture and the shipped cases. */
public final class TestCasebooks {
    private TestCasebooks() {
    }

    public static Casebook fixture() {
        return Fixtures.casebook();
    }

    public static Optional<Casebook> shipped() {
        return ShippedCases.load();
    }
}
