package org.parkbench.bench;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.parkbench.app.architecture.ArchitectureRules;
import org.parkbench.app.architecture.ProductClasses;

/**
 * The app's {@link ArchitectureRules} once more, with the benchmark's classes added: bench uses the
 * other modules' public API only, from a package of its own, and nothing uses it.
 */
@AnalyzeClasses(packages = "org.parkbench", importOptions = ProductClasses.class)
class BenchArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
