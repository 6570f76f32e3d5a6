package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkbench.core.model.Casebook;

/**
 * The catalogue over the real case data, read from the source tree with the core loader (charts
 * may not depend on case modules). Skipped, with a message saying why, where the data is absent.
 */
class ShippedCatalogueTest {
    private static final Optional<Casebook> BOOK = ShippedCases.load();
    private static final FigureCatalogue CATALOGUE = BOOK.map(FigureCatalogue::forCasebook).orElse(null);

    static Stream<Figure> figures() {
        return CATALOGUE == null ? Stream.empty() : CATALOGUE.figures().stream();
    }

    @Test
    void theShippedCasesYieldAtLeastTwentyFiguresAndNoProblems() {
        Assumptions.assumeTrue(BOOK.isPresent(), "no case data under ../cases/*/src/main/resources/parkbench/cases: skipped");
        System.out.println("shipped catalogue: " + CATALOGUE.figures().size() + " figures, " + CATALOGUE.problems().size() + " problems");
        CATALOGUE.problems().forEach(p -> System.out.println("  " + p.message()));
        assertThat(CATALOGUE.problems()).isEmpty();
        assertThat(CATALOGUE.figures()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void eachShippedFigureDrawsItsTableAndNamesItsLargestValue(Figure figure) {
        assertThat(DrawnData.drawn(figure.newChart())).as(figure.id()).isEqualTo(DrawnData.tabled(figure.table()));
        figure.table().largest().ifPresent(row -> assertThat(figure.altText()).contains("Largest: "));
        assertThat(FigureRenderer.svg(figure)).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
