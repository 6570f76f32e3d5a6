package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Unit;

/**
 * The comparison figures pair each park's figures by the course's pairing rule: a pair of
 * different scopes, dates too far apart or a low-confidence source is not drawn, and the caption
 * says which park and why. Fictitious parks and numbers.
 */
class DerivedRatioPairingTest {
    private static final Origin O = Origin.UNKNOWN;
    private static final Source NEWS = new Source("gamma-news", "", "Gamma grows (fictitious)", "Gamma Daily", "2024", "", "",
            Confidence.HIGH, "", O);
    private static final Source BLOG = new Source("gamma-blog", "", "A blog on Gamma (fictitious)", "Gamma Blog", "2024", "", "",
            Confidence.LOW, "", O);

    private static Park park(String id, String name) {
        return new Park(id, id, name, "", "EG", new Location("", null, null, LocationPrecision.UNKNOWN, ""), Corridor.NONE, true,
                List.of(Sector.MANUFACTURING), ParkStatus.OPERATING, 2010, "", null, DevelopmentModel.COMPANY_LED, null,
                NEWS.key(), O);
    }

    private static Observation obs(String park, Indicator indicator, double value, Unit unit, String asOf, Source s,
                                   ObservationScope scope) {
        return new Observation(park, indicator, value, null, unit, Qualifier.EXACT, ObservationKind.OUTCOME, scope,
                PartialDate.parse(asOf), s.key(), "", O);
    }

    private static CaseStudy study(String id, String name, List<Observation> observations) {
        return Fixtures.caseStudy(id, List.of(park(id, name)), List.of(), observations, List.of(), List.of(NEWS, BLOG), List.of(),
                List.of());
    }

    private static final Casebook CASEBOOK = new Casebook(List.of(
            // jobs of 2024-04 and areas of 2018 (6 years) and 2025-07 (1 year): the 2025 area is used
            study("gamma", "Gamma Zone", List.of(
                    obs("gamma", Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, "2024-04", NEWS, ObservationScope.ZONE),
                    obs("gamma", Indicator.AREA, 7.23, Unit.KM2, "2018", NEWS, ObservationScope.ZONE),
                    obs("gamma", Indicator.AREA, 7.5, Unit.KM2, "2025-07", NEWS, ObservationScope.ZONE),
                    obs("gamma", Indicator.INVESTMENT, 200, Unit.USD_M, "2025", NEWS, ObservationScope.DEVELOPER))),
            // jobs of 2024 only with an area of 2018: not paired
            study("delta", "Delta Zone", List.of(
                    obs("delta", Indicator.JOBS_DIRECT, 5000, Unit.PERSONS, "2024", NEWS, ObservationScope.ZONE),
                    obs("delta", Indicator.AREA, 2, Unit.KM2, "2018", NEWS, ObservationScope.ZONE),
                    obs("delta", Indicator.INVESTMENT, 50, Unit.USD_M, "2018", BLOG, ObservationScope.ZONE)))));
    private static final FigureCatalogue CATALOGUE = FigureCatalogue.forCasebook(CASEBOOK);

    @Test
    void theClosestAdmissibleAreaIsUsedAndARefusedPairIsNamedWithItsReason() {
        Figure jobs = CATALOGUE.figure("derived-jobs-per-km2").orElseThrow();

        assertThat(jobs.table().rows()).hasSize(1);
        assertThat(jobs.table().rows().get(0).get(0)).isEqualTo("Gamma Zone");
        assertThat((Double) jobs.table().rows().get(0).get(1)).isEqualTo(9000 / 7.5);
        assertThat(jobs.caption()).contains("Delta Zone (not paired: 2024 direct jobs with 2018 area: the dates are 6 years apart "
                + "(the rule allows 2))").contains("at most 2 years apart");
    }

    @Test
    void aDevelopersOwnInvestmentOrALowConfidenceOneIsNotDrawn() {
        assertThat(CATALOGUE.figure("derived-investment-per-km2")).isEmpty();
        assertThat(CATALOGUE.problems()).extracting(FigureProblem::message).filteredOn(m -> m.contains("derived-investment-per-km2"))
                .singleElement().asString().contains("the pairing rule pairs no park's cumulative investment figure with an area",
                        "Gamma Zone: 2025 investment with 2025-07 area: the investment figure is the developer's own but the area figure is zone-wide",
                        "Delta Zone: 2018 investment with 2018 area: the source (Gamma Blog, 2024) is of low confidence");
    }
}
