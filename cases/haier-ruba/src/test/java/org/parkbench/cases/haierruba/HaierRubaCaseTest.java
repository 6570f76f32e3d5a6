package org.parkbench.cases.haierruba;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Stake;

/** Haier–Ruba: the paper's 55:45 joint venture, kept as reported, and the two capacity figures kept apart. */
class HaierRubaCaseTest {
    private static final String PARK = "haier-ruba-zone";
    private static CaseStudy haierRuba;

    @BeforeAll
    static void load() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new HaierRubaCase()));
        assertThat(loaded.errors()).isEmpty();
        haierRuba = loaded.value();
    }

    @Test
    void hasAtLeastFiveDatedObservations() {
        assertThat(haierRuba.observations()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theJointVentureIsFiftyFiveToFortyFivePerThePaper() {
        assertThat(haierRuba.stakes(PARK)).filteredOn(s -> s.share().isPresent())
                .extracting(Stake::sharePercent).containsExactlyInAnyOrder(55.0, 45.0);
        assertThat(haierRuba.stakes(PARK)).filteredOn(s -> s.share().isPresent())
                .allSatisfy(s -> assertThat(s.note()).containsIgnoringCase("paper"));
    }

    @Test
    void bothCapacityFiguresAreKept() {
        assertThat(haierRuba.observations(PARK, Indicator.CAPACITY)).extracting(Observation::value)
                .contains(1_600_000.0, 3_000_000.0);
    }
}
