package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parkbench.core.analysis.Facts.stake;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

class StakeStructureTest {
    @Test
    void suzhouHasThreePeriodsOfShareholding() {
        StakeStructure s = Derivations.stakeStructure(Facts.suzhouStakes());

        assertThat(s.park()).isEqualTo(Facts.SIP);
        assertThat(s.periods()).extracting(p -> p.from().toString()).containsExactly("1994-02", "2001", "2005-09");
        assertThat(s.periods()).extracting(p -> p.end().map(Object::toString).orElse("open"))
                .containsExactly("2001", "2005-09", "open");
        StakeStructure.Period first = s.periods().get(0);
        assertThat(first.holdings()).extracting(h -> h.actor().id() + " " + h.share().map(String::valueOf).orElse("?"))
                .containsExactly("cssd ?", "singapore-consortium 65.0", "chinese-consortium 35.0");
        assertThat(s.periods()).allSatisfy(p -> assertThat(p.unattributed()).contains(0.0));
        assertThat(s.periods().get(2).holdings()).extracting(h -> h.share().orElse(null)).containsExactly(null, 52.0, 28.0, 20.0);
    }

    @Test
    void initiatorsAndFinanciersAreNotPartOfTheStructure() {
        StakeStructure s = StakeStructure.of(Facts.suzhouStakes());

        assertThat(s.periods()).allSatisfy(p ->
                assertThat(p.holdings()).extracting(StakeStructure.Holding::role).doesNotContain(Role.INITIATOR));
    }

    @Test
    void tedaLeavesFifteenPercentUnattributed() {
        PartialDate date = PartialDate.ofYear(2010);

        DerivedValue v = Derivations.unattributedRemainder(Facts.tedaStakes(), date).orElseThrow();

        // the paper: 75 + 5 + 5 = 85
        assertThat(v.value()).isCloseTo(15, within(1e-9));
        assertThat(v.unit()).isEqualTo("%");
        assertThat(v.formula()).isEqualTo("100 % − (75 % Tianjin TEDA Investment Holding + 5 % ECIC + 5 % TEDA Suez International)"
                + " = 15 % unattributed");
        assertThat(v.inputs()).hasSize(3);
    }

    @Test
    void unknownSharesGiveNoRemainder() {
        assertThat(Derivations.unattributedRemainder(Facts.sihanoukvilleStakes(), PartialDate.ofYear(2015))).isEmpty();
        assertThat(StakeStructure.of(Facts.sihanoukvilleStakes()).periods()).singleElement()
                .satisfies(p -> assertThat(p.unattributed()).isEmpty());
    }

    @Test
    void aRemainderThatIncludesUnknownSharesSaysSo() {
        List<Stake> stakes = List.of(
                stake("some-park", "known", "Known owner", ActorKind.PRIVATE_ENTERPRISE, Role.OWNER, 30.0, "2010", null),
                stake("some-park", "unknown", "Unknown owner", ActorKind.PRIVATE_ENTERPRISE, Role.OWNER, null, "2010", null));

        DerivedValue v = Derivations.unattributedRemainder(stakes, PartialDate.ofYear(2011)).orElseThrow();

        assertThat(v.value()).isCloseTo(70, within(1e-9));
        assertThat(v.formula()).endsWith("(includes the stakes whose share no source gives)");
    }

    @Test
    void beforeAnyStakeThereIsNoRemainder() {
        assertThat(Derivations.unattributedRemainder(Facts.tedaStakes(), PartialDate.ofYear(2000))).isEmpty();
    }

    @Test
    void theDateDecidesThePeriod() {
        StakeStructure s = StakeStructure.of(Facts.suzhouStakes());

        assertThat(s.at(PartialDate.parse("2005-08")).orElseThrow().from()).isEqualTo(PartialDate.ofYear(2001));
        assertThat(s.at(PartialDate.parse("2005-09")).orElseThrow().from()).isEqualTo(PartialDate.parse("2005-09"));
        assertThat(s.at(PartialDate.ofYear(1990))).isEmpty();
        assertThat(s.latestDate()).contains(PartialDate.parse("2005-09"));
    }

    @Test
    void aGapBetweenStakesIsLeftOut() {
        List<Stake> stakes = List.of(
                stake("gap-park", "a", "A", ActorKind.PRIVATE_ENTERPRISE, Role.DEVELOPER, 100.0, "2000", "2002"),
                stake("gap-park", "b", "B", ActorKind.PARK_DEVELOPMENT_COMPANY, Role.DEVELOPER, 100.0, "2004", null));

        StakeStructure s = StakeStructure.of(stakes);

        assertThat(s.periods()).extracting(p -> p.from().toString() + "–" + p.end().map(Object::toString).orElse(""))
                .containsExactly("2000–2002", "2004–");
    }

    @Test
    void sharesOverOneHundredAreAnError() {
        List<Stake> stakes = List.of(
                stake("over-park", "a", "A", ActorKind.PRIVATE_ENTERPRISE, Role.OWNER, 70.0, "2010", null),
                stake("over-park", "b", "B", ActorKind.HOST_ENTERPRISE, Role.OWNER, 50.0, "2012", null));

        assertThatThrownBy(() -> StakeStructure.of(stakes))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("over-park").hasMessageContaining("120 %").hasMessageContaining("from 2012");
    }

    @Test
    void stakesOfSeveralParksAreRefused() {
        List<Stake> stakes = List.of(Facts.tedaStakes().get(1), Facts.sihanoukvilleStakes().get(0));

        assertThatThrownBy(() -> StakeStructure.of(stakes))
                .isInstanceOf(DerivationException.class).hasMessageContaining("sihanoukville-sez, suez-teda-zone");
    }

    @Test
    void noStakesNoPeriods() {
        StakeStructure s = StakeStructure.of(List.of());

        assertThat(s.periods()).isEmpty();
        assertThat(s.latestDate()).isEmpty();
    }
}
