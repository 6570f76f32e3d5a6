package org.parkbench.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkbench.cases.counterexample.CaseDrawingCharts;
import org.parkbench.charts.util.Strings;
import org.parkbench.core.analysis.counterexample.AnalysisRendering;
import org.parkbench.core.model.counterexample.ModelUsingLoading;
import org.parkbench.core.model.counterexample.ModelUsingMarkup;
import org.parkbench.core.model.counterexample.ModelUsingTheSite;
import org.parkbench.counterexample.first.First;
import org.parkbench.exercises.export.counterexample.ExportRenderingMarkdown;
import org.parkbench.markup.counterexample.MarkupReadingTheModel;
import org.parkbench.site.counterexample.SiteNamingACase;
import org.parkbench.site.counterexample.SiteWritingCsv;
import org.parkbench.site.output.counterexample.OutputUsingPages;

/**
 * Each rule of {@link ArchitectureRules} fails on the product with one deliberately bad class
 * added (the counterexamples, test classes never used by the product), and the failure names that
 * class. The same rules pass on the product alone ({@link ArchitectureTest}), so each failure here
 * comes from the counterexample.
 */
class ArchitectureRulesTest {
    private static final List<Class<?>> COUNTEREXAMPLES = List.of(ModelUsingTheSite.class, ModelUsingLoading.class,
            AnalysisRendering.class, OutputUsingPages.class, SiteNamingACase.class, SiteWritingCsv.class, CaseDrawingCharts.class, Strings.class,
            First.class, org.parkbench.counterexample.second.Second.class, org.parkbench.charts.counterexample.QuantityFormat.class,
            ExportRenderingMarkdown.class, MarkupReadingTheModel.class, ModelUsingMarkup.class);
    private static JavaClasses productAndCounterexamples;

    @BeforeAll
    static void importClasses() {
        ProductClasses product = new ProductClasses();
        productAndCounterexamples = new ClassFileImporter()
                .withImportOption(location -> product.includes(location) || COUNTEREXAMPLES.stream()
                        .anyMatch(c -> location.contains(c.getName().replace('.', '/') + ".class")))
                .importPackages("org.parkbench");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("modules", ArchitectureRules.modules, ModelUsingTheSite.class),
                Arguments.of("modules", ArchitectureRules.modules, SiteNamingACase.class),
                Arguments.of("modules", ArchitectureRules.modules, CaseDrawingCharts.class),
                Arguments.of("modules", ArchitectureRules.modules, ModelUsingMarkup.class),
                Arguments.of("coreLayers", ArchitectureRules.coreLayers, ModelUsingLoading.class),
                Arguments.of("siteLayers", ArchitectureRules.siteLayers, OutputUsingPages.class),
                Arguments.of("noCycles", ArchitectureRules.noCycles, First.class),
                Arguments.of("coreKnowsNoRendering", ArchitectureRules.coreKnowsNoRendering, AnalysisRendering.class),
                Arguments.of("markupStandsAlone", ArchitectureRules.markupStandsAlone, MarkupReadingTheModel.class),
                Arguments.of("oneSanitiser", ArchitectureRules.oneSanitiser, ExportRenderingMarkdown.class),
                Arguments.of("casesKnowOnlyCore", ArchitectureRules.casesKnowOnlyCore, CaseDrawingCharts.class),
                Arguments.of("oneCsvWriter", ArchitectureRules.oneCsvWriter, SiteWritingCsv.class),
                Arguments.of("uniqueNames", ArchitectureRules.uniqueNames, org.parkbench.charts.counterexample.QuantityFormat.class),
                Arguments.of("noDumpingGrounds", ArchitectureRules.noDumpingGrounds, Strings.class));
    }

    @ParameterizedTest(name = "{0} catches {2}")
    @MethodSource("brokenRules")
    void aRuleFailsOnTheBadClassAndNamesIt(String name, ArchRule rule, Class<?> bad) {
        EvaluationResult result = rule.evaluate(productAndCounterexamples);
        assertThat(result.hasViolation()).as(name).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).as(name).anyMatch(line -> line.contains(bad.getName()));
        assertThat(details).as("every violation of " + name + " comes from a counterexample")
                .allMatch(line -> line.contains("counterexample") || line.contains(".util."));
    }
}
