package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Unit;

class RatioPairingRuleTest {
    private static final RatioPairingRule RULE = RatioPairingRule.STANDARD;
    private static final Map<String, Source> SOURCES = Map.of(
            "xinhua-2024", source("xinhua-2024", "Xinhua", "2024", Confidence.HIGH),
            "cctv-2016", source("cctv-2016", "CCTV", "2016", Confidence.MEDIUM),
            "xinhua-2018", source("xinhua-2018", "Xinhua", "2018", Confidence.HIGH),
            "hkcd-2025", source("hkcd-2025", "HKCD", "2025", Confidence.HIGH),
            "blog-2006", source("blog-2006", "Pakistan Economist", "2006", Confidence.LOW));
    private static final Function<String, Optional<Source>> LOOKUP = k -> Optional.ofNullable(SOURCES.get(k));

    // Suez TEDA: more than 9,000 direct jobs (Xinhua, April 2024); total area 7.34 km² (CCTV 2016, HKCD July 2025), 7.23 km² (Xinhua 2018).
    private static final Observation JOBS_2024 = obs(Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, "2024-04", "xinhua-2024", ObservationScope.ZONE);
    private static final Observation AREA_2016 = obs(Indicator.AREA, 7.34, Unit.KM2, "2016", "cctv-2016", ObservationScope.ZONE);
    private static final Observation AREA_2018 = obs(Indicator.AREA, 7.23, Unit.KM2, "2018", "xinhua-2018", ObservationScope.ZONE);
    private static final Observation AREA_2025 = obs(Indicator.AREA, 7.34, Unit.KM2, "2025-07", "hkcd-2025", ObservationScope.ZONE);

    private static Source source(String key, String publisher, String year, Confidence confidence) {
        return new Source(key, "", "A report", publisher, year, "", "", confidence, "", Origin.UNKNOWN);
    }

    private static Observation obs(Indicator indicator, double value, Unit unit, String asOf, String source, ObservationScope scope) {
        return new Observation("suez-teda-zone", indicator, value, null, unit, Qualifier.EXACT, ObservationKind.OUTCOME, scope,
                PartialDate.parse(asOf), source, "", Origin.UNKNOWN);
    }

    @Test
    void datesMoreThanTwoYearsApartAreNotPaired() {
        assertThat(RULE.maxGapYears()).isEqualTo(2);
        assertThat(RULE.refusal(JOBS_2024, AREA_2018, LOOKUP)).contains("the dates are 6 years apart (the rule allows 2)");
        assertThat(RULE.refusal(JOBS_2024, AREA_2025, LOOKUP)).isEmpty();
        Observation area2022 = obs(Indicator.AREA, 7.34, Unit.KM2, "2022-12", "hkcd-2025", ObservationScope.ZONE);
        assertThat(RULE.refusal(JOBS_2024, area2022, LOOKUP)).as("2022 and 2024 are two years apart: allowed").isEmpty();
        assertThat(RULE.withMaxGapYears(1).refusal(JOBS_2024, area2022, LOOKUP))
                .contains("the dates are 2 years apart (the rule allows 1)");
    }

    @Test
    void theDevelopersOwnFigureIsNotDividedByTheZonesArea() {
        Observation developers = obs(Indicator.INVESTMENT, 200, Unit.USD_M, "2025-07", "hkcd-2025", ObservationScope.DEVELOPER);

        assertThat(RULE.refusal(developers, AREA_2025, LOOKUP))
                .contains("the investment figure is the developer's own but the area figure is zone-wide");
        Observation developersLand = obs(Indicator.AREA, 2, Unit.KM2, "2025-07", "hkcd-2025", ObservationScope.DEVELOPER);
        assertThat(RULE.refusal(developers, developersLand, LOOKUP)).as("the same scope on both sides").isEmpty();
    }

