package org.parkbench.app.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * {@link ArchitectureRules} over every Parkbench class the app's test classpath holds: core, the
 * shipped cases, charts, exercises, site and the app (sibling modules arrive as jars or class
 * folders; both are imported). Tests are not analysed.
 */
@AnalyzeClasses(packages = "org.parkbench", importOptions = ProductClasses.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
