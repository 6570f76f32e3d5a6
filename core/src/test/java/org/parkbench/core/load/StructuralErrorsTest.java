package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.validate.Diagnostic;

/**
 * A structural error in one file (a row with the wrong number of fields, malformed CSV) does not
 * hide the other files' problems, nor the other rows of the same file: a contributor gets every
 * problem in one round, each at its file, line and column, and none that only follows from a row
 * that could not be read.
 */
class StructuralErrorsTest {
    @TempDir
    Path temp;

    private static final String SOUTH_PARK = "fixture-south,Fixture South Park,,KH,,,,unknown,,none,no,,planned,,,,company-led,,fixture-news";

    @Test
    void twoFilesBrokenDifferentlyReportBothProblemsInOneRun() {
        FixtureCase fixture = FixtureCase.copy(temp)
                // parks.csv: the south park's row has lost a field (18 instead of 19)
                .replace("parks.csv", SOUTH_PARK, SOUTH_PARK.replace(",company-led,", ",company-led"))
                // observations.csv: a value that is not a number, on a row of the right shape
                .replace("observations.csv", "fixture-north,enterprises,12,", "fixture-north,enterprises,twelve,");

        List<String> headlines = fixture.headlines();

        assertThat(headlines).containsExactlyInAnyOrder(
                "test-fixture/parks.csv:4:1: error: [PB103] row has 18 fields, expected 19 (one per column of the header)",
                "test-fixture/observations.csv:3:27: error: [PB201] 'twelve' is not a number");
    }

    @Test
    void everyBadRowOfAFileIsReportedNotOnlyTheFirst() {
        FixtureCase fixture = FixtureCase.copy(temp)
                .replace("events.csv", "fixture-south,2017,Plan announced,fixture-news,", "fixture-south,2017,Plan announced,fixture-news")
                .replace("events.csv", "fixture-north,2008-06-01,", "fixture-north,2008-06-01,,")
                .replace("sources.csv", "fixture-news", "fixture-news,");

        assertThat(fixture.headlines()).filteredOn(h -> h.contains("[PB103]")).containsExactly(
                "test-fixture/events.csv:3:1: error: [PB103] row has 6 fields, expected 5 (one per column of the header)",
                "test-fixture/events.csv:4:1: error: [PB103] row has 4 fields, expected 5 (one per column of the header)",
                "test-fixture/sources.csv:4:1: error: [PB103] row has 10 fields, expected 9 (one per column of the header)");
    }

    @Test
    void aRowThatCouldNotBeReadCausesNoFollowOnProblems() {
        // the only observation of fixture-south, and the observation the narrative cites, have a field too many:
        // neither "park fixture-south has no observations" nor "citation does not resolve" may follow
        FixtureCase fixture = FixtureCase.copy(temp)
                .replace("observations.csv", "fixture-south,area-planned,100,ha,,2017,fixture-news,",
                        "fixture-south,area-planned,100,ha,,2017,fixture-news,,")
                .replace("observations.csv", "fixture-north,enterprises,12,count,,2015,fixture-report,",
                        "fixture-north,enterprises,12,count,,2015,fixture-report,,");

        assertThat(fixture.headlines()).containsExactly(
                "test-fixture/observations.csv:3:1: error: [PB103] row has 9 fields, expected 8 (one per column of the header)",
                "test-fixture/observations.csv:7:1: error: [PB103] row has 9 fields, expected 8 (one per column of the header)");
    }

    @Test
    void aParkRowThatCouldNotBeReadMakesNoReferenceToItUnknown() {
        // fixture-south is referred to by observations.csv, events.csv and case.md's parks: none of them is reported
        FixtureCase fixture = FixtureCase.copy(temp)
                .replace("parks.csv", SOUTH_PARK, SOUTH_PARK + ",")
                .replace("actors.csv", "fixture-north,fixture-county,Fixture County,local-government,CN,initiator,,2007,,fixture-news,",
                        "fixture-north,fixture-county,Fixture County,local-government,CN,initiator,,2007,,fixture-news,,");

        assertThat(fixture.headlines()).containsExactlyInAnyOrder(
                "test-fixture/parks.csv:4:1: error: [PB103] row has 20 fields, expected 19 (one per column of the header)",
                "test-fixture/actors.csv:7:1: error: [PB103] row has 12 fields, expected 11 (one per column of the header)");
    }

    @Test
    void malformedCsvInOneRowStillLetsTheRowsAfterItBeRead() {
        // text after a closing quote on line 3 of events.csv; the row after it still has its own error reported
        FixtureCase fixture = FixtureCase.copy(temp)
                .replace("events.csv", "\"Groundbreaking, as the fixture report tells it\"",
                        "\"Groundbreaking, as the fixture report\" tells it")
                .replace("events.csv", "fixture-south,2017,", "fixture-south,2017-13,");

        assertThat(fixture.headlines()).containsExactly(
                "test-fixture/events.csv:3:66: error: [PB104] unexpected character 't' after the closing quote of a field",
                "test-fixture/events.csv:4:15: error: [PB202] '2017-13' is not a date: month 13 is not 1–12");
    }

    @Test
    void frontMatterThatIsNotYamlHidesNoProblemOfTheDataFiles() {
        FixtureCase fixture = FixtureCase.copy(temp)
                .replace("case.md", "parks: [fixture-north, fixture-south]", "parks: [fixture-north, fixture-south")
                .replace("events.csv", "fixture-south,2017,", "fixture-south,2017-13,");

        assertThat(fixture.headlines()).containsExactly(
                "test-fixture/case.md:8:16: error: [PB401] malformed YAML: expected ',' or ']', but got : (while parsing a flow"
                        + " sequence at line 7, column 8)",
                "test-fixture/events.csv:4:15: error: [PB202] '2017-13' is not a date: month 13 is not 1–12");
    }

    @Test
    void casesOfACasebookReportTheirStructuralErrorsTogether() {
        FixtureCase first = FixtureCase.copy(temp)
                .replace("parks.csv", SOUTH_PARK, SOUTH_PARK + ",");
        FixtureCase second = FixtureCase.other(temp)
                .replace("observations.csv", "other-north,enterprises,12,", "other-north,enterprises,twelve,");

        CasebookLoad load = CasebookLoader.load(List.of(first.input(), second.input()));

        assertThat(load.casebook().diagnostics()).extracting(Diagnostic::headline).containsExactlyInAnyOrder(
                "test-fixture/parks.csv:4:1: error: [PB103] row has 20 fields, expected 19 (one per column of the header)",
                "other-fixture/observations.csv:3:25: error: [PB201] 'twelve' is not a number");
    }
}
