package org.parkbench.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/**
 * Figures of the shipped data as a Chinese reader gets them, with the paper's 万 and 亿: the paper's
 * USD 18.55 bn (185.5 亿美元), Xinhua's "more than 9,000" direct jobs at Suez TEDA, the "about
 * 70,000" induced jobs, the 30,000–50,000 jobs Huajian targets, the 7.34 km² of Suez's first phase.
 */
class ChineseQuantityFormatTest {
    private static final QuantityFormat ZH = QuantityFormat.forLanguage(Language.ZH);

    @Test
    void theIssuesExamplesAreWrittenAsAChineseLecturerWritesThem() {
        assertThat(ZH.amount(18.55, Unit.USD_BN)).isEqualTo("185.5 亿美元");
        assertThat(ZH.amount(7.34, Unit.KM2)).isEqualTo("7.34 平方公里");
        assertThat(ZH.stated(9000, Unit.PERSONS, Qualifier.OVER)).isEqualTo("超过 9,000 人");
        assertThat(ZH.stated(70000, Unit.PERSONS, Qualifier.ABOUT)).isEqualTo("约 7 万人");
        assertThat(ZH.figure(30000, 50000.0, Unit.PERSONS, Qualifier.RANGE, null)).isEqualTo("3万–5万人");
        assertThat(ZH.date(PartialDate.parse("2016-12"))).isEqualTo("2016年12月");
    }

    @Test
    void moneyIsSaidIn万And亿WithoutLosingADigit() {
        assertThat(ZH.amount(35, Unit.USD_M)).isEqualTo("3,500 万美元");
        assertThat(ZH.amount(300, Unit.USD_M)).isEqualTo("3 亿美元");
        assertThat(ZH.amount(0.5, Unit.USD_M)).isEqualTo("50 万美元");
        assertThat(ZH.amount(1.234, Unit.USD_BN)).isEqualTo("12.34 亿美元");
        assertThat(ZH.amount(70, Unit.PKR_BN)).isEqualTo("700 亿巴基斯坦卢比");
        assertThat(ZH.amount(2.3, Unit.CNY_BN)).isEqualTo("23 亿元");
        assertThat(ZH.figure(1, 2.0, Unit.USD_BN, Qualifier.RANGE, null)).isEqualTo("10亿–20亿美元");
        assertThat(ZH.stated(600, Unit.USD_M, Qualifier.ABOUT)).isEqualTo("约 6 亿美元");
    }

    @Test
    void everyQualifierReadsAsChinese() {
        assertThat(ZH.stated(9000, Unit.PERSONS, Qualifier.AT_LEAST)).isEqualTo("至少 9,000 人");
        assertThat(ZH.stated(40000, Unit.PERSONS, Qualifier.UP_TO)).isEqualTo("最多 4 万人");
        assertThat(ZH.stated(40000, Unit.PERSONS, Qualifier.AT_MOST)).isEqualTo("至多 4 万人");
        assertThat(ZH.stated(7.34, Unit.KM2, Qualifier.UNDER)).isEqualTo("不足 7.34 平方公里");
        assertThat(ZH.stated(1082, Unit.COUNT, Qualifier.EXACT)).isEqualTo("1,082");
        assertThat(ZH.relation(Qualifier.OVER)).isEqualTo("= 超过");
        assertThat(ZH.relation(Qualifier.ABOUT)).isEqualTo("≈");
    }

    @Test
    void countsAreNamedWithTheirMeasureWord() {
        assertThat(ZH.described(observation(Indicator.JOBS_DIRECT, 9000, null, Unit.PERSONS, Qualifier.OVER, null)))
                .isEqualTo("超过 9,000 个直接就业岗位");
        assertThat(ZH.described(observation(Indicator.ENTERPRISES, 1082, null, Unit.COUNT, Qualifier.EXACT, null)))
                .isEqualTo("1,082 家企业");
        assertThat(ZH.described(observation(Indicator.JOBS_TARGET, 30000, 50000.0, Unit.PERSONS, Qualifier.RANGE,
                ObservationKind.TARGET))).isEqualTo("目标：3万–5万个就业岗位");
        assertThat(ZH.stated(observation(Indicator.INVESTMENT_PLANNED, 3, null, Unit.USD_BN, Qualifier.EXACT,
                ObservationKind.PLAN))).isEqualTo("规划：30 亿美元");
    }

    @Test
    void aNumberAlreadyWrittenKeepsItsDigitsSoAnAnswerIsTheSameInBothLanguages() {
        assertThat(ZH.withUnit("1226.2", "jobs/km²")).isEqualTo("1226.2 个岗位/平方公里");
        assertThat(ZH.withUnit("18.55", "USD bn")).isEqualTo("18.55 十亿美元");
        assertThat(ZH.withUnit("72.72", "%")).isEqualTo("72.72%");
        assertThat(ZH.withUnit("4.2", "% a year")).isEqualTo("4.2 %/年");
        assertThat(ZH.quantity("18.55", Unit.USD_BN, null)).isEqualTo("18.55 十亿美元");
        assertThat(ZH.unitLabel("USD m per enterprise")).isEqualTo("百万美元/家企业");
        assertThat(ZH.unitLabel("widgets")).as("an unknown label is kept").isEqualTo("widgets");
        assertThat(ZH.percent(72.72)).isEqualTo("72.72%");
    }

    @Test
    void englishIsAsBefore() {
        QuantityFormat en = QuantityFormat.forLanguage(Language.EN);
        assertThat(en).isSameAs(QuantityFormat.english());
        assertThat(en.date(PartialDate.parse("2016-12"))).isEqualTo("2016-12");
        assertThat(en.unitLabel("jobs/km²")).isEqualTo("jobs/km²");
        assertThat(en.described(observation(Indicator.JOBS_TARGET, 30000, 50000.0, Unit.PERSONS, Qualifier.RANGE,
                ObservationKind.TARGET))).isEqualTo("target: 30,000–50,000 jobs");
    }

    @Test
    void coresBundleHasTheSameKeysInBothLanguages() {
        Set<String> en = new TreeSet<>(Messages.load(getClass().getClassLoader(), QuantityFormat.BUNDLE, Language.EN).keys());
        Set<String> zh = new TreeSet<>(Messages.load(getClass().getClassLoader(), QuantityFormat.BUNDLE, Language.ZH).keys());
        assertThat(zh).isEqualTo(en);
    }

    private static Observation observation(Indicator indicator, double value, Double high, Unit unit, Qualifier qualifier,
                                           ObservationKind kind) {
        return new Observation("p", indicator, value, high, unit, qualifier, kind, null, PartialDate.parse("2016"), "s", "",
                Origin.UNKNOWN);
    }
}
