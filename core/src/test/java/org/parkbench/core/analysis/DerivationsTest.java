package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parkbench.core.analysis.Facts.obs;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

class DerivationsTest {
    @Nested
    class JobsPerKm2 {
        @Test
        void dividesDirectJobsByAreaAndWritesTheFormulaOut() {
            Observation exactJobs = obs(Facts.TEDA, Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, "2024-04", "xinhua-2024");

            DerivedValue v = Derivations.jobsPerKm2(exactJobs, Facts.TEDA_AREA_2016);

            // 7.34 × 1226 = 8998.84; the remaining 1.16 ÷ 7.34 ≈ 0.158
            assertThat(v.value()).isCloseTo(1226.158, within(0.001));
            assertThat(v.unit()).isEqualTo("jobs/km²");
            assertThat(v.formula()).isEqualTo("9,000 direct jobs ÷ 7.34 km² = 1226.2 jobs/km²");
            assertThat(v.inputs()).containsExactly(exactJobs, Facts.TEDA_AREA_2016);
            assertThat(v.derived()).isTrue();
            assertThat(v.provenance()).isEqualTo("derived");
            assertThat(v.sources()).containsExactly("xinhua-2024", "cctv-2016");
        }

        @Test
        void moreThanSoManyJobsGiveMoreThanSoManyPerKm2() {
            DerivedValue v = Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2016);

            assertThat(v.qualifier()).isEqualTo(Qualifier.OVER);
            assertThat(v.formula()).isEqualTo("more than 9,000 direct jobs ÷ 7.34 km² = more than 1226.2 jobs/km²");
            assertThat(v.text()).isEqualTo("more than 1226.2 jobs/km²");
        }

        @Test
        void convertsHectaresToKm2() {
            DerivedValue v = Derivations.jobsPerKm2(Facts.HAIER_JOBS, Facts.HAIER_AREA_HA);

            // 33 ha = 0.33 km²; 3800 ÷ 0.33 ≈ 11515
            assertThat(v.value()).isCloseTo(3800 / 0.33, within(1e-6));
            assertThat(v.formula()).contains("÷ 0.33 km² (33 ha)");
        }

        @Test
        void aboutSoManyJobsGiveAboutSoManyPerKm2() {
            DerivedValue v = Derivations.jobsPerKm2(Facts.SSEZ_JOBS_2023, Facts.SSEZ_AREA);

            // findings §9: SSEZ ≈ 30,000 ÷ 11.13 ≈ 2,700
            assertThat(v.value()).isCloseTo(2695.4, within(0.1));
            assertThat(v.qualifier()).isEqualTo(Qualifier.ABOUT);
            assertThat(v.formula()).contains(" ≈ ");
        }

