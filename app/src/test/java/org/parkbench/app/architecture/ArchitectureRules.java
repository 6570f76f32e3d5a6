package org.parkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The architecture of ARCHITECTURE.md as ArchUnit rules: the modules' layers
 * ({@code app → site → exercises, charts → core ← cases}, with bench on top of everything), the
 * inner layers of core and of site, no cycle between any two packages, cases plugged in only
 * through core's service interface, core free of rendering libraries, every CSV written by the
 * one writer with its formula guard, no two public classes of the same name, and no dumping-ground
 * packages. The rules are written once here; {@link ArchitectureTest} applies them to the classes
 * of every module the app sees, and the bench module applies them again with its own classes
 * added (bench is the one module above the app). Markup, the one Markdown renderer and HTML
 * sanitiser, sits beside core: exercises and site use it, it uses no other module, and nothing
 * else renders Markdown or touches jsoup.
 */
public final class ArchitectureRules {
    static final String CORE = "org.parkbench.core..";
    static final String MARKUP = "org.parkbench.markup..";
    static final String CASES = "org.parkbench.cases..";
    static final String CHARTS = "org.parkbench.charts..";
    static final String EXERCISES = "org.parkbench.exercises..";
    static final String SITE = "org.parkbench.site..";
    static final String APP = "org.parkbench.app..";
    static final String BENCH = "org.parkbench.bench..";

    private ArchitectureRules() {
    }

    /** The modules, bottom to top; a layer may be used only by the layers named, never the other way. */
    @ArchTest
    public static final ArchRule modules = layeredArchitecture().consideringAllDependencies()
            .layer("Core").definedBy(CORE)
            .layer("Markup").definedBy(MARKUP)
            .layer("Cases").definedBy(CASES)
            .layer("Charts").definedBy(CHARTS)
            .layer("Exercises").definedBy(EXERCISES)
            .layer("Site").definedBy(SITE)
            .layer("App").definedBy(APP)
            .optionalLayer("Bench").definedBy(BENCH)
            .whereLayer("Bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayOnlyBeAccessedByLayers("Bench")
            .whereLayer("Site").mayOnlyBeAccessedByLayers("App", "Bench")
            .whereLayer("Charts").mayOnlyBeAccessedByLayers("Site", "App", "Bench")
            .whereLayer("Exercises").mayOnlyBeAccessedByLayers("Site", "App", "Bench")
            .whereLayer("Markup").mayOnlyBeAccessedByLayers("Exercises", "Site", "App", "Bench")
            .whereLayer("Cases").mayNotBeAccessedByAnyLayer()
            .because("dependencies point one way: app → site → exercises, charts → core ← cases; "
                    + "a case is found through core's service interface, never named; markup serves the site and the exports");

    /** The markup module is the bottom of the rendering side: it uses no other module. */
    @ArchTest
    public static final ArchRule markupStandsAlone = noClasses().that().resideInAPackage(MARKUP)
            .should().dependOnClassesThat().resideInAnyPackage(CORE, CASES, CHARTS, EXERCISES, SITE, APP, BENCH)
            .because("the site and every export stand on the one renderer, which knows nothing of cases or pages");

    /** Inside core: the model is the bottom; loading uses everything, nothing in core uses loading. */
    @ArchTest
    public static final ArchRule coreLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Language").definedBy("org.parkbench.core.language..")
            .layer("Model").definedBy("org.parkbench.core.model..")
            .layer("Validate").definedBy("org.parkbench.core.validate..")
            .layer("Quantity").definedBy("org.parkbench.core.quantity..")
            .layer("Csv").definedBy("org.parkbench.core.csv..")
            .layer("Analysis").definedBy("org.parkbench.core.analysis..")
            .layer("Classify").definedBy("org.parkbench.core.classify..")
            .layer("Spi").definedBy("org.parkbench.core.spi..")
            .layer("Load").definedBy("org.parkbench.core.load..")
            .whereLayer("Load").mayNotBeAccessedByAnyLayer()
            .whereLayer("Spi").mayOnlyBeAccessedByLayers("Load")
            .whereLayer("Classify").mayOnlyBeAccessedByLayers("Load")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Classify", "Load")
            .whereLayer("Validate").mayOnlyBeAccessedByLayers("Load")
            .whereLayer("Quantity").mayOnlyBeAccessedByLayers("Analysis", "Classify", "Load")
            .whereLayer("Csv").mayNotBeAccessedByAnyLayer()
            .because("core's model is what every other part of core reads; loading puts the parts together");

    /** Inside site: templates and output at the bottom, then figures, the pages, and the build on top. */
    @ArchTest
    public static final ArchRule siteLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Course").definedBy("org.parkbench.site.course..")
            .layer("Template").definedBy("org.parkbench.site.template..")
            .layer("Output").definedBy("org.parkbench.site.output..")
            .layer("Figures").definedBy("org.parkbench.site.figures..")
            .layer("Pages").definedBy("org.parkbench.site.pages..")
            .layer("Build").definedBy("org.parkbench.site.build..")
            .layer("Pdf").definedBy("org.parkbench.site.pdf..")
            .whereLayer("Build").mayNotBeAccessedByAnyLayer()
            .whereLayer("Pdf").mayNotBeAccessedByAnyLayer()
            .whereLayer("Pages").mayOnlyBeAccessedByLayers("Build", "Pdf")
            .whereLayer("Figures").mayOnlyBeAccessedByLayers("Pages", "Build", "Pdf")
            .whereLayer("Output").mayOnlyBeAccessedByLayers("Figures", "Pages", "Build", "Pdf")
            .whereLayer("Template").mayOnlyBeAccessedByLayers("Pages", "Build", "Pdf")
            .because("the build orders the pages, the pages are rendered by templates and written by the output");

    /** No two packages use each other, directly or round a longer loop. */
    @ArchTest
    public static final ArchRule noCycles = slices().matching("org.parkbench.(**)").should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule coreKnowsNoRendering = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "org.apache.velocity..",
                    "org.commonmark..", "org.jsoup..", "picocli..")
            .because("core is the domain: rendering belongs to charts and site");

