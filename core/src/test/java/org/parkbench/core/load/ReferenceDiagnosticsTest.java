package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids and the references between a case's files: duplicates, unknown parks and sources, slugs. */
class ReferenceDiagnosticsTest {
    @TempDir
    Path temp;

    private FixtureCase fixture() {
        return FixtureCase.copy(temp);
    }

    @Test
    void aRepeatedSourceKeyNamesTheLineOfTheFirst() {
        FixtureCase c = fixture().append("sources.csv", "fixture-news,,Another item,Example News,2018,,,low,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/sources.csv:5:1: error: [PB301] duplicate source key 'fixture-news': first defined on line 4");
    }

    @Test
    void aRepeatedParkIdNamesTheLineOfTheFirst() {
        FixtureCase c = fixture().append("parks.csv",
                "fixture-south,Fixture South Again,,KH,,,,unknown,,none,no,,planned,,,,company-led,,fixture-news");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:5:1: error: [PB301] duplicate park id 'fixture-south': first defined on line 4");
    }

    @Test
    void repeatedStatisticAndZoneIdsAreDuplicates() {
        FixtureCase c = fixture()
                .append("statistics.csv", "fixture-all-parks,parks,all-overseas,11,count,2017,,,fixture-news,")
                .append("zones.csv", "fixture-zone-other,Fixture Other Zone,,KH,,,no,,,,,fixture-news");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/statistics.csv:5:1: error: [PB301] duplicate statistic id 'fixture-all-parks': first defined on line 3",
                "test-fixture/zones.csv:5:1: error: [PB301] duplicate zone id 'fixture-zone-other': first defined on line 4");
    }

    @Test
    void anActorNamedDifferentlyOnTwoRowsIsReportedAtTheName() {
        // actors.csv line 5 repeats fixture-holding; its name starts at column 31
        FixtureCase c = fixture().replace("actors.csv", "Fixture Holding Co.,private-enterprise,CN,developer,40",
                "Fixture Holdings,private-enterprise,CN,developer,40");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:5:31: error: [PB301] actor 'fixture-holding' is "
                + "named 'Fixture Holdings' here but 'Fixture Holding Co.' on line 3");
    }

    @Test
    void anActorOfAnotherKindOrCountryOnASecondRowIsReported() {
        FixtureCase c = fixture().replace("actors.csv", "Fixture Holding Co.,private-enterprise,CN,developer,40",
                "Fixture Holding Co.,state-owned-enterprise,SG,developer,40");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/actors.csv:5:51: error: [PB301] actor 'fixture-holding' is of kind state-owned-enterprise here "
                        + "but private-enterprise on line 3",
                "test-fixture/actors.csv:5:74: error: [PB301] actor 'fixture-holding' has country 'SG' here but 'CN' on line 3");
    }

    @Test
    void anUnknownParkSuggestsTheClosestKnownOne() {
        FixtureCase c = fixture().append("observations.csv", "fixture-nort,enterprises,3,count,,2016,fixture-report,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/observations.csv:8:1: error: [PB302] unknown park 'fixture-nort'; did you mean 'fixture-north'?");
    }

    @Test
    void unknownParksInActorsEventsAndTheFrontMatterAreReported() {
        FixtureCase c = fixture()
                .append("actors.csv", "fixture-west,fixture-county,Fixture County,local-government,CN,initiator,,2007,,fixture-news,")
                .append("events.csv", "fixture-west,2017,Plan announced,fixture-news,")
                .replace("case.md", "parks: [fixture-north, fixture-south]", "parks: [fixture-north, fixture-south, fixture-east]");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/actors.csv:8:1: error: [PB302] unknown park 'fixture-west'",
                "test-fixture/case.md:7:39: error: [PB302] unknown park 'fixture-east'",
                "test-fixture/events.csv:5:1: error: [PB302] unknown park 'fixture-west'");
    }

    @Test
    void aParkListedTwiceInTheFrontMatterIsADuplicate() {
        // case.md line 7 is "parks: [fixture-north, fixture-south, fixture-north]"
        FixtureCase c = fixture().replace("case.md", "parks: [fixture-north, fixture-south]", "parks: [fixture-north, fixture-south, fixture-north]");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/case.md:7:39: error: [PB301] park 'fixture-north' is listed twice in 'parks'");
    }

    @Test
    void anUnknownSourceKeyIsReportedAtTheSourceCell() {
        // events.csv: "fixture-north,2017,Plan," is 24 characters
        FixtureCase c = fixture().append("events.csv", "fixture-north,2017,Plan,fixture-reprot,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/events.csv:5:25: error: [PB303] unknown source key 'fixture-reprot'; did you mean 'fixture-report'?");
    }

    @Test
    void aFactWithAnEmptySourceDoesNotLoad() {
        FixtureCase c = fixture().append("events.csv", "fixture-north,2017,Plan,,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/events.csv:5:25: error: [PB304] fact without a source: 'source' is empty");
        assertThat(c.load().value()).isNull();
    }

    @Test
    void anIdThatIsNotASlugIsReportedWithASluggedSuggestion() {
        FixtureCase c = fixture().replace("sources.csv", "fixture-news,,Fixture news item", "Fixture News,,Fixture news item");
        var d = c.load().diagnostics();
        // the facts citing fixture-news now cite an unknown key: they are reported too
        // actors.csv line 7: the source starts after "fixture-north,fixture-county,Fixture County,local-government,CN,initiator,,2007,,"
        assertThat(d.get(0).headline()).isEqualTo(
                "test-fixture/actors.csv:7:82: error: [PB303] unknown source key 'fixture-news'; did you mean 'Fixture News'?");
        assertThat(d).extracting(x -> x.headline()).contains(
                "test-fixture/sources.csv:4:1: error: [PB306] source key 'Fixture News' is not a slug");
        assertThat(d.stream().filter(x -> x.code().name().equals("PB306")).findFirst().orElseThrow().hint())
                .contains("'fixture-news'");
    }

    @Test
    void aShareOfAnUnknownStatisticIsReported() {
        // statistics.csv line 4: share_of starts after "fixture-bri-parks,parks,belt-and-road,7,count,2016,70," (54 characters)
        FixtureCase c = fixture().replace("statistics.csv", ",70,fixture-all-parks,", ",70,fixture-all,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/statistics.csv:4:55: error: [PB308] unknown statistic 'fixture-all'; did you mean 'fixture-all-parks'?");
    }

    @Test
    void aMissingRequiredFileIsReported() {
        FixtureCase c = fixture().delete("actors.csv");
        assertThat(c.headlines()).containsExactly("test-fixture/actors.csv:1:1: error: [PB100] required file actors.csv is missing");
    }

    @Test
    void optionalFilesMayBeAbsent() {
        FixtureCase c = fixture().delete("statistics.csv").delete("zones.csv");
        assertThat(c.headlines()).isEmpty();
        assertThat(c.load().value().statistics()).isEmpty();
    }

    @Test
    void aParkWithoutObservationsIsAWarningThatDoesNotStopTheCase() {
        FixtureCase c = fixture().replace("observations.csv", "fixture-south,area-planned,100,ha,,2017,fixture-news,\n", "");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:4:1: warning: [PB504] park fixture-south has no observations");
        assertThat(c.load().value()).isNotNull();
    }

    @Test
    void aBrokenParksHeaderDoesNotMakeEveryReferenceUnknown() {
        FixtureCase c = fixture().replace("parks.csv", "\nid,name_en,", "\nident,name_en,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:2:1: error: [PB101] unknown column 'ident'; did you mean 'id'?",
                "test-fixture/parks.csv:2:1: error: [PB102] missing column 'id'");
    }
}