    @Test
    void aLowConfidenceSourceIsRefusedUnlessTheReaderIsTold() {
        Observation investment = obs(Indicator.INVESTMENT, 35, Unit.USD_M, "2006-12", "blog-2006", ObservationScope.ZONE);
        Observation area = obs(Indicator.AREA, 33, Unit.HA, "2006-12", "cctv-2016", ObservationScope.ZONE);

        assertThat(RULE.refusal(investment, area, LOOKUP)).contains("the source (Pakistan Economist, 2006) is of low confidence");
        RatioPairingRule told = RULE.tellingReaderOfLowConfidence();
        assertThat(told.refusal(investment, area, LOOKUP)).isEmpty();
        assertThat(told.choose(List.of(investment), List.of(area), LOOKUP).pair().orElseThrow().caution())
                .contains("the source (Pakistan Economist, 2006) is of low confidence");
        assertThat(RULE.choose(List.of(JOBS_2024), List.of(AREA_2025), LOOKUP).pair().orElseThrow().caution()).isEmpty();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        Observation investment = obs(Indicator.INVESTMENT, 35, Unit.USD_M, "2006-12", "blog-2006", ObservationScope.DEVELOPER);

        assertThat(RULE.refusal(investment, AREA_2016, LOOKUP).orElseThrow())
                .isEqualTo("the investment figure is the developer's own but the area figure is zone-wide; "
                        + "the dates are 10 years apart (the rule allows 2); the source (Pakistan Economist, 2006) is of low confidence");
    }

    @Test
    void theClosestDatedAdmissiblePairIsChosenNotTheLatestArea() {
        Observation jobs2016 = obs(Indicator.JOBS_DIRECT, 2000, Unit.PERSONS, "2016-01", "cctv-2016", ObservationScope.ZONE);

        RatioPairingRule.Choice forJobs2024 = RULE.choose(List.of(JOBS_2024), List.of(AREA_2016, AREA_2018, AREA_2025), LOOKUP);
        assertThat(forJobs2024.pair().orElseThrow().denominator()).isEqualTo(AREA_2025);
        assertThat(forJobs2024.pair().orElseThrow().gapYears()).isEqualTo(1);
        assertThat(forJobs2024.reason()).isEmpty();

        RatioPairingRule.Choice forJobs2016 = RULE.choose(List.of(jobs2016), List.of(AREA_2016, AREA_2018, AREA_2025), LOOKUP);
        assertThat(forJobs2016.pair().orElseThrow().denominator()).isEqualTo(AREA_2016);
        assertThat(forJobs2016.refused()).extracting(RatioPairingRule.Refusal::denominator).containsExactly(AREA_2025);

        RatioPairingRule.Choice both = RULE.choose(List.of(jobs2016, JOBS_2024), List.of(AREA_2016, AREA_2025), LOOKUP);
        assertThat(both.pair().orElseThrow().numerator()).as("2016-01 with 2016 is 0.46 years apart, 2024-04 with 2025-07 1.25")
                .isEqualTo(jobs2016);
    }

    @Test
    void withNoAdmissiblePairTheClosestRefusalSaysWhy() {
        RatioPairingRule.Choice choice = RULE.choose(List.of(JOBS_2024), List.of(AREA_2016, AREA_2018), LOOKUP);

        assertThat(choice.pair()).isEmpty();
        assertThat(choice.reason()).contains("the dates are 6 years apart (the rule allows 2)");
        assertThat(choice.refused()).extracting(RatioPairingRule.Refusal::denominator).containsExactly(AREA_2018, AREA_2016);
        assertThat(RULE.choose(List.of(JOBS_2024), List.of(), LOOKUP).reason()).contains("no pair of figures to divide");
    }

    @Test
    void aPlannedAreaIsNotADenominator() {
        // Sihanoukville SEZ: the first phase of 5.28 km² is the 2008 plan (Sina 2008), not land in use.
        Observation jobs = new Observation("sihanoukville-sez", Indicator.JOBS_DIRECT, 3000, null, Unit.PERSONS, Qualifier.EXACT,
                ObservationKind.OUTCOME, ObservationScope.ZONE, PartialDate.parse("2009"), "xinhua-2018", "", Origin.UNKNOWN);
        Observation plannedPhase = new Observation("sihanoukville-sez", Indicator.AREA, 5.28, null, Unit.KM2, Qualifier.EXACT,
                ObservationKind.PLAN, ObservationScope.ZONE, PartialDate.parse("2008"), "xinhua-2018", "", Origin.UNKNOWN);

        assertThat(RULE.refusal(jobs, plannedPhase, LOOKUP)).contains("the area figure is a plan, not an outcome");
        assertThat(RULE.refusal(plannedPhase, jobs, LOOKUP)).as("nor as a numerator").isPresent();
    }

    @Test
    void theRuleDescribesItsParameters() {
        assertThat(RULE.description()).contains("outcomes (not targets or plans)", "same scope", "at most 2 years apart", "low-confidence", "closest in time");
    }
}
