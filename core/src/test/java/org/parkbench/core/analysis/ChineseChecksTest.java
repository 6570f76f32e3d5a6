package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.core.analysis.Facts.statistic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.TextColumns;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

/**
 * The paper's headline table and its checks as a Chinese reader gets them: the same numbers as in
 * English (56/77 = 72.727…%, printed as 72.72 %: truncated; 1082 ÷ 71.09 % ≈ 1522), in Chinese
 * words and with the percent sign written the Chinese way, and no English word left.
 */
class ChineseChecksTest {
    private static final PublishedStatistic ENTERPRISES_ALL = statistic("enterprises-all", "enterprises", StatisticScope.ALL_OVERSEAS,
            1522, Unit.COUNT, null, null);

    @Test
    void theParkShareIsCheckedInChineseWithTheSameNumbers() {
        ShareCheck check = ShareCheck.of(Facts.PARKS_BRI, Facts.PARKS_ALL);

        assertThat(check.sentence(Language.ZH)).isEqualTo("56/77 = 72.727…%，所印为 72.72%（截断，而非四舍五入）");
        // 56 ÷ 0.7272 = 77.0077…, which the printed 77 parks match up to the truncated share
        assertThat(check.totalCheck(Language.ZH)).isEqualTo("56 个园区 ÷ 72.72% = 77.008 个园区，与所印的 77 个园区相符，差别来自比重的截断");
        assertThat(check.sentence(Language.ZH) + check.totalCheck(Language.ZH)).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void everyAgreementHasItsChineseVerdict() {
        // 1082/1522 = 71.0907…: rounds to the printed 71.09
        PublishedStatistic rounded = statistic("enterprises-bri", "enterprises", StatisticScope.BELT_AND_ROAD, 1082, Unit.COUNT, 71.09,
                "enterprises-all");
        assertThat(ShareCheck.of(rounded, ENTERPRISES_ALL).sentence(Language.ZH)).isEqualTo("1082/1522 = 71.090…%，所印为 71.09%（四舍五入，一致）");
        // 72.76 is 0.033 points above 72.727…: close; 71.2 is 1.527 points below it: disagrees
        PublishedStatistic close = statistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 56, Unit.COUNT, 72.76, "parks-all");
        assertThat(ShareCheck.of(close, Facts.PARKS_ALL).sentence(Language.ZH)).endsWith("（接近，相差在 0.05 个百分点以内，但既非四舍五入也非截断）");
        PublishedStatistic far = statistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 56, Unit.COUNT, 71.2, "parks-all");
        assertThat(ShareCheck.of(far, Facts.PARKS_ALL).sentence(Language.ZH)).endsWith("（相差 1.5273 个百分点）");
        assertThat(ShareCheck.of(far, Facts.PARKS_ALL).totalCheck(Language.ZH)).endsWith("与所印的 77 个园区不符");

