package org.parkbench.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parkbench.core.classify.RealisticStakes.actor;
import static org.parkbench.core.classify.RealisticStakes.park;
import static org.parkbench.core.classify.RealisticStakes.stake;
import static org.parkbench.core.model.DevelopmentModel.COMPANY_LED;
import static org.parkbench.core.model.DevelopmentModel.GOVERNMENT_DRIVEN;
import static org.parkbench.core.model.DevelopmentModel.PRIVATE_LED;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.ContextNote;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

class ClassifierTest {
    private final Classifier classifier = Classifier.standard();

    /** The five course parks: these fail when a rule or weight changes, on purpose. */
    @Nested
    class RealisticParks {
        @Test
        void suzhouIsGovernmentDrivenMixedWithCompanyLed() {
            Classification c = classifier.classify(RealisticStakes.SUZHOU, RealisticStakes.suzhou());

            assertThat(c.firedRuleIds()).containsExactly("G1", "G2", "C1");
            assertThat(c.top()).contains(GOVERNMENT_DRIVEN);
            assertThat(c.runnerUp()).contains(COMPANY_LED);
            assertThat(c.mixed()).isTrue();
            // 2 + 1 government points against 2 company points
            assertThat(c.score(GOVERNMENT_DRIVEN)).isCloseTo(3.0 / 5, within(1e-9));
            assertThat(c.score(COMPANY_LED)).isCloseTo(2.0 / 5, within(1e-9));
            assertThat(c.suggestedVariant()).contains(Variant.INTERGOVERNMENTAL);
            assertThat(c.disagrees()).isFalse();
            assertThat(c.asOf()).contains(PartialDate.parse("2005-09"));
        }

        @Test
        void suezIsCompanyLedMixedWithGovernment() {
            Classification c = classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez());

            assertThat(c.firedRuleIds()).containsExactly("G1", "G2", "C1", "C2");
            assertThat(c.top()).contains(COMPANY_LED);
            assertThat(c.runnerUp()).contains(GOVERNMENT_DRIVEN);
            assertThat(c.mixed()).isTrue();
            assertThat(c.points()).containsEntry(COMPANY_LED, 4).containsEntry(GOVERNMENT_DRIVEN, 3).containsEntry(PRIVATE_LED, 0);
            assertThat(c.score(COMPANY_LED)).isCloseTo(4.0 / 7, within(1e-9));
            assertThat(c.suggestedVariant()).contains(Variant.DOMESTIC_PARK_DEVELOPER);
            assertThat(c.context()).extracting(ContextNote::ruleId).containsExactly("F1");
            assertThat(c.disagrees()).isFalse();
        }

        @Test
        void huajianIsPrivateLedMixedWithTheInvitingGovernment() {
            Classification c = classifier.classify(RealisticStakes.HUAJIAN, RealisticStakes.huajian());

            assertThat(c.firedRuleIds()).containsExactly("G1", "P1");
            assertThat(c.top()).contains(PRIVATE_LED);
            assertThat(c.mixed()).isTrue();
            assertThat(c.score(PRIVATE_LED)).isCloseTo(3.0 / 5, within(1e-9));
            assertThat(c.suggestedVariant()).contains(Variant.SINGLE_ENTERPRISE);
        }

        @Test
        void haierRubaIsASingleLargeEnterpriseWithAHostEnterprise() {
            Classification c = classifier.classify(RealisticStakes.HAIER_RUBA, RealisticStakes.haierRuba());

            assertThat(c.firedRuleIds()).containsExactly("P1", "P2");
            assertThat(c.top()).contains(PRIVATE_LED);
            assertThat(c.mixed()).isFalse();
            assertThat(c.score(PRIVATE_LED)).isEqualTo(1.0);
            assertThat(c.suggestedVariant()).contains(Variant.SINGLE_LARGE_ENTERPRISE_HOST);
        }

        @Test
        void sihanoukvilleIsAnEnterpriseClusterWithAHostEnterprise() {
            Classification c = classifier.classify(RealisticStakes.SIHANOUKVILLE, RealisticStakes.sihanoukville());

            assertThat(c.firedRuleIds()).containsExactly("P1", "P2");
            assertThat(c.top()).contains(PRIVATE_LED);
            assertThat(c.mixed()).isFalse();
            assertThat(c.suggestedVariant()).contains(Variant.ENTERPRISE_CLUSTER_HOST);
            assertThat(c.context()).extracting(ContextNote::ruleId).containsExactly("F1");
        }

