package org.parkbench.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.core.classify.RealisticStakes.actor;
import static org.parkbench.core.classify.RealisticStakes.park;
import static org.parkbench.core.classify.RealisticStakes.stake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
        assertThat(StandardRules.all()).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
    }

    @Test
    void g1FiresForAHostGovernmentInitiatorNamingIt() {
        with("host", ActorKind.HOST_GOVERNMENT, "KH", Role.INITIATOR, null);

        FiredRule g1 = fired("G1");

        assertThat(g1.model()).isEqualTo(DevelopmentModel.GOVERNMENT_DRIVEN);
        assertThat(g1.weight()).isEqualTo(2);
        assertThat(g1.explanation()).contains("Actor host (host-government, KH)");
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
        assertThat(g2.explanation()).contains("CN and KH");
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
        assertThat(fired("C2").explanation()).contains("owning 50.5 % of the developer");
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
        assertThat(f1.explanation()).contains("Actor bank (fund-or-bank, CN)").contains("financier");
        ClassificationRule rule = StandardRules.all().get(9);
        assertThat(rule.model()).isEmpty();
        assertThat(rule.weight()).isZero();
    }

    @Test
    void aStakeThatHasEndedIsNotEvidence() {
        stakes.add(stake(abroad, actor("firm", "A firm", ActorKind.PRIVATE_ENTERPRISE, "CN"), Role.DEVELOPER, null, "2005", "2010"));

        assertThat(apply("P1")).isEmpty();
    }
}
