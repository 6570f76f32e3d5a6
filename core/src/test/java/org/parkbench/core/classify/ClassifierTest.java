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
        void inChineseTheWordsModelsAndDatesAreChineseAndTheRulesExplanationsAreSaidToBeEnglish() {
            Classification suez = classifier.classify(RealisticStakes.SUEZ, RealisticStakes.suez());
            String text = Classifier.explain(suez, Language.ZH);

            // the same scores and verdict as in English: 4 of 7 points company-led, 3 government-driven
            assertThat(text).contains("园区 suez-teda-zone，股权截至2009年")
                    .contains("得分：园区开发公司为主导力量建设型 57% · 政府高层推动建设型 43% · 民营企业建设型 0%")
                    .contains("C2（园区开发公司为主导力量建设型 +2）：Tianjin TEDA Investment Holding")
                    .contains("判读：园区开发公司为主导力量建设型，兼具政府高层推动建设型的特征（43%，不低于最高得分的一半）")
                    .contains("案例所属模式：园区开发公司为主导力量建设型；分类器：园区开发公司为主导力量建设型——二者一致。");
            // a rule's explanation is written by the rule, in English: the Chinese heading says so
            assertThat(text).contains("成立的规则（规则说明尚无中文，按英文原文列出）：");
            assertThat(text).doesNotContain("Scores", "Verdict", "Declared", "stakes as of");
            assertThat(Classifier.explain(suez, Language.EN)).isEqualTo(Classifier.explain(suez));
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
}
