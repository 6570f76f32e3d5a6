package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Qualifier;
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
    void aStatisticWithoutAShareImpliesNothing() {
        assertThatThrownBy(() -> ImpliedTotal.of(Facts.PARKS_ALL))
                .isInstanceOf(DerivationException.class).hasMessageContaining("parks-all reports no share");
    }
}