    /** One sanitiser: the site and every export carry the same markup (issue 12: exports that ran script). */
    @ArchTest
    public static final ArchRule oneSanitiser = noClasses().that().resideOutsideOfPackage(MARKUP)
            .should().dependOnClassesThat().resideInAnyPackage("org.commonmark..", "org.jsoup..")
            .because("Markdown is rendered and HTML sanitised only by markup's MarkdownRenderer, for the site and every export alike");

    @ArchTest
    public static final ArchRule casesKnowOnlyCore = noClasses().that().resideInAPackage(CASES)
            .should().dependOnClassesThat().resideInAnyPackage(CHARTS, EXERCISES, SITE, APP, "org.jfree..",
                    "org.apache.velocity..")
            .because("a case module depends on core only");

    @ArchTest
    public static final ArchRule oneCsvWriter = noClasses().that().resideOutsideOfPackage("org.parkbench.core.csv")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .because("every CSV is written by SpreadsheetCsv, with its formula guard (docs/decisions/008-csv-output.md)");

    /** Two public classes doing different things are not called the same (as two {@code ValueFormat}s once were). */
    @ArchTest
    public static final ArchRule uniqueNames = classes().that().arePublic().and().areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("have a simple name no other public class has") {
                private Map<String, List<JavaClass>> byName = Map.of();

                @Override
                public void init(Collection<JavaClass> all) {
                    byName = all.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName));
                }

                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    List<String> others = byName.getOrDefault(c.getSimpleName(), List.of()).stream()
                            .filter(o -> !o.equals(c)).map(JavaClass::getName).sorted().toList();
                    if (!others.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " has the simple name of " + String.join(", ", others)));
                    }
                }
            })
            .because("names explain themselves");

    @ArchTest
    public static final ArchRule noDumpingGrounds = noClasses().should()
            .resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..manager..", "..impl..")
            .because("packages say what they hold");
}
