package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseAssembly;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Stake;

class DerivationCatalogTest {
    private final DerivationCatalog catalog = DerivationCatalog.standard();
    private final Casebook casebook = new Casebook(List.of(
            study("overview", List.of(), List.of(), List.of(), Facts.paperStatistics()),
            study("suez-teda", List.of(park(Facts.TEDA, "suez-teda")), Facts.tedaStakes(),
                    List.of(Facts.TEDA_JOBS_2024_04, Facts.TEDA_JOBS_2024_08, Facts.TEDA_AREA_2016, Facts.TEDA_AREA_2018, Facts.TEDA_AREA_2025_07,
                            Facts.TEDA_INVESTMENT_2024_04, Facts.TEDA_INVESTMENT_2025_09, Facts.TEDA_ENTERPRISES_2025_09),
                    List.of()),
            study("sihanoukville", List.of(park(Facts.SSEZ, "sihanoukville")), Facts.sihanoukvilleStakes(),
                    List.of(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2023, Facts.SSEZ_AREA), List.of()),
            study("suzhou", List.of(park(Facts.SIP, "suzhou")), Facts.suzhouStakes(),
                    List.of(Facts.SIP_AREA_XINHUA, Facts.SIP_AREA_SUZHOU), List.of())));

    private static Park park(String id, String caseId) {
        return new Park(id, caseId, id, "", "EG", new Location("", null, null, LocationPrecision.UNKNOWN, ""), Corridor.NONE,
                true, List.of(), ParkStatus.OPERATING, null, "", null, DevelopmentModel.COMPANY_LED, null, "s", Origin.UNKNOWN);
    }

    private static CaseStudy study(String id, List<Park> parks, List<Stake> stakes, List<Observation> observations,
                                   List<PublishedStatistic> statistics) {
        CaseMeta meta = new CaseMeta(id, id, "", parks.stream().map(Park::id).toList(), null, List.of(), List.of(), 10,
                CaseStatus.PUBLISHED, Origin.UNKNOWN);
        return CaseAssembly.of(meta, "", parks, stakes, observations, List.of(), Map.of(), statistics, List.of(),
                Path.of(id), id);
    }

    @Test
    void namesEveryDerivationWithADescription() {
        assertThat(catalog.names()).containsExactly("observation", "jobs-per-km2", "investment-per-km2",
                "investment-per-enterprise", "growth", "share-of-total", "implied-total", "unattributed-stake");
        assertThat(catalog.names()).allSatisfy(n -> {
            assertThat(catalog.description(n)).isNotBlank();
            assertThat(catalog.parameters(n)).containsAll(catalog.requiredParameters(n));
        });
    }

    @Test
    void jobsPerKm2SelectsEachFigureByDate() {
        DerivedValue v = catalog.evaluate("jobs-per-km2", Map.of("park", Facts.TEDA, "as_of", "2024-04", "area_year", "2025"), casebook);

        assertThat(v.value()).isCloseTo(9000 / 7.34, within(1e-9));
        assertThat(v.inputs()).containsExactly(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2025_07);
    }

    @Test
    void aPairThePairingRuleRefusesIsAnErrorThatSaysWhyAndWhatItAdmits() {
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-km2",
                Map.of("park", Facts.TEDA, "as_of", "2024-04", "area_as_of", "2018"), casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("with area as of 2018 (source xinhua-2018)")
                .hasMessageContaining("the dates are 6 years apart (the rule allows 2)")
                .hasMessageContaining("It admits: 7.34 km² as of 2025-07 (source hkcd-2025); name one with area_as_of");
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-km2", Map.of("park", Facts.SSEZ, "as_of", "2023"), casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("the dates are 6 years apart")
                .hasMessageContaining("No area figure of the park can be paired with it; choose another jobs-direct figure");
    }

    @Test
    void withoutADateForTheAreaThePairingRuleChoosesTheClosestAdmissibleOne() {
        DerivedValue v = catalog.evaluate("jobs-per-km2", Map.of("park", Facts.TEDA, "as_of", "2024-04"), casebook);

        assertThat(v.inputs()).containsExactly(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2025_07);
        assertThat(v.formula()).contains("7.34 km²");
    }

