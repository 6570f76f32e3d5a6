package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

class WithholdingTest {
    static final DerivedValue TEDA_2018 = Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2018);

    @Test
    void aComputationIsKnownByItsFactsNotByTheirValueUnitOrLine() {
        Withholding w = Withholding.builder().add(TEDA_2018, "suez-jobs-per-km2").build();

        // the same facts read from another line, the area restated in hectares: the same computation
        Observation moved = new Observation(Facts.TEDA, Indicator.AREA, 723, Unit.HA, Qualifier.EXACT, Facts.TEDA_AREA_2018.asOf(),
                Facts.TEDA_AREA_2018.source(), "", new Origin("observations.csv", 40, 1));
        assertThat(w.exercise(Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, moved))).contains("suez-jobs-per-km2");
        // another area, another source: another computation
        assertThat(w.exercise(Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2016))).isEmpty();
        assertThat(w.exercise(Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_08, Facts.TEDA_AREA_2018))).isEmpty();
        assertThat(Withholding.NONE.exercise(TEDA_2018)).isEmpty();
    }

    @Test
    void withTheAnswersAnotherValueOfTheSameParkThatWouldPassIsWithheldToo() {
        // 9000 / 7.23 = 1244.8; the exercise accepts 1245
        Withholding w = Withholding.builder().add(TEDA_2018, "suez-jobs-per-km2", v -> Math.round(v) == 1245).build();

        Observation later = Facts.obs(Facts.TEDA, Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, Qualifier.ABOUT, "2025-01", "another-report");
        assertThat(w.exercise(Derivations.jobsPerKm2(later, Facts.TEDA_AREA_2018))).contains("suez-jobs-per-km2");
        // a value that would not pass, or of another park or derivation, is not
        assertThat(w.exercise(Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_08, Facts.TEDA_AREA_2018))).isEmpty();
        assertThat(w.exercise(Derivations.jobsPerKm2(Facts.SSEZ_JOBS_2013, Facts.SSEZ_AREA))).isEmpty();
        assertThat(w.exercise(Derivations.investmentPerKm2(Facts.TEDA_INVESTMENT_2024_04, Facts.TEDA_AREA_2018))).isEmpty();
    }

    @Test
    void aReportedFigureIsAFactAndIsNeverWithheld() {
        DerivedValue reported = DerivedValue.reported(Facts.TEDA_JOBS_2024_04);
        Withholding w = Withholding.builder().add(reported, "suez-direct-jobs").build();

        assertThat(w.isEmpty()).isTrue();
        assertThat(w.exercise(reported)).isEmpty();
    }

    @Test
    void anImpliedTotalIsKnownByItsStatistic() {
        DerivedValue total = Derivations.impliedTotal(Facts.ENTERPRISES_BRI);
        Withholding w = Withholding.builder().add(total, "overview-implied-enterprises").build();

        assertThat(w.exercise(ImpliedTotal.of(Facts.ENTERPRISES_BRI).toDerivedValue())).contains("overview-implied-enterprises");
        assertThat(w.exercise(Derivations.impliedTotal(Facts.INVESTMENT_BRI))).isEmpty();
        assertThat(w.exercise(Derivations.shareOfTotal(Facts.PARKS_BRI, Facts.PARKS_ALL))).isEmpty();
    }
}