        @Test
        void aZeroAreaIsAClearError() {
            Observation zero = obs(Facts.TEDA, Indicator.AREA, 0, Unit.KM2, "2016", "cctv-2016");

            assertThatThrownBy(() -> Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, zero))
                    .isInstanceOf(DerivationException.class)
                    .hasMessageContaining("0 km²").hasMessageContaining("suez-teda-zone").hasMessageContaining("cctv-2016");
        }

        @Test
        void inducedJobsAreRefused() {
            assertThatThrownBy(() -> Derivations.jobsPerKm2(Facts.TEDA_INDUCED_2024_04, Facts.TEDA_AREA_2016))
                    .isInstanceOf(DerivationException.class)
                    .hasMessageContaining("expected jobs-direct, got jobs-induced");
        }

        @Test
        void figuresOfTwoParksAreRefused() {
            assertThatThrownBy(() -> Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, Facts.SSEZ_AREA))
                    .isInstanceOf(DerivationException.class)
                    .hasMessageContaining("different parks");
        }

        @Test
        void theSecondArgumentMustBeAnArea() {
            assertThatThrownBy(() -> Derivations.jobsPerKm2(Facts.TEDA_JOBS_2024_04, Facts.TEDA_JOBS_2024_08))
                    .isInstanceOf(DerivationException.class)
                    .hasMessageContaining("expected area or area-planned");
        }
    }

    @Nested
    class Investment {
        @Test
        void perKm2KeepsTheInvestmentUnit() {
            DerivedValue v = Derivations.investmentPerKm2(Facts.TEDA_INVESTMENT_2024_04, Facts.TEDA_AREA_2016);

            // findings §9: TEDA ≈ USD 3.0 bn ÷ 7.34 km² ≈ USD 0.41 bn/km²
            assertThat(v.value()).isCloseTo(3 / 7.34, within(1e-9));
            assertThat(v.unit()).isEqualTo("USD bn/km²");
            assertThat(v.formula()).isEqualTo("more than USD 3 bn ÷ 7.34 km² = more than USD 0.40872 bn/km²");
        }

        @Test
        void perEnterpriseIsInMillions() {
            DerivedValue v = Derivations.investmentPerEnterprise(Facts.TEDA_INVESTMENT_2025_09, Facts.TEDA_ENTERPRISES_2025_09);

            // USD 3 bn = USD 3000 m; ÷ 200 = USD 15 m
            assertThat(v.value()).isCloseTo(15, within(1e-9));
            assertThat(v.unit()).isEqualTo("USD m per enterprise");
            assertThat(v.qualifier()).as("more than ÷ about is only about").isEqualTo(Qualifier.ABOUT);
            assertThat(v.formula()).isEqualTo("more than USD 3 bn (= USD 3000 m) ÷ about 200 enterprises ≈ USD 15 m per enterprise");
        }

        @Test
        void zeroEnterprisesIsAClearError() {
            Observation none = obs(Facts.TEDA, Indicator.ENTERPRISES, 0, Unit.COUNT, "2008", "some-source");

            assertThatThrownBy(() -> Derivations.investmentPerEnterprise(Facts.TEDA_INVESTMENT_2024_04, none))
                    .isInstanceOf(DerivationException.class).hasMessageContaining("0 enterprises");
        }

        @Test
        void jobsAreNotInvestment() {
            assertThatThrownBy(() -> Derivations.investmentPerKm2(Facts.TEDA_JOBS_2024_04, Facts.TEDA_AREA_2016))
                    .isInstanceOf(DerivationException.class).hasMessageContaining("expected investment or investment-planned");
        }
    }

    @Nested
    class Bounds {
        @Test
        void aRatioIsBoundedTheWayItsPartsAre() {
            assertThat(Derivations.ratioBound(Qualifier.EXACT, Qualifier.EXACT)).isEqualTo(Qualifier.EXACT);
            assertThat(Derivations.ratioBound(Qualifier.OVER, Qualifier.EXACT)).isEqualTo(Qualifier.OVER);
            assertThat(Derivations.ratioBound(Qualifier.EXACT, Qualifier.OVER)).isEqualTo(Qualifier.UNDER);
            assertThat(Derivations.ratioBound(Qualifier.OVER, Qualifier.UNDER)).isEqualTo(Qualifier.OVER);
            assertThat(Derivations.ratioBound(Qualifier.UNDER, Qualifier.OVER)).isEqualTo(Qualifier.UNDER);
            assertThat(Derivations.ratioBound(Qualifier.ABOUT, Qualifier.EXACT)).isEqualTo(Qualifier.ABOUT);
        }

        @Test
        void everyBoundPropagatesHonestly() {
            assertThat(Derivations.ratioBound(Qualifier.AT_LEAST, Qualifier.EXACT)).isEqualTo(Qualifier.AT_LEAST);
            assertThat(Derivations.ratioBound(Qualifier.UP_TO, Qualifier.EXACT)).isEqualTo(Qualifier.UP_TO);
            assertThat(Derivations.ratioBound(Qualifier.AT_MOST, Qualifier.EXACT)).isEqualTo(Qualifier.AT_MOST);
            assertThat(Derivations.ratioBound(Qualifier.EXACT, Qualifier.AT_LEAST)).isEqualTo(Qualifier.AT_MOST);
            assertThat(Derivations.ratioBound(Qualifier.EXACT, Qualifier.UP_TO)).isEqualTo(Qualifier.AT_LEAST);
            assertThat(Derivations.ratioBound(Qualifier.EXACT, Qualifier.UNDER)).isEqualTo(Qualifier.OVER);
            assertThat(Derivations.ratioBound(Qualifier.AT_LEAST, Qualifier.AT_MOST)).isEqualTo(Qualifier.AT_LEAST);
            assertThat(Derivations.ratioBound(Qualifier.AT_LEAST, Qualifier.UNDER)).isEqualTo(Qualifier.OVER);
            assertThat(Derivations.ratioBound(Qualifier.UP_TO, Qualifier.OVER)).isEqualTo(Qualifier.UNDER);
        }

        @Test
        void boundsPullingTheSameWayAndRangesAreRefused() {
            assertThatThrownBy(() -> Derivations.ratioBound(Qualifier.OVER, Qualifier.OVER))
                    .isInstanceOf(DerivationException.class).hasMessageContaining("bounds nothing");
            assertThatThrownBy(() -> Derivations.ratioBound(Qualifier.UP_TO, Qualifier.AT_MOST))
                    .isInstanceOf(DerivationException.class).hasMessageContaining("bounds nothing");
            assertThatThrownBy(() -> Derivations.ratioBound(Qualifier.RANGE, Qualifier.EXACT))
                    .isInstanceOf(DerivationException.class).hasMessageContaining("range");
        }
    }

    @Test
    void aReportedObservationSaysItIsNotDerived() {
        DerivedValue v = DerivedValue.reported(Facts.TEDA_AREA_2016);

        assertThat(v.derived()).isFalse();
        assertThat(v.provenance()).isEqualTo("reported");
        assertThat(v.value()).isEqualTo(7.34);
        assertThat(v.formula()).isEqualTo("reported: 7.34 km² (area, as of 2016, source cctv-2016)");
    }

    @Test
    void aDerivedValueMustBeFinite() {
        assertThatThrownBy(() -> new DerivedValue("broken", Double.NaN, "%", "0 ÷ 0", java.util.List.of()))
                .isInstanceOf(DerivationException.class).hasMessageContaining("broken");
    }
}