    @Test
    void conflictingSourcesOnOneDateMustBeNamed() {
        Map<String, String> params = Map.of("park", Facts.SIP, "indicator", "area", "year", "2019");

        assertThatThrownBy(() -> catalog.evaluate("observation", params, casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("sources conflict")
                .hasMessageContaining("278 km² as of 2019 (source xinhua-2019)")
                .hasMessageContaining("288 km² as of 2019 (source suzhou-gov-2019)")
                .hasMessageContaining("name one with source");

        DerivedValue chosen = catalog.evaluate("observation",
                Map.of("park", Facts.SIP, "indicator", "area", "year", "2019", "source", "suzhou-gov-2019"), casebook);
        assertThat(chosen.value()).isEqualTo(288);
        assertThat(chosen.derived()).isFalse();
    }

    @Test
    void aMissingObservationListsWhatThereIs() {
        assertThatThrownBy(() -> catalog.evaluate("observation",
                Map.of("park", Facts.TEDA, "indicator", "jobs-direct", "as_of", "2020"), casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("no jobs-direct observation of park suez-teda-zone as of 2020")
                .hasMessageContaining("more than 9,000 direct jobs as of 2024-04 (source xinhua-2024)");
    }

    @Test
    void investmentDerivations() {
        DerivedValue perKm2 = catalog.evaluate("investment-per-km2",
                Map.of("park", Facts.TEDA, "as_of", "2024-04", "area_source", "hkcd-2025"), casebook);
        DerivedValue perEnterprise = catalog.evaluate("investment-per-enterprise",
                Map.of("park", Facts.TEDA, "as_of", "2025-09"), casebook);

        assertThat(perKm2.value()).isCloseTo(3 / 7.34, within(1e-12));
        assertThat(perEnterprise.value()).isCloseTo(3000.0 / 200, within(1e-12));
    }

    @Test
    void growthMeasures() {
        Map<String, String> base = Map.of("park", Facts.SSEZ, "indicator", "jobs-direct", "from_year", "2013", "to_year", "2023");

        DerivedValue relative = catalog.evaluate("growth", base, casebook);
        DerivedValue absolute = catalog.evaluate("growth", with(base, "measure", "absolute"), casebook);
        DerivedValue annual = catalog.evaluate("growth", with(base, "measure", "annual"), casebook);

        assertThat(relative.value()).isCloseTo(700.0 / 3, within(1e-9));
        assertThat(absolute.value()).isEqualTo(21000);
        assertThat(annual.value()).isCloseTo(12.795, within(0.001));
        assertThatThrownBy(() -> catalog.evaluate("growth", with(base, "measure", "doubling"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("relative, annual, absolute");
    }

    @Test
    void publishedStatistics() {
        DerivedValue share = catalog.evaluate("share-of-total", Map.of("statistic", "parks-bri"), casebook);
        DerivedValue implied = catalog.evaluate("implied-total", Map.of("statistic", "enterprises-bri"), casebook);

        assertThat(share.value()).isCloseTo(5600.0 / 77, within(1e-12));
        assertThat(implied.value()).isCloseTo(1082 / 0.7109, within(1e-9));
        assertThatThrownBy(() -> catalog.evaluate("share-of-total", Map.of("statistic", "enterprises-bri"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("give total=");
        assertThatThrownBy(() -> catalog.evaluate("implied-total", Map.of("statistic", "no-such"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("no published statistic 'no-such'")
                .hasMessageContaining("parks-bri");
    }

    @Test
    void unattributedStake() {
        DerivedValue teda = catalog.evaluate("unattributed-stake", Map.of("park", Facts.TEDA), casebook);
        DerivedValue suzhou1995 = catalog.evaluate("unattributed-stake", Map.of("park", Facts.SIP, "as_of", "1995"), casebook);

        assertThat(teda.value()).isCloseTo(15, within(1e-9));
        assertThat(suzhou1995.value()).isZero();
        assertThatThrownBy(() -> catalog.evaluate("unattributed-stake", Map.of("park", Facts.SSEZ), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("unknown too");
    }

    @Test
    void unknownNamesAndParametersListTheAllowedOnes() {
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-acre", Map.of(), casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("unknown derivation 'jobs-per-acre'").hasMessageContaining("jobs-per-km2, investment-per-km2");
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-km2", Map.of("park", Facts.TEDA, "date", "2024"), casebook))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("unknown parameter 'date' for jobs-per-km2")
                .hasMessageContaining("park, as_of, year, source, area_indicator, area_as_of, area_year, area_source");
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-km2", Map.of(), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("needs the parameter 'park'");
        assertThatThrownBy(() -> catalog.evaluate("jobs-per-km2", Map.of("park", "atlantis"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("no park 'atlantis'");
        assertThatThrownBy(() -> catalog.evaluate("observation", Map.of("park", Facts.TEDA, "indicator", "happiness"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("unknown indicator 'happiness'");
        assertThatThrownBy(() -> catalog.evaluate("observation",
                Map.of("park", Facts.TEDA, "indicator", "area", "as_of", "16.5.2016"), casebook))
                .isInstanceOf(DerivationException.class).hasMessageContaining("as_of").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> catalog.description("nothing"))
                .isInstanceOf(DerivationException.class).hasMessageContaining("known: observation");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        java.util.Map<String, String> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
