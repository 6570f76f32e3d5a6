package org.parkbench.site.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of ARCHITECTURE.md, checked over every Parkbench class on the test
 * classpath (sibling modules arrive as jars or class folders; both are imported):
 * site → exercises, charts → core ← cases.
 */
@AnalyzeClasses(packages = "org.parkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringAllDependencies()
            .layer("Core").definedBy("org.parkbench.core..")
            .layer("Cases").definedBy("org.parkbench.cases..")
            .layer("Charts").definedBy("org.parkbench.charts..")
            .layer("Exercises").definedBy("org.parkbench.exercises..")
            .layer("Site").definedBy("org.parkbench.site..")
            .whereLayer("Site").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cases").mayNotBeAccessedByAnyLayer()
            .whereLayer("Charts").mayOnlyBeAccessedByLayers("Site")
            .whereLayer("Exercises").mayOnlyBeAccessedByLayers("Site")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Cases", "Charts", "Exercises", "Site");

    @ArchTest
    static final ArchRule coreKnowsNoRendering = noClasses().that().resideInAPackage("org.parkbench.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "org.apache.velocity..",
                    "org.commonmark..", "org.jsoup..", "picocli..")
            .because("core is the domain: rendering belongs to charts and site");

    @ArchTest
    static final ArchRule casesKnowOnlyCore = noClasses().that().resideInAPackage("org.parkbench.cases..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parkbench.site..", "org.parkbench.charts..",
                    "org.parkbench.exercises..", "org.jfree..", "org.apache.velocity..")
            .because("a case module depends on core only");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.parkbench.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noDumpingGrounds = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..", "..impl..")
            .because("packages say what they hold");
}
