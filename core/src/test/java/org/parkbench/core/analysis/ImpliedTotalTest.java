package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

/** The totals the paper's shares imply, computed here by hand and checked with tolerances. */
class ImpliedTotalTest {
    @Test
    void enterprises() {
        ImpliedTotal t = ImpliedTotal.of(Facts.ENTERPRISES_BRI);

        // 0.7109 × 1522 = 1081.99, so 1082 ÷ 0.7109 is a hair over 1522
        assertThat(t.value()).isCloseTo(1082 / 0.7109, within(1e-9)).isCloseTo(1522, within(0.05));
        assertThat(t.text()).isEqualTo("1522 enterprises");
        assertThat(t.formula()).isEqualTo("1082 enterprises ÷ 71.09 % ≈ 1522 enterprises");
    }

    @Test
    void investment() {
        ImpliedTotal t = ImpliedTotal.of(Facts.INVESTMENT_BRI);

        // 0.7668 × 24.19 ≈ 18.549, so ≈ USD 24.19 bn
        assertThat(t.value()).isCloseTo(18.55 / 0.7668, within(1e-9)).isCloseTo(24.19, within(0.005));
        assertThat(t.unit()).isEqualTo(Unit.USD_BN);
        assertThat(t.text()).isEqualTo("USD 24.191 bn");
    }

    @Test
    void output() {
        ImpliedTotal t = ImpliedTotal.of(Facts.OUTPUT_BRI);

        // 0.7213 × 70.28 ≈ 50.693, so ≈ USD 70.28 bn
        assertThat(t.value()).isCloseTo(50.69 / 0.7213, within(1e-9)).isCloseTo(70.28, within(0.005));
    }

    @Test
    void parks() {
        ImpliedTotal t = ImpliedTotal.of(Facts.PARKS_BRI);

        // 56 ÷ 0.7272 ≈ 77.008: the published 77, up to the truncated share
        assertThat(t.value()).isCloseTo(56 / 0.7272, within(1e-9)).isCloseTo(77.0, within(0.01));
        assertThat(t.text()).isEqualTo("77.008 parks");
    }

    @Test
    void asADerivedValueItIsOnlyAbout() {
        DerivedValue v = Derivations.impliedTotal(Facts.INVESTMENT_BRI);

        assertThat(v.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(v.unit()).isEqualTo("USD bn");
        assertThat(v.formula()).isEqualTo("USD 18.55 bn ÷ 76.68 % ≈ USD 24.191 bn");
        assertThat(v.inputs()).containsExactly(Facts.INVESTMENT_BRI);
        assertThat(Derivations.impliedTotal(Facts.ENTERPRISES_BRI).unit()).isEqualTo("enterprises");
    }

    @Test
    void whereThePaperPrintsTheTotalTheRecomputationChecksIt() {
        ShareCheck check = ShareCheck.of(Facts.PARKS_BRI, Facts.PARKS_ALL);

        // 56 ÷ 0.7272 = 77.0077…: the printed 77, up to the truncated share (56 ÷ 0.7273 = 76.997…)
        assertThat(check.totalCheck())
                .isEqualTo("56 parks ÷ 72.72 % = 77.008 parks, consistent with the printed 77 parks up to the truncated share");
    }

    @Test
    void aBoundImpliesNoTotal() {
        PublishedStatistic jobs = new PublishedStatistic("jobs-2019", "jobs", StatisticScope.ALL_OVERSEAS, 300000, null, Unit.PERSONS,
                Qualifier.OVER, ObservationKind.OUTCOME, PartialDate.ofYear(2019), 60.0, "", "scio-2019", "", Origin.UNKNOWN);

        assertThatThrownBy(() -> ImpliedTotal.of(jobs)).isInstanceOf(DerivationException.class)
                .hasMessageContaining("jobs-2019 implies no total: the source states it as more than 300,000 jobs");
        PublishedStatistic allJobs = new PublishedStatistic("jobs-all", "jobs", StatisticScope.ALL_OVERSEAS, 500000, Unit.PERSONS,
                PartialDate.ofYear(2019), null, "", "scio-2019", "", Origin.UNKNOWN);
        assertThatThrownBy(() -> Derivations.shareOfTotal(jobs, allJobs)).isInstanceOf(DerivationException.class)
                .hasMessageContaining("a share taken of a bound or a range is not computed");
    }

    @Test
    void aStatisticWithoutAShareImpliesNothing() {
        assertThatThrownBy(() -> ImpliedTotal.of(Facts.PARKS_ALL))
                .isInstanceOf(DerivationException.class).hasMessageContaining("parks-all reports no share");
    }
}
