package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parkbench.core.analysis.Facts.statistic;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

class ShareCheckTest {
    @Test
    void thePapersParkShareWasTruncatedNotRounded() {
        ShareCheck check = ShareCheck.of(Facts.PARKS_BRI, Facts.PARKS_ALL);

        // 56/77 = 0.727272…: rounded to two decimals that is 72.73, cut off it is 72.72
        assertThat(check.recomputedPercent()).isCloseTo(5600.0 / 77, within(1e-12));
        assertThat(check.reportedPercent()).isEqualTo(72.72);
        assertThat(check.agreement()).isEqualTo(Agreement.TRUNCATED);
        assertThat(check.sentence()).isEqualTo("56/77 = 72.727…%, reported as 72.72 % (truncated, not rounded)");
    }

    @Test
    void aShareThatRoundsCorrectlyAgrees() {
        // 1082/1522 = 71.0907…, which rounds (and cuts) to 71.09
        PublishedStatistic total = statistic("enterprises-all", "enterprises", StatisticScope.ALL_OVERSEAS, 1522, Unit.COUNT, null, null);
        PublishedStatistic part = statistic("enterprises-bri", "enterprises", StatisticScope.BELT_AND_ROAD, 1082, Unit.COUNT, 71.09, "enterprises-all");

        ShareCheck check = ShareCheck.of(part, total);

        assertThat(check.agreement()).isEqualTo(Agreement.ROUNDED);
        assertThat(check.sentence()).isEqualTo("1082/1522 = 71.090…%, reported as 71.09 % (rounded: agrees)");
    }

    @Test
    void aShareNeitherRoundedNorTruncatedButNearIsClose() {
        PublishedStatistic part = statistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 56, Unit.COUNT, 72.76, "parks-all");

        ShareCheck check = ShareCheck.of(part, Facts.PARKS_ALL);

        // 72.76 − 72.727… ≈ 0.033 points
        assertThat(check.agreement()).isEqualTo(Agreement.CLOSE);
        assertThat(check.sentence()).contains("close, within 0.05 points");
    }

    @Test
    void aShareFarFromTheCountsDisagrees() {
        PublishedStatistic part = statistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 56, Unit.COUNT, 71.2, "parks-all");

        ShareCheck check = ShareCheck.of(part, Facts.PARKS_ALL);

        assertThat(check.agreement()).isEqualTo(Agreement.DISAGREES);
        // 72.727 − 71.2 ≈ 1.527
        assertThat(check.sentence()).contains("disagrees by 1.5273 points");
    }

    @Test
    void allChecksEveryStatisticWithAShareAndAPublishedTotal() {
        assertThat(ShareCheck.all(Facts.paperStatistics()))
                .singleElement().satisfies(c -> assertThat(c.part()).isEqualTo(Facts.PARKS_BRI));
    }

    @Test
    void theShareOfTotalIsADerivedValueAtFullPrecision() {
        DerivedValue v = Derivations.shareOfTotal(Facts.PARKS_BRI, Facts.PARKS_ALL);

        assertThat(v.value()).isCloseTo(5600.0 / 77, within(1e-12));
        assertThat(v.unit()).isEqualTo("%");
        assertThat(v.formula()).isEqualTo("56 ÷ 77 = 72.727 %");
        assertThat(v.inputs()).containsExactly(Facts.PARKS_BRI, Facts.PARKS_ALL);
    }

    @Test
    void aShareOfAnotherTotalThanTheReportedOneIsRefused() {
        assertThatThrownBy(() -> Derivations.shareOfTotal(Facts.PARKS_BRI, Facts.COUNTRIES_ALL))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("reported as a share of parks-all, not of countries-all");
    }

    @Test
    void aShareAcrossUnitsThatDoNotConvertIsRefused() {
        assertThatThrownBy(() -> Derivations.shareOfTotal(Facts.INVESTMENT_BRI, Facts.PARKS_ALL))
                .isInstanceOf(DerivationException.class).hasMessageContaining("units do not convert");
    }

    @Test
    void aShareOfZeroIsRefused() {
        PublishedStatistic zero = statistic("zones-all", "zones", StatisticScope.ALL_OVERSEAS, 0, Unit.COUNT, null, null);
        PublishedStatistic part = statistic("zones-bri", "zones", StatisticScope.BELT_AND_ROAD, 0, Unit.COUNT, null, null);

        assertThatThrownBy(() -> Derivations.shareOfTotal(part, zero))
                .isInstanceOf(DerivationException.class).hasMessageContaining("is 0");
    }

    @Test
    void decimalsAreThoseThePercentWasPrintedWith() {
        assertThat(Agreement.decimals(72.72)).isEqualTo(2);
        assertThat(Agreement.decimals(71.2)).isEqualTo(1);
        assertThat(Agreement.decimals(72.0)).isZero();
    }
}
