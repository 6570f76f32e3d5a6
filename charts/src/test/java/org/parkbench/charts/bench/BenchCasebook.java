package org.parkbench.charts.bench;

import org.parkbench.charts.TestCasebooks;
import org.parkbench.core.model.Casebook;

/** The casebook the benchmark renders: the shipped cases from the source tree, else the test fixture. */
final class BenchCasebook {
    private BenchCasebook() {
    }

    record Loaded(Casebook casebook, String description) {
    }

    static Loaded load() {
        return TestCasebooks.shipped().map(b -> new Loaded(b, "shipped cases (read from cases/ in the source tree)"))
                .orElseGet(() -> new Loaded(TestCasebooks.fixture(), "test fixture (no case data found)"));
    }
}
