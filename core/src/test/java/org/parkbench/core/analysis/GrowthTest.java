package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parkbench.core.analysis.Facts.obs;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

class GrowthTest {
    @Test
    void sihanoukvilleJobsFrom2013To2023() {
        Growth g = Derivations.growth(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2023);

        assertThat(g.absolute()).isEqualTo(21000);
        // 30000 / 9000 = 10/3, so +233.3 %
        assertThat(g.relativePercent()).isCloseTo(700.0 / 3, within(1e-9));
        // two year-only dates are both placed mid-year: 10 years apart
        assertThat(g.years()).isCloseTo(10, within(1e-12));
        // ln(10/3) ≈ 1.20397; / 10 ≈ 0.120397; e^0.120397 ≈ 1.12795 → ≈ 12.795 % a year
        assertThat(g.compoundAnnualPercent()).isCloseTo(12.795, within(0.001));
        assertThat(g.formula()).startsWith("from 9,000 direct jobs (2013) to about 30,000 direct jobs (2023): +21000 direct jobs, +233.33 %");
    }

    @Test
    void theAnnualRateCompoundsBackToTheLaterValue() {
        Growth g = Derivations.growth(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2023);

        double compounded = 9000 * Math.pow(1 + g.compoundAnnualPercent() / 100, 10);
        assertThat(compounded).isCloseTo(30000, within(1e-6));
    }

    @Test
    void datesOfDifferentPrecisionUseTheirMiddles() {
        Observation jobs2017 = obs(Facts.SSEZ, Indicator.JOBS_DIRECT, 16000, Unit.PERSONS, "2017-06", "xinhua-2017");

        Growth g = Derivations.growth(Facts.SSEZ_JOBS_2013, jobs2017);

        // mid-2013 = 2013.5; mid-June 2017 = 2017 + 5.5/12
        assertThat(g.years()).isCloseTo(2017 + 5.5 / 12 - 2013.5, within(1e-12));
    }

    @Test
    void convertibleUnitsAreConvertedIntoTheEarlierOne() {
        Observation earlier = obs(Facts.SSEZ, Indicator.AREA, 100, Unit.HA, "2010", "a");
        Observation later = obs(Facts.SSEZ, Indicator.AREA, 2, Unit.KM2, "2020", "b");

        Growth g = Derivations.growth(earlier, later);

        // 2 km² = 200 ha
        assertThat(g.absolute()).isCloseTo(100, within(1e-9));
        assertThat(g.relativePercent()).isCloseTo(100, within(1e-9));
        assertThat(g.absoluteValue().unit()).isEqualTo("ha");
        assertThat(g.formula()).contains("2 km² (= 200 ha)");
    }

    @Test
    void derivedValuesCarryTheFormulaAndBothInputs() {
        Growth g = Derivations.growth(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2023);

        DerivedValue annual = g.annualValue();
        assertThat(annual.unit()).isEqualTo("% a year");
        assertThat(annual.inputs()).containsExactly(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2023);
        assertThat(annual.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(g.relativeValue().unit()).isEqualTo("%");
        assertThat(g.absoluteValue().unit()).isEqualTo("direct jobs");
    }

    @Test
    void currenciesAreNeverConverted() {
        Observation usd = obs(Facts.SIP, Indicator.GDP, 32.5, Unit.USD_BN, "2014", "xinhua-2015");
        Observation cny = obs(Facts.SIP, Indicator.GDP, 368.6, Unit.CNY_BN, "2023", "sipac-2024");

        assertThatThrownBy(() -> Derivations.growth(usd, cny))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("cannot compare cny-bn with usd-bn")
                .hasMessageContaining("currencies are never converted");
    }

    @Test
    void directAndInducedJobsAreNotOneSeries() {
        assertThatThrownBy(() -> Derivations.growth(Facts.TEDA_JOBS_2024_04, obs(Facts.TEDA, Indicator.JOBS_INDUCED, 70000,
                Unit.PERSONS, "2025", "x")))
                .isInstanceOf(DerivationException.class).hasMessageContaining("jobs-direct").hasMessageContaining("jobs-induced");
    }

    @Test
    void theLaterFigureMustBeLater() {
        assertThatThrownBy(() -> Derivations.growth(Facts.SSEZ_JOBS_2023, Facts.SSEZ_JOBS_2013))
                .isInstanceOf(DerivationException.class).hasMessageContaining("must be dated after");
        assertThatThrownBy(() -> Derivations.growth(Facts.SSEZ_JOBS_2013, Facts.SSEZ_JOBS_2013))
                .isInstanceOf(DerivationException.class);
    }

    @Test
    void growthFromZeroHasNoRate() {
        Observation zero = obs(Facts.SSEZ, Indicator.ENTERPRISES, 0, Unit.COUNT, "2008", "a");
        Observation later = obs(Facts.SSEZ, Indicator.ENTERPRISES, 54, Unit.COUNT, "2013", "b");

        assertThatThrownBy(() -> Derivations.growth(zero, later))
                .isInstanceOf(DerivationException.class).hasMessageContaining("growth from 0");
    }

    @Test
    void aDeclineIsNegative() {
        Observation earlier = obs(Facts.HAIER, Indicator.CAPACITY, 4, Unit.UNITS_PER_YEAR, "2010", "a");
        Observation later = obs(Facts.HAIER, Indicator.CAPACITY, 1, Unit.UNITS_PER_YEAR, "2012", "b");

        Growth g = Derivations.growth(earlier, later);

        assertThat(g.absolute()).isEqualTo(-3);
        assertThat(g.relativePercent()).isCloseTo(-75, within(1e-9));
        // a quarter in two years: half a year each year
        assertThat(g.compoundAnnualPercent()).isCloseTo(-50, within(1e-9));
        assertThat(g.formula()).contains("−3 units/yr").contains("−75 %").contains("−50 % a year");
    }
}