        @Test
        void haierRubaRecordedAsCoDevelopersGivesTheSameVerdict() {
            Park p = RealisticStakes.HAIER_RUBA;
            List<Stake> asDevelopers = List.of(
                    stake(p, actor("haier-group", "Haier Group", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, 55.0, "2006-11"),
                    stake(p, actor("ruba-group", "Ruba Group", ActorKind.HOST_ENTERPRISE, "PK"), Role.DEVELOPER, 45.0, "2006-11"));

            Classification c = classifier.classify(p, asDevelopers);

            assertThat(c.firedRuleIds()).containsExactly("P1", "P2");
            assertThat(c.suggestedVariant()).contains(Variant.SINGLE_LARGE_ENTERPRISE_HOST);
        }
    }

    @Nested
    class Verdicts {
        @Test
        void aDeclaredModelTheRulesDoNotSupportIsFlagged() {
            Park declaredPrivate = park("suzhou-industrial-park", "CN", PRIVATE_LED);

            Classification c = classifier.classify(declaredPrivate, RealisticStakes.suzhou());

            assertThat(c.declared()).isEqualTo(PRIVATE_LED);
            assertThat(c.disagrees()).isTrue();
            assertThat(Classifier.explain(c)).contains("flagged for discussion");
        }

        @Test
        void scoresAreSharesThatSumToOne() {
            Classification c = classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez());

            assertThat(c.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
            assertThat(c.scores()).containsOnlyKeys(DevelopmentModel.values());
        }

        @Test
        void aParkWithoutStakesHasNoVerdictAndIsNotFlagged() {
            Park p = park("empty-park", "KH", PRIVATE_LED);

            Classification c = classifier.classify(p, List.of());

            assertThat(c.determined()).isFalse();
            assertThat(c.top()).isEmpty();
            assertThat(c.mixed()).isFalse();
            assertThat(c.disagrees()).isFalse();
            assertThat(c.asOf()).isEmpty();
            assertThat(c.scores().values()).containsOnly(0.0);
            assertThat(Classifier.explain(c)).contains("No rule fired");
        }

        @Test
        void onlyContextEvidenceGivesNoVerdict() {
            Park p = park("bank-only", "KH", COMPANY_LED);
            Stake bank = stake(p, actor("bank", "A bank", ActorKind.FUND_OR_BANK, "CN"), Role.FINANCIER, null, "2010");

            Classification c = classifier.classify(p, List.of(bank));

            assertThat(c.determined()).isFalse();
            assertThat(c.context()).hasSize(1);
        }

        @Test
        void anEvenSplitKeepsTheDeclaredModelAndIsMixed() {
            // G1 (+2) against C1 (+2): a tie
            Park declaredCompany = park("tied-park", "EG", COMPANY_LED);
            Park declaredGovernment = park("tied-park", "EG", GOVERNMENT_DRIVEN);
            List<Stake> stakes = List.of(
                    stake(declaredCompany, actor("host", "Host government", ActorKind.HOST_GOVERNMENT, "EG"), Role.INITIATOR, null, "2010"),
                    stake(declaredCompany, actor("devco", "A park company", ActorKind.PARK_DEVELOPMENT_COMPANY, "EG"), Role.DEVELOPER, null, "2010"));

            Classification a = classifier.classify(declaredCompany, stakes);
            Classification b = classifier.classify(declaredGovernment, stakes);

            assertThat(a.top()).contains(COMPANY_LED);
            assertThat(b.top()).contains(GOVERNMENT_DRIVEN);
            assertThat(a.mixed()).isTrue();
            assertThat(a.disagrees()).isFalse();
            assertThat(b.disagrees()).isFalse();
        }

