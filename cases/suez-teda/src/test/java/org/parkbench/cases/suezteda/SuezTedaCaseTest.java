package org.parkbench.cases.suezteda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.validate.DiagnosticCode;

/** Suez TEDA keeps the paper's stakes as reported (85 %, 15 % unattributed) and never mixes direct with induced jobs. */
class SuezTedaCaseTest {
    private static final String PARK = "suez-teda-zone";
    private static Loaded<CaseStudy> loaded;
    private static CaseStudy suez;

    @BeforeAll
    static void load() {
        loaded = CaseLoader.load(CaseInput.of(new SuezTedaCase()));
        assertThat(loaded.errors()).isEmpty();
        suez = loaded.value();
    }

    @Test
    void hasAtLeastEightDatedObservations() {
        assertThat(suez.observations()).filteredOn(o -> o.park().equals(PARK)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void thePapersStakesLeaveFifteenPercentUnattributed() {
        double unattributed = Derivations.unattributedRemainder(suez.stakes(PARK), PartialDate.ofYear(2009)).orElseThrow().value();
        assertThat(unattributed).isEqualTo(100 - (75 + 5 + 5));
        assertThat(loaded.warnings()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PB501);
            assertThat(d.message()).contains("15 % unattributed");
        });
    }

    @Test
    void directAndInducedJobsAreDifferentIndicators() {
        assertThat(suez.observations(PARK, Indicator.JOBS_INDUCED)).extracting(Observation::value).contains(70000.0);
        assertThat(suez.observations(PARK, Indicator.JOBS_DIRECT)).extracting(Observation::value)
                .doesNotContain(70000.0).contains(9000.0);
    }

    @Test
    void bothTotalAreasAreKept() {
        assertThat(suez.observations(PARK, Indicator.AREA)).extracting(Observation::value).contains(7.34, 7.23);
    }
}