        assertThat(Agreement.TRUNCATED.word(Language.ZH)).isEqualTo("截断");
        assertThat(Agreement.ROUNDED.word(Language.ZH)).isEqualTo("四舍五入");
        for (Agreement a : Agreement.values()) {
            assertThat(a.word(Language.EN)).isEqualTo(a.word());
            assertThat(a.verdict(Language.EN)).isEqualTo(a.verdict());
            assertThat(a.verdict(Language.ZH)).matches("\\P{IsLatin}+");
        }
    }

    @Test
    void theImpliedTotalsAreWrittenInChinese() {
        // 1082 ÷ 0.7109 = 1522.0; USD 18.55 bn ÷ 0.7668 = USD 24.191 bn (十亿美元: a computed number keeps its digits)
        ImpliedTotal enterprises = ImpliedTotal.of(Facts.ENTERPRISES_BRI);
        ImpliedTotal investment = ImpliedTotal.of(Facts.INVESTMENT_BRI);

        assertThat(enterprises.formula(Language.ZH)).isEqualTo("1082 家企业 ÷ 71.09% ≈ 1522 家企业");
        assertThat(investment.formula(Language.ZH)).isEqualTo("18.55 十亿美元 ÷ 76.68% ≈ 24.191 十亿美元");
        assertThat(investment.text(Language.ZH)).isEqualTo("24.191 十亿美元");
        // the English forms are what they were, and a figure's formula is the same text
        assertThat(enterprises.formula(Language.EN)).isEqualTo(enterprises.formula()).isEqualTo("1082 enterprises ÷ 71.09 % ≈ 1522 enterprises");
        assertThat(investment.formula(Language.ZH)).isEqualTo(investment.toDerivedValue().formula(Language.ZH));
    }

    @Test
    void aBoundImpliesNoTotalAndSaysWhyInChinese() {
        PublishedStatistic jobs = stat("jobs", 300000, Unit.PERSONS, Qualifier.OVER, 60.0, null);

        assertThat(ImpliedTotal.refusal(jobs, Language.ZH)).hasValueSatisfying(r -> assertThat(r).startsWith("来源给出的是超过 30 万个岗位；"));
        assertThat(HeadlineTable.of(List.of(jobs)).rows().get(0).cells(Language.ZH).get(6)).startsWith("未计算：来源给出的是超过 30 万个岗位");
    }

    @Test
    void aShareOfATotalThatIsNotExactSaysSoInChinese() {
        PublishedStatistic all = stat("parks-all", 125, Unit.COUNT, Qualifier.ABOUT, null, null);
        PublishedStatistic bri = new PublishedStatistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 112, Unit.COUNT,
                PartialDate.ofYear(2022), 89.6, "parks-all", "briefing", "", Origin.UNKNOWN);
        HeadlineTable.Row r = HeadlineTable.of(List.of(all, bri)).rows().get(1);

        assertThat(r.refusal(Language.ZH)).isEqualTo("所印总数为约 125 个园区，不是可据以核对比重的确切数字");
        assertThat(r.refusal()).isEqualTo("the printed total is about 125 parks, not an exact figure to check the share against");
    }

    @Test
    void theTableHasChineseHeadingsAndRowsAlignedForATerminal() {
        HeadlineTable table = HeadlineTable.of(Facts.paperStatistics());
        HeadlineTable.Row parks = table.rows().get(1);

        assertThat(HeadlineTable.header(Language.ZH)).containsExactly("统计项", "统计范围", "数值", "报告比重", "重新计算的比重", "核对结果",
                "推算总数或核对");
        assertThat(parks.cells(Language.ZH)).containsExactly("园区", "“一带一路”沿线国家的园区", "56 个园区", "72.72%", "72.727%", "截断",
                "核对：56 个园区 ÷ 72.72% = 77.008 个园区，与所印的 77 个园区相符，差别来自比重的截断");
        assertThat(table.rows().get(4).cells(Language.ZH)).containsExactly("企业", "“一带一路”沿线国家的园区", "1,082 家企业", "71.09%",
                HeadlineTable.NONE, HeadlineTable.NONE, "1522 家企业");

        List<String> lines = table.toText(Language.ZH).lines().toList();
        assertThat(lines).hasSize(8);
        // the scope column starts at the same terminal column on every line, a Chinese character being two columns wide
        int scope = TextColumns.width(lines.get(0).substring(0, lines.get(0).indexOf("统计范围")));
        for (String line : lines.subList(1, lines.size())) {
            assertThat(TextColumns.width(line.substring(0, line.indexOf("中国全部境外园区") >= 0 ? line.indexOf("中国全部境外园区")
                    : line.indexOf("“一带一路”")))).as(line).isEqualTo(scope);
        }
        assertThat(table.toText(Language.EN)).isEqualTo(table.toText());
    }

    private static PublishedStatistic stat(String measure, double value, Unit unit, Qualifier qualifier, Double share, String shareOf) {
        return new PublishedStatistic(measure, measure.equals("parks-all") ? "parks" : measure, StatisticScope.ALL_OVERSEAS, value, null,
                unit, qualifier, ObservationKind.OUTCOME, PartialDate.ofYear(2019), share, shareOf, "briefing", "", Origin.UNKNOWN);
    }
}
