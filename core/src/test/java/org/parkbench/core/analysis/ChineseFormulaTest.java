package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/** A worked solution's {{formula}} in Chinese has the same numbers as the English one, in Chinese words. */
class ChineseFormulaTest {
    @Test
    void aRatioFromALowerBoundStaysALowerBoundInChinese() {
        DerivedValue v = Derivations.jobsPerKm2(observation(Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, Qualifier.OVER, "2024-04"),
                observation(Indicator.AREA, 7.34, Unit.KM2, Qualifier.EXACT, "2024-04"));
        assertThat(v.formula()).isEqualTo("more than 9,000 direct jobs ÷ 7.34 km² = more than 1226.2 jobs/km²");
        assertThat(v.formula(Language.ZH)).isEqualTo("超过 9,000 个直接就业岗位 ÷ 7.34 平方公里 = 超过 1226.2 个岗位/平方公里");
        assertThat(v.text(Language.ZH)).isEqualTo("超过 1226.2 个岗位/平方公里");
        assertThat(v.unit(Language.ZH)).isEqualTo("个岗位/平方公里");
    }

    @Test
    void growthIsWorkedInChineseWithChineseDates() {
        Growth g = Derivations.growth(observation(Indicator.JOBS_DIRECT, 2000, Unit.PERSONS, Qualifier.EXACT, "2016"),
                observation(Indicator.JOBS_DIRECT, 4000, Unit.PERSONS, Qualifier.EXACT, "2019"));
        assertThat(g.relativeValue().formula(Language.ZH))
                .isEqualTo("从2,000 个直接就业岗位（2016年）到4,000 个直接就业岗位（2019年）：（后值 ÷ 前值 − 1）× 100 = +100%");
        assertThat(g.relativeValue().formula()).isEqualTo(
                "from 2,000 direct jobs (2016) to 4,000 direct jobs (2019): (later ÷ earlier − 1) × 100 = +100 %");
    }

    @Test
    void everyLanguageHasAFormulaAndNoneIsTheEnglishOne() {
        DerivedValue v = Derivations.investmentPerEnterprise(observation(Indicator.INVESTMENT, 1.5, Unit.USD_BN, Qualifier.EXACT, "2019"),
                observation(Indicator.ENTERPRISES, 100, Unit.COUNT, Qualifier.EXACT, "2019"));
        assertThat(v.formulas()).containsOnlyKeys(List.of(Language.values()));
        assertThat(v.formula(Language.ZH)).isNotEqualTo(v.formula()).contains("15 亿美元").endsWith("15 百万美元/家企业");
    }

    private static Observation observation(Indicator indicator, double value, Unit unit, Qualifier qualifier, String asOf) {
        return new Observation("p", indicator, value, null, unit, qualifier, ObservationKind.OUTCOME, null, PartialDate.parse(asOf),
                "s", "", Origin.UNKNOWN);
    }
}