        @Test
        void theRunnerUpBelowHalfTheTopIsNotMixed() {
            // P1 (+3) against G3 (+1): 1 < 1.5
            Park p = park("mostly-private", "KH", PRIVATE_LED);
            List<Stake> stakes = List.of(
                    stake(p, actor("province", "A provincial government", ActorKind.LOCAL_GOVERNMENT, "CN"), Role.INITIATOR, null, "2010"),
                    stake(p, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2010"));

            Classification c = classifier.classify(p, stakes);

            assertThat(c.runnerUp()).contains(GOVERNMENT_DRIVEN);
            assertThat(c.mixed()).isFalse();
        }
    }

    @Nested
    class Periods {
        private final Park park = park("changing-park", "VN", PRIVATE_LED);
        private final List<Stake> stakes = List.of(
                stake(park, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2005", "2012"),
                stake(park, actor("devco", "A park company", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN"), Role.DEVELOPER, null, "2012"));

        @Test
        void theDateDecidesWhichStakesCount() {
            assertThat(classifier.classify(park, stakes, PartialDate.ofYear(2008)).top()).contains(PRIVATE_LED);
            assertThat(classifier.classify(park, stakes, PartialDate.ofYear(2015)).top()).contains(COMPANY_LED);
        }

        @Test
        void theDefaultDateIsTheLatestOnWhichAStakeHolds() {
            Classification c = classifier.classify(park, stakes);

            assertThat(c.asOf()).contains(PartialDate.ofYear(2012));
            assertThat(c.top()).contains(COMPANY_LED);
            assertThat(c.disagrees()).isTrue();
        }

        @Test
        void whenEveryStakeHasEndedTheDefaultIsTheStartOfTheLastHeldSet() {
            List<Stake> ended = List.of(
                    stake(park, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2005", "2012"),
                    stake(park, actor("host", "Host government", ActorKind.HOST_GOVERNMENT, "VN"), Role.INITIATOR, null, "2004", "2008"));

            assertThat(Classifier.latestDate(ended)).contains(PartialDate.ofYear(2008));
            assertThat(classifier.classify(park, ended).firedRuleIds()).containsExactly("P1");
        }

        @Test
        void stakesOfOtherParksAreIgnored() {
            Park other = park("other-park", "VN", PRIVATE_LED);
            List<Stake> mixedUp = List.of(
                    stake(other, actor("devco", "A park company", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN"), Role.DEVELOPER, null, "2010"),
                    stake(park, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2010"));

            assertThat(classifier.classify(park, mixedUp).firedRuleIds()).containsExactly("P1");
        }
    }

    @Nested
    class Explanation {
        @Test
        void namesScoresRulesActorsAndTheVerdict() {
            String text = Classifier.explain(classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez()));

            assertThat(text).contains("stakes as of 2009")
                    .contains("Park-development-company-led 57 %").contains("High-level government-driven 43 %")
                    .contains("Private-enterprise-led 0 %")
                    .contains("C2 (company-led +2)").contains("Tianjin TEDA Investment Holding")
                    .contains("75 %")
                    .contains("F1: China Eximbank")
                    .contains("mixed with High-level government-driven")
                    .contains("Declared: Park-development-company-led; classifier: Park-development-company-led — they agree.");
            assertThat(text.lines()).hasSizeGreaterThan(5);
        }

        @Test
        void inChineseTheWordsModelsDatesAndTheRulesExplanationsAreChinese() {
            Classification suez = classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez());
            String text = Classifier.explain(suez, Language.ZH);

            // the same scores and verdict as in English: 4 of 7 points company-led, 3 government-driven
            assertThat(text).contains("园区 suez-teda-zone，股权截至2009年")
                    .contains("得分：园区开发公司为主导力量建设型 57% · 政府高层推动建设型 43% · 民营企业建设型 0%")
                    .contains("成立的规则：\n")
                    .contains("判读：园区开发公司为主导力量建设型，兼具政府高层推动建设型的特征（43%，不低于最高得分的一半）")
                    .contains("案例所属模式：园区开发公司为主导力量建设型；分类器：园区开发公司为主导力量建设型——二者一致。");
            assertThat(text).doesNotContain("Scores", "Verdict", "Declared", "stakes as of", "英文");
            assertThat(Classifier.explain(suez, Language.EN)).isEqualTo(Classifier.explain(suez));
        }

        @Test
        void suzhouInChineseNamesItsGovernmentsAndItsDeveloper() {
            Classification suzhou = classifier.classify(RealisticStakes.SUZHOU, RealisticStakes.suzhou());
            String zh = Classifier.explain(suzhou, Language.ZH);

            // two governments initiated it (G1, G2), CSSD, which has no Chinese name in the sources, develops it (C1)
            assertThat(zh).contains("  G1（政府高层推动建设型 +2）：中国政府（中国中央政府，中国）和新加坡政府（合作方政府［非中国亦非东道国］，新加坡）"
                            + "发起了该园区：推动力来自政府高层。\n")
                    .contains("  G2（政府高层推动建设型 +1）：2 个国家的政府（中国和新加坡）共同发起了该园区：这是政府间合作项目。\n")
                    .contains("  C1（园区开发公司为主导力量建设型 +2）：China-Singapore Suzhou Industrial Park Development Co.（园区开发公司，中国）"
                            + "是开发主体：由以建设和运营园区为主业的公司主导。\n")
                    .contains("得分：政府高层推动建设型 60% · 园区开发公司为主导力量建设型 40% · 民营企业建设型 0%")
                    .contains("；具体形式：政府间合作。");
            assertThat(Classifier.explain(suzhou)).contains(
                    "G1 (government-driven +2): Government of China (central-government, CN) and Government of Singapore "
                            + "(foreign-government, SG) initiated the park: a push from government at the highest level.",
                    "G2 (government-driven +1): Governments of 2 countries initiated the park together (CN and SG): "
                            + "a government-to-government project.",
                    "C1 (company-led +2): China-Singapore Suzhou Industrial Park Development Co. (park-development-company, CN) "
                            + "is the developer: a company whose business is building and running parks leads.");
            assertThat(shares(zh)).isEqualTo(shares(Classifier.explain(suzhou))).containsExactly("60", "40", "0", "40");
            assertThat(latinWords(zh, "suzhou-industrial-park", "China-Singapore Suzhou Industrial Park Development Co.")).isEmpty();
        }

        @Test
        void suezInChineseNamesTheHoldingWithItsShareAndTheBankBehindIt() {
            Classification suez = classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez());
            String zh = Classifier.explain(suez, Language.ZH);

            assertThat(zh).contains("  G1（政府高层推动建设型 +2）：中国政府（中国中央政府，中国）和埃及政府（东道国政府，埃及）发起了该园区：推动力来自政府高层。\n")
                    .contains("  G2（政府高层推动建设型 +1）：2 个国家的政府（中国和埃及）共同发起了该园区：这是政府间合作项目。\n")
                    .contains("  C1（园区开发公司为主导力量建设型 +2）：埃及泰达投资公司（园区开发公司，埃及）是开发主体：由以建设和运营园区为主业的公司主导。\n")
                    .contains("  C2（园区开发公司为主导力量建设型 +2）：天津泰达投资控股（园区开发公司，中国）持有开发主体 75% 的股份："
                            + "经验丰富的园区开发企业控股开发主体。\n")
                    .contains("背景说明：\n  F1：中国进出口银行（基金或银行，中国）以出资方的身份参与：这是园区背后的资金，本身并不说明由谁主导园区。\n");
            assertThat(Classifier.explain(suez)).contains(
                    "C2 (company-led +2): Tianjin TEDA Investment Holding (park-development-company, CN), owning 75 % of the developer: "
                            + "an experienced park developer controls the developer.",
                    "F1: China Eximbank (fund-or-bank, CN) takes part as financier: finance behind the park, "
                            + "which does not by itself say who leads it.");
            // 57 % and 43 % of the points, TEDA Holding's 75 %, and the runner-up's 43 % in the verdict, in both
            assertThat(shares(zh)).isEqualTo(shares(Classifier.explain(suez))).containsExactly("57", "43", "0", "75", "43");
            assertThat(latinWords(zh, "suez-teda-zone")).isEmpty();
        }

        @Test
        void huajianInChineseNamesTheInvitingGovernmentAndThePrivateDeveloper() {
            Classification huajian = classifier.classify(RealisticStakes.HUAJIAN, RealisticStakes.huajian());
            String zh = Classifier.explain(huajian, Language.ZH);

            assertThat(zh).contains("园区 huajian-lebu，股权截至2015年4月\n")
                    .contains("得分：民营企业建设型 60% · 政府高层推动建设型 40% · 园区开发公司为主导力量建设型 0%\n")
                    .contains("  G1（政府高层推动建设型 +2）：埃塞俄比亚政府（东道国政府，埃塞俄比亚）发起了该园区：推动力来自政府高层。\n")
                    .contains("  P1（民营企业建设型 +3）：华坚集团（民营企业，中国）为开发主体：民营企业主导开发，围绕自身业务建设园区。\n")
                    .contains("判读：民营企业建设型，兼具政府高层推动建设型的特征（40%，不低于最高得分的一半）；具体形式：单一企业主导。");
            assertThat(Classifier.explain(huajian)).contains(
                    "P1 (private-led +3): Huajian Group (private-enterprise, CN), developer: a private enterprise leads development "
                            + "and builds the park around its own business.");
            assertThat(shares(zh)).isEqualTo(shares(Classifier.explain(huajian))).containsExactly("60", "40", "0", "40");
            assertThat(latinWords(zh, "huajian-lebu")).isEmpty();
        }

        @Test
        void inChineseAParkWithoutStakesHasNoVerdict() {
            Classification none = classifier.classify(park("empty-park", "KH", PRIVATE_LED), List.of());

            assertThat(Classifier.explain(none, Language.ZH)).isEqualTo("""
                    园区 empty-park，未记录股权结构
                    没有规则成立：所记录的参与者不指向任何模式。
                    案例所属模式：民营企业建设型；分类器：无结论。
                    """);
        }
    }

    /** The shares a text writes, in order, as numbers: "57 %" and "57%" are both 57. */
    private static List<String> shares(String text) {
        return Pattern.compile("([0-9]+(?:\\.[0-9]+)?) ?%").matcher(text).results().map(m -> m.group(1)).toList();
    }

    /**
     * The Latin words of {@code text} once the rules' ids (G1) and {@code names} (ids, and names the
     * data gives only in English) are taken out.
     */
    private static List<String> latinWords(String text, String... names) {
        for (String name : names) {
            text = text.replace(name, "");
        }
        text = text.replaceAll("\\b[GCSPF][0-9]\\b", "");
        return Pattern.compile("\\p{IsLatin}+").matcher(text).results().map(m -> m.group()).toList();
    }
}
