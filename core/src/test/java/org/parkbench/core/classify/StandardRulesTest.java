package org.parkbench.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.core.classify.RealisticStakes.actor;
import static org.parkbench.core.classify.RealisticStakes.park;
import static org.parkbench.core.classify.RealisticStakes.stake;
import static org.parkbench.core.language.Language.EN;
import static org.parkbench.core.language.Language.ZH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.ContextNote;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Finding;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Variant;

/** Each rule on its own, on small made-up parks (kinds and roles only matter). */
class StandardRulesTest {
    private static final PartialDate DATE = PartialDate.ofYear(2015);
    private final Park abroad = park("some-park", "KH", DevelopmentModel.PRIVATE_LED);
    private final List<Stake> stakes = new ArrayList<>();

    private StandardRulesTest with(String id, ActorKind kind, String country, Role role, Double share) {
        stakes.add(stake(abroad, actor(id, "Actor " + id, kind, country), role, share, "2010"));
        return this;
    }

    private StandardRulesTest with(Actor actor, Role role, Double share) {
        stakes.add(stake(abroad, actor, role, share, "2010"));
        return this;
    }

    private Optional<Finding> apply(String ruleId) {
        ClassificationRule rule = StandardRules.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return rule.apply(StakeSnapshot.of(abroad, stakes, DATE));
    }

    private FiredRule fired(String ruleId) {
        Finding f = apply(ruleId).orElseThrow(() -> new AssertionError(ruleId + " did not fire"));
        assertThat(f).isInstanceOf(FiredRule.class);
        return (FiredRule) f;
    }

    @Test
    void theRuleTableIsStable() {
        assertThat(StandardRules.all()).extracting(ClassificationRule::id)
                .containsExactly("G1", "G2", "G3", "C1", "C2", "C3", "S1", "P1", "P2", "F1");
        assertThat(StandardRules.all()).extracting(ClassificationRule::weight).containsExactly(2, 1, 1, 2, 2, 1, 1, 3, 1, 0);
    }

    @Test
    void eachRuleSaysWhatItChecksInEnglishAndInChinese() {
        assertThat(StandardRules.all()).extracting(r -> r.summary(EN)).containsExactly(
                "A central, host-country or partner government is an initiator.",
                "Two or more different governments are initiators (an intergovernmental project).",
                "A Chinese local government is an initiator or the developer.",
                "A park development company is the developer.",
                "A park development company owns more than 50 % of the developer.",
                "A park development company operates the park (and is not already its developer or majority owner).",
                "A state-owned enterprise is the developer or owns more than 50 % of it.",
                "A private enterprise is the developer or owns more than 50 % of it.",
                "A host-country enterprise co-develops or co-owns the developer with private enterprises.",
                "A fund or bank finances the park or holds a stake (context only, no weight).");
        assertThat(StandardRules.all()).extracting(r -> r.summary(ZH)).containsExactly(
                "中国中央政府、东道国政府或合作方政府是发起方。",
                "发起方中有两个或两个以上不同国家的政府（政府间合作项目）。",
                "中国地方政府是发起方或开发主体。",
                "园区开发公司是开发主体。",
                "园区开发公司持有开发主体超过 50% 的股份。",
                "园区开发公司运营该园区（且本身不是其开发主体或控股股东）。",
                "国有企业是开发主体，或持有开发主体超过 50% 的股份。",
                "民营企业是开发主体，或持有开发主体超过 50% 的股份。",
                "东道国企业与民营企业共同开发园区，或共同持有开发主体的股份。",
                "基金或银行为园区出资或持有股份（仅作背景说明，不计权重）。");
    }

    @Test
    void g1FiresForAHostGovernmentInitiatorNamingIt() {
        with("host", ActorKind.HOST_GOVERNMENT, "KH", Role.INITIATOR, null);

        FiredRule g1 = fired("G1");

        assertThat(g1.model()).isEqualTo(DevelopmentModel.GOVERNMENT_DRIVEN);
        assertThat(g1.weight()).isEqualTo(2);
        assertThat(g1.explanation(EN)).contains("Actor host (host-government, KH)");
        assertThat(g1.evidence()).hasSize(1);
    }

    @Test
    void g1IgnoresLocalGovernmentsAndGovernmentsThatAreNotInitiators() {
        with("province", ActorKind.LOCAL_GOVERNMENT, "CN", Role.INITIATOR, null)
                .with("ministry", ActorKind.CENTRAL_GOVERNMENT, "CN", Role.FINANCIER, null);

        assertThat(apply("G1")).isEmpty();
    }

