package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

/** The headline figures over statistics a source states as "about" or "more than": the qualifier reaches table and alt text. */
class HeadlineQualifierTest {
    private static final PartialDate D = PartialDate.parse("2016-12");

    private static PublishedStatistic stat(String id, String measure, double value, Unit unit, Qualifier q, Double share) {
        return new PublishedStatistic(id, measure, StatisticScope.BELT_AND_ROAD, value, null, unit, q, ObservationKind.OUTCOME, D,
                share, "", "survey-2016", "", Origin.UNKNOWN);
    }

    private static FigureCatalogue catalogue(PublishedStatistic... stats) {
        Source s = Fixtures.source("survey-2016", "Fictional Survey Office", "2017", "A made-up survey of overseas parks");
        return FigureCatalogue.forCasebook(new Casebook(List.of(Fixtures.caseStudy("survey", List.of(), List.of(), List.of(),
                List.of(), List.of(s), List.of(stats), List.of()))));
    }

    @Test
    void anAboutFigureKeepsItsQualifierInTheTableAndTheAltText() {
        // about 500 enterprises are 50 % of all: about 1,000 in all, about 500 elsewhere
        Figure f = catalogue(stat("enterprises-bri", "enterprises", 500, Unit.COUNT, Qualifier.ABOUT, 50.0))
                .figure("headline-enterprises").orElseThrow();

        assertThat(f.table().columns()).extracting(DataTable.Column::name).contains(DataTable.QUALIFIER);
        assertThat(f.table().rows().get(0)).contains("Belt-and-Road countries", "about");
        assertThat(f.table().rows().get(1)).contains("Rest of the world", "about");
        assertThat(f.altText()).contains("Bar chart: about 500 enterprises in Belt-and-Road countries");
    }

    @Test
    void aLowerBoundImpliesNoTotalSoItsCountFigureIsNotDrawnAndTheProblemSaysWhy() {
        FigureCatalogue c = catalogue(stat("investment-bri", "investment", 3, Unit.USD_BN, Qualifier.OVER, 80.0));

        assertThat(c.figure("headline-investment")).isEmpty();
        assertThat(c.problems()).anySatisfy(p -> assertThat(p.figureId() + ": " + p.message())
                .startsWith("headline-investment: ").contains("more than USD 3 bn"));
    }
}
