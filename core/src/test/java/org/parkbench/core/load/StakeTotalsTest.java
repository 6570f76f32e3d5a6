package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stake totals of the fixture park fixture-north: holding 60 % + host 40 % from 2008 until 2015
 * (actors.csv lines 3 and 4), then holding 40 % + host 60 % from 2015 (lines 5 and 6); line 7 is an
 * initiator without a share. Each test changes that picture in one way.
 */
class StakeTotalsTest {
    @TempDir
    Path temp;

    @Test
    void halfOpenPeriodsMeanAStakeEndingIn2015DoesNotOverlapOneStartingThen() {
        assertThat(FixtureCase.copy(temp).headlines()).isEmpty();
    }

    @Test
    void aNewOwnerPushingTheTotalOver100IsTheRowReported() {
        // line 8: the stake_pct of "fixture-north,fixture-fund,Fixture Fund,fund-or-bank,CN,owner," starts at column 63
        FixtureCase c = FixtureCase.copy(temp)
                .append("actors.csv", "fixture-north,fixture-fund,Fixture Fund,fund-or-bank,CN,owner,30,2016,,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:8:63: error: [PB204] stakes add up to 130 % "
                + "for park fixture-north from 2016 (lines 5, 6, 8)");
    }

    @Test
    void aStakeThatShouldHaveEndedOverlapsItsSuccessor() {
        // line 3 now holds until 2016: in 2015 lines 3, 5 and 6 hold 60 + 40 + 60; line 6 (column 81) crosses 100
        FixtureCase c = FixtureCase.copy(temp).replace("actors.csv", "developer,60,2008,2015,", "developer,60,2008,2016,");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:6:81: error: [PB204] stakes add up to 160 % "
                + "for park fixture-north from 2015 (lines 3, 5, 6)");
    }

    @Test
    void aTotalUnder100IsKeptWithTheRemainderUnattributed() {
        FixtureCase c = FixtureCase.copy(temp).replace("actors.csv", "developer,60,2015,", "developer,45,2015,");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:5:83: warning: [PB501] stakes add up to 85 %: "
                + "15 % unattributed for park fixture-north from 2015 (lines 5, 6)");
        assertThat(c.load().value()).as("a warning does not stop the case").isNotNull();
    }

    @Test
    void sharesOfOtherRolesAndUnknownSharesDoNotCount() {
        FixtureCase c = FixtureCase.copy(temp)
                .append("actors.csv", "fixture-north,fixture-fund,Fixture Fund,fund-or-bank,CN,financier,30,2016,,fixture-report,")
                .append("actors.csv", "fixture-north,fixture-other,Fixture Other,private-enterprise,CN,owner,,2016,,fixture-report,");
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void decimalSharesAddUpWithoutRoundingNoise() {
        FixtureCase c = FixtureCase.copy(temp)
                .replace("actors.csv", "developer,40,2015,", "developer,33.3,2015,")
                .replace("actors.csv", "developer,60,2015,", "developer,66.7,2015,");
        assertThat(c.headlines()).isEmpty();
    }

    @Test
    void aMonthDateBeginsItsPeriodOnTheFirstOfThatMonth() {
        // a 10 % owner from 2015-06 on top of the 100 % from 2015: over only from June
        FixtureCase c = FixtureCase.copy(temp)
                .append("actors.csv", "fixture-north,fixture-fund,Fixture Fund,fund-or-bank,CN,owner,10,2015-06,,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:8:63: error: [PB204] stakes add up to 110 % "
                + "for park fixture-north from 2015-06 (lines 5, 6, 8)");
    }
}