    @Test
    void g2NeedsGovernmentsOfTwoCountries() {
        with("state-council", ActorKind.CENTRAL_GOVERNMENT, "CN", Role.INITIATOR, null)
                .with("mofcom", ActorKind.CENTRAL_GOVERNMENT, "", Role.INITIATOR, null);
        assertThat(apply("G2")).isEmpty();

        with("host", ActorKind.HOST_GOVERNMENT, "", Role.INITIATOR, null);
        FiredRule g2 = fired("G2");
        assertThat(g2.variantIfAny()).contains(Variant.INTERGOVERNMENTAL);
        assertThat(g2.explanation(EN)).contains("CN and KH");
    }

    @Test
    void g3FiresForALocalGovernmentInitiatorOrDeveloper() {
        with("province", ActorKind.LOCAL_GOVERNMENT, "CN", Role.DEVELOPER, null);

        assertThat(fired("G3").weight()).isEqualTo(1);
    }

    @Test
    void c1FiresForAParkCompanyDeveloperAndSuggestsADomesticDeveloperAbroad() {
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.DEVELOPER, null);

        FiredRule c1 = fired("C1");

        assertThat(c1.model()).isEqualTo(DevelopmentModel.COMPANY_LED);
        assertThat(c1.variantIfAny()).contains(Variant.DOMESTIC_PARK_DEVELOPER);
    }

    @Test
    void c1SuggestsNoVariantForAHostCountryParkCompany() {
        with("local-devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "KH", Role.DEVELOPER, null);

        assertThat(fired("C1").variantIfAny()).isEmpty();
    }

    @Test
    void c2NeedsMoreThanHalfOfTheDeveloper() {
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OWNER, 50.0);
        assertThat(apply("C2")).isEmpty();

        stakes.clear();
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OWNER, 50.5);
        assertThat(fired("C2").explanation(EN)).contains("owning 50.5 % of the developer");
    }

    @Test
    void c2IgnoresAnOwnerWhoseShareIsUnknown() {
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OWNER, null);

        assertThat(apply("C2")).isEmpty();
    }

    @Test
    void c3CountsAnOperatorOnlyWhenItIsNotAlreadyTheDeveloper() {
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.DEVELOPER, null)
                .with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OPERATOR, null);
        assertThat(apply("C3")).isEmpty();

        with("operator-co", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OPERATOR, null);
        assertThat(fired("C3").evidence()).extracting(s -> s.actor().id()).containsExactly("operator-co");
    }

    @Test
    void s1FiresForAStateOwnedDeveloperOrMajorityOwner() {
        with("soe", ActorKind.STATE_OWNED_ENTERPRISE, "CN", Role.OWNER, 60.0);

        FiredRule s1 = fired("S1");

        assertThat(s1.model()).isEqualTo(DevelopmentModel.COMPANY_LED);
        assertThat(s1.weight()).isEqualTo(1);
    }

    @Test
    void p1FiresForAPrivateDeveloperAndSuggestsSingleEnterprise() {
        with("firm", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.DEVELOPER, null);

        FiredRule p1 = fired("P1");

        assertThat(p1.weight()).isEqualTo(3);
        assertThat(p1.variantIfAny()).contains(Variant.SINGLE_ENTERPRISE);
    }

    @Test
    void p1SuggestsMultiEnterpriseForSeveralPrivateOwners() {
        with("vehicle", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.DEVELOPER, null)
                .with("firm-a", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.OWNER, 40.0)
                .with("firm-b", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.OWNER, 35.0);

        assertThat(fired("P1").variantIfAny()).contains(Variant.MULTI_ENTERPRISE);
    }

    @Test
    void p1IgnoresAMinorityPrivateOwner() {
        with("firm", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.OWNER, 30.0);

        assertThat(apply("P1")).isEmpty();
    }

    @Test
    void p2NeedsAPrivateEnterpriseBesideTheHostEnterprise() {
        with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OWNER, 75.0)
                .with("host-firm", ActorKind.HOST_ENTERPRISE, "KH", Role.OWNER, 5.0);
        assertThat(apply("P2")).isEmpty();

        with("firm", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.OWNER, 10.0);
        FiredRule p2 = fired("P2");
        assertThat(p2.model()).isEqualTo(DevelopmentModel.PRIVATE_LED);
        assertThat(p2.variantIfAny()).contains(Variant.SINGLE_LARGE_ENTERPRISE_HOST);
    }

    @Test
    void p2SuggestsAClusterForAConsortiumOfEnterprises() {
        with("firm", ActorKind.PRIVATE_ENTERPRISE, "CN", Role.DEVELOPER, null)
                .with("partners", ActorKind.CONSORTIUM, "CN", Role.DEVELOPER, null)
                .with("host-firm", ActorKind.HOST_ENTERPRISE, "KH", Role.DEVELOPER, null);

        assertThat(fired("P2").variantIfAny()).contains(Variant.ENTERPRISE_CLUSTER_HOST);
        assertThat(fired("P1").variantIfAny()).as("P2 names the variant when a host enterprise partners").isEmpty();
    }

    @Test
    void f1IsContextWithoutWeight() {
        with("bank", ActorKind.FUND_OR_BANK, "CN", Role.FINANCIER, null);

        Finding f1 = apply("F1").orElseThrow();

        assertThat(f1).isInstanceOf(ContextNote.class);
        assertThat(f1.explanation(EN)).contains("Actor bank (fund-or-bank, CN)").contains("financier");
        ClassificationRule rule = StandardRules.all().get(9);
        assertThat(rule.model()).isEmpty();
        assertThat(rule.weight()).isZero();
    }

    @Test
    void aStakeThatHasEndedIsNotEvidence() {
        stakes.add(stake(abroad, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2005", "2010"));

        assertThat(apply("P1")).isEmpty();
    }

    /** Whole sentences, English as the rules have always written them, Chinese with the actors' Chinese names. */
    @Nested
    class Sentences {
        private String[] both(String ruleId) {
            Finding f = apply(ruleId).orElseThrow(() -> new AssertionError(ruleId + " did not fire"));
            return new String[] {f.explanation(EN), f.explanation(ZH)};
        }

        @Test
        void g1NamesTheGovernmentWithItsKindAndCountry() {
            with(new Actor("cambodia", "Government of Cambodia", ActorKind.HOST_GOVERNMENT, "KH", "柬埔寨政府"), Role.INITIATOR, null);

            assertThat(both("G1")).containsExactly(
                    "Government of Cambodia (host-government, KH) initiated the park: a push from government at the highest level.",
                    "柬埔寨政府（东道国政府，柬埔寨）发起了该园区：推动力来自政府高层。");
        }

        @Test
        void g2CountsTheCountriesAndListsThem() {
            // a host government without a country is the park's (KH); a partner government without one is not named
            with(new Actor("china", "Chinese central government", ActorKind.CENTRAL_GOVERNMENT, "CN", "中国政府"), Role.INITIATOR, null)
                    .with("host", ActorKind.HOST_GOVERNMENT, "", Role.INITIATOR, null)
                    .with("partner", ActorKind.FOREIGN_GOVERNMENT, "", Role.INITIATOR, null);

            assertThat(both("G2")).containsExactly(
                    "Governments of 3 countries initiated the park together (CN, KH and one not named): a government-to-government project.",
                    "3 个国家的政府（中国、柬埔寨和国别未注明的一方）共同发起了该园区：这是政府间合作项目。");
            // a partner government's kind has brackets of its own: in Chinese they nest as square ones
            assertThat(fired("G1").explanation(ZH)).contains("Actor partner（合作方政府［非中国亦非东道国］）");
        }

        @Test
        void g3AndC1AgreeWithOneActorAndC3WithSeveral() {
            with(new Actor("yunnan", "Yunnan provincial government", ActorKind.LOCAL_GOVERNMENT, "CN", "云南省政府"), Role.INITIATOR, null)
                    .with("devco", ActorKind.PARK_DEVELOPMENT_COMPANY, "", Role.DEVELOPER, null)
                    .with("operator-a", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OPERATOR, null)
                    .with("operator-b", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN", Role.OPERATOR, null);

            assertThat(both("G3")).containsExactly(
                    "Yunnan provincial government (local-government, CN) backs the park as initiator or developer: "
                            + "government support, but not from the highest level.",
                    "云南省政府（中国地方政府，中国）作为发起方或开发主体支持该园区：有政府支持，但并非来自政府高层。");
            assertThat(both("C1")).containsExactly(
                    "Actor devco (park-development-company) is the developer: a company whose business is building and running parks leads.",
                    "Actor devco（园区开发公司）是开发主体：由以建设和运营园区为主业的公司主导。");
            assertThat(both("C3")).containsExactly(
                    "Actor operator-a (park-development-company, CN) and Actor operator-b (park-development-company, CN) operate the park: "
                            + "a park company runs it day to day.",
                    "Actor operator-a（园区开发公司，中国）和Actor operator-b（园区开发公司，中国）运营该园区：由园区公司负责日常运营。");
        }

        @Test
        void s1AndP1SayWhatEachStakeIsWithItsShare() {
            with("soe-a", ActorKind.STATE_OWNED_ENTERPRISE, "CN", Role.DEVELOPER, null)
                    .with("soe-b", ActorKind.STATE_OWNED_ENTERPRISE, "CN", Role.OWNER, 60.0)
                    .with(new Actor("firm", "Firm Group", ActorKind.PRIVATE_ENTERPRISE, "CN", "某集团"), Role.DEVELOPER, 80.0);

            assertThat(both("S1")).containsExactly(
                    "Actor soe-a (state-owned-enterprise, CN), developer and Actor soe-b (state-owned-enterprise, CN), "
                            + "owning 60 % of the developer: a state-owned company, not a government body, carries development.",
                    "Actor soe-a（国有企业，中国）为开发主体；Actor soe-b（国有企业，中国）持有开发主体 60% 的股份："
                            + "承担开发的是国有企业，而非政府机构。");
            assertThat(both("P1")).containsExactly(
                    "Firm Group (private-enterprise, CN), developer with 80 %: a private enterprise leads development "
                            + "and builds the park around its own business.",
                    "某集团（民营企业，中国）为开发主体，持股 80%：民营企业主导开发，围绕自身业务建设园区。");
        }

        @Test
        void p2NamesTheHostEnterpriseAndTheEnterprisesBehindThePark() {
            with(new Actor("ciidg", "Cambodia Investment Group", ActorKind.HOST_ENTERPRISE, "KH", "柬埔寨投资集团"), Role.DEVELOPER, null)
                    .with(new Actor("firm", "Firm Group", ActorKind.PRIVATE_ENTERPRISE, "CN", "某集团"), Role.DEVELOPER, null)
                    .with("partners", ActorKind.CONSORTIUM, "CN", Role.DEVELOPER, null);

            assertThat(both("P2")).containsExactly(
                    "Cambodia Investment Group (host-enterprise, KH), developer, partners several private enterprises, "
                            + "Firm Group (private-enterprise, CN) and Actor partners (consortium, CN): a joint venture with a host-country enterprise.",
                    "柬埔寨投资集团（东道国企业，柬埔寨）为开发主体，合作方为多家民营企业，即某集团（民营企业，中国）和"
                            + "Actor partners（财团［来源未说明其成员类型］，中国）：这是与东道国企业的合资项目。");
        }

        @Test
        void p2WithOneEnterpriseBehindIt() {
            with(new Actor("ruba", "Ruba Group", ActorKind.HOST_ENTERPRISE, "PK", "鲁巴集团"), Role.OWNER, 45.0)
                    .with(new Actor("haier", "Haier Group", ActorKind.PRIVATE_ENTERPRISE, "CN", "海尔集团"), Role.OWNER, 55.0);

            assertThat(both("P2")).containsExactly(
                    "Ruba Group (host-enterprise, PK), owning 45 % of the developer, partners a single private enterprise, "
                            + "Haier Group (private-enterprise, CN): a joint venture with a host-country enterprise.",
                    "鲁巴集团（东道国企业，巴基斯坦）持有开发主体 45% 的股份，合作方为一家民营企业，即海尔集团（民营企业，中国）："
                            + "这是与东道国企业的合资项目。");
        }

        @Test
        void f1ListsEachRoleOnce() {
            Actor bank = new Actor("eximbank", "China Eximbank", ActorKind.FUND_OR_BANK, "CN", "中国进出口银行");
            with(bank, Role.FINANCIER, null).with(bank, Role.OWNER, null);

            assertThat(both("F1")).containsExactly(
                    "China Eximbank (fund-or-bank, CN) takes part as financier and owner: finance behind the park, "
                            + "which does not by itself say who leads it.",
                    "中国进出口银行（基金或银行，中国）以出资方和开发公司股东的身份参与：这是园区背后的资金，本身并不说明由谁主导园区。");
        }
    }
}
