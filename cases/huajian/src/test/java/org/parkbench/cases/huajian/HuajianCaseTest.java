package org.parkbench.cases.huajian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;

/** Huajian's Dukem factory and Lebu city stay two parks with their own dates and figures, as the sources report them. */
class HuajianCaseTest {
    private static CaseStudy huajian;

    @BeforeAll
    static void load() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new HuajianCase()));
        assertThat(loaded.errors()).isEmpty();
        huajian = loaded.value();
    }

    @Test
    void dukemAndLebuAreDifferentParks() {
        assertThat(huajian.parks()).extracting(Park::id).containsExactlyInAnyOrder("huajian-dukem", "huajian-lebu");
        assertThat(huajian.observations()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void dukemStartedProductionIn2012WhileLebuBrokeGroundIn2015() {
        assertThat(huajian.events("huajian-dukem")).anySatisfy(e -> assertThat(e.date()).isEqualTo(PartialDate.parse("2012-01-05")));
        assertThat(huajian.events("huajian-lebu")).anySatisfy(e -> assertThat(e.date().year()).isEqualTo(2015));
    }

    @Test
    void theFourLebuLandFiguresStandSideBySide() {
        assertThat(huajian.observations("huajian-lebu", Indicator.AREA_PLANNED)).extracting(Observation::value)
                .contains(320.0, 138.0, 137.8, 126.0);
        assertThat(huajian.observations("huajian-lebu", Indicator.AREA_PLANNED).stream().map(Observation::source).distinct())
                .hasSize(4);
    }

    @Test
    void theThreeBillionYuanBelongToLebuNotToTheFactory() {
        assertThat(huajian.observations("huajian-lebu", Indicator.INVESTMENT_PLANNED)).anySatisfy(o -> {
            assertThat(o.value()).isEqualTo(3.2);
            assertThat(o.unit().word()).isEqualTo("cny-bn");
        });
        assertThat(huajian.observations("huajian-dukem", Indicator.INVESTMENT_PLANNED)).isEmpty();
    }
}
