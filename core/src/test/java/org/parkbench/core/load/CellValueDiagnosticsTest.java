package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.validate.Diagnostic;

/**
 * One broken cell per test, in a copy of the valid fixture; each asserts the exact headline a
 * contributor sees. Appended rows land on the line after the fixture's last row (observations.csv
 * and actors.csv: line 8; events.csv: line 5). Columns are counted from the row as written.
 */
class CellValueDiagnosticsTest {
    private static final String OBS = "observations.csv";

    @TempDir
    Path temp;

    private FixtureCase fixture() {
        return FixtureCase.copy(temp);
    }

    @Test
    void aNumberWithAThousandsSeparatorIsNotANumber() {
        // value starts after "fixture-north,enterprises," (26 characters)
        FixtureCase c = fixture().append(OBS, "fixture-north,enterprises,\"1,082\",count,,2016,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/observations.csv:8:27: error: [PB201] '1,082' is not a number");
        assertThat(c.load().diagnostics().get(0).hint()).contains("no thousands separators");
    }

    @Test
    void aComparisonSignInAValuePointsToTheQualifierColumn() {
        FixtureCase c = fixture().append(OBS, "fixture-north,enterprises,>9000,count,,2016,fixture-report,");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo("test-fixture/observations.csv:8:27: error: [PB201] '>9000' is not a number");
        assertThat(d.hint()).contains("qualifier column");
    }

    @Test
    void aNegativeValueIsReported() {
        FixtureCase c = fixture().append(OBS, "fixture-north,enterprises,-3,count,,2016,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/observations.csv:8:27: error: [PB205] 'value' -3 is negative");
    }

    @Test
    void aUnitThatDoesNotFitTheIndicatorIsReportedAtTheUnit() {
        // "fixture-north,enterprises,3," is 28 characters
        FixtureCase c = fixture().append(OBS, "fixture-north,enterprises,3,usd-m,,2016,fixture-report,");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo(
                "test-fixture/observations.csv:8:29: error: [PB210] unit 'usd-m' does not fit indicator 'enterprises'");
        assertThat(d.hint()).isEqualTo("units that fit enterprises: count");
    }

    /** The fixture with an observations file holding only the optional value_high and kind columns and {@code rows}. */
    private FixtureCase withQualifiedRows(String... rows) {
        return fixture().write(OBS, "park,indicator,value,unit,qualifier,as_of,source,note,value_high,kind\n"
                + String.join("\n", rows) + "\nfixture-south,area-planned,100,ha,,2017,fixture-news,,,\n");
    }

    @Test
    void aRangeWithoutItsHighEndIsReportedAtValueHigh() {
        FixtureCase c = withQualifiedRows("fixture-north,jobs-direct,30000,persons,range,2016,fixture-report,,,");
        assertThat(c.headlines()).singleElement().asString().contains("[PB213] qualifier 'range' needs the high end in value_high");
    }

    @Test
    void aHighEndNotAboveTheValueOrWithoutARangeIsReported() {
        FixtureCase c = withQualifiedRows(
                "fixture-north,jobs-direct,30000,persons,range,2016,fixture-report,,20000,",
                "fixture-north,jobs-direct,30000,persons,over,2016,fixture-report,,50000,");
        assertThat(c.headlines()).hasSize(2).anySatisfy(h -> assertThat(h).contains("[PB213] value_high 20000.0 is not above value 30000.0"))
                .anySatisfy(h -> assertThat(h).contains("[PB213] value_high is set but the qualifier is 'over', not 'range'"));
    }

    @Test
    void aTargetIndicatorIsNeverAnOutcomeAndItsEmptyKindReadsAsTarget() {
        FixtureCase bad = withQualifiedRows("fixture-north,jobs-target,40000,persons,up-to,2016,fixture-report,,,outcome");
        assertThat(bad.headlines()).singleElement().asString().contains("[PB214] indicator 'jobs-target' is a target by definition");
    }

    @Test
    void anEmptyKindOfATargetIndicatorReadsAsTarget() {
        FixtureCase good = withQualifiedRows("fixture-north,jobs-target,30000,persons,range,2016,fixture-report,,50000,");
        assertThat(good.headlines()).noneMatch(h -> h.contains("observations.csv"));
    }

    @Test
    void anEmptyRequiredValueIsReportedAtItsCell() {
        FixtureCase c = fixture().append(OBS, "fixture-north,enterprises,,count,,2016,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/observations.csv:8:27: error: [PB208] 'value' is required but empty");
    }

    @Test
    void anUnknownModelListsTheAllowedWordsAndSuggestsTheClosest() {
        // parks.csv line 3: model starts at column 159
        FixtureCase c = fixture().replace("parks.csv", ",private-led,single-enterprise,", ",privat-led,single-enterprise,");
        assertThat(c.headlines()).containsExactly("test-fixture/parks.csv:3:159: error: [PB207] unknown model 'privat-led'; "
                + "did you mean 'private-led'? Allowed: government-driven, company-led, private-led");
    }

    @Test
    void aWordFarFromEveryAllowedOneGetsTheListWithoutAGuess() {
        FixtureCase c = fixture().replace("parks.csv", ",private-led,single-enterprise,", ",xyz,single-enterprise,");
        assertThat(c.headlines()).containsExactly("test-fixture/parks.csv:3:159: error: [PB207] unknown model 'xyz'; "
                + "allowed: government-driven, company-led, private-led");
    }

    @Test
    void aVariantOfAnotherModelNamesTheModelItBelongsTo() {
        // parks.csv line 4 (company-led): variant starts at column 82
        FixtureCase c = fixture().replace("parks.csv", ",company-led,,fixture-news", ",company-led,single-enterprise,fixture-news");
        assertThat(c.headlines()).containsExactly("test-fixture/parks.csv:4:82: error: [PB207] variant 'single-enterprise' "
                + "belongs to model private-led, not to company-led; variants of company-led: domestic-park-developer");
    }

    @Test
    void anUnknownSectorInAListIsReportedAtTheCell() {
        FixtureCase c = fixture().replace("parks.csv", "light-industry;textiles", "light-industry;textile");
        assertThat(c.headlines()).singleElement().asString()
                .startsWith("test-fixture/parks.csv:3:106: error: [PB207] unknown sector 'textile'; did you mean 'textiles'? Allowed: manufacturing, light-industry,");
    }

    @Test
    void yesAndNoAreWordsToo() {
        FixtureCase c = fixture().replace("parks.csv", "maritime-silk-road,yes,", "maritime-silk-road,Yes,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:3:102: error: [PB207] unknown 'belt_and_road' value 'Yes'; did you mean 'yes'? Allowed: yes, no");
    }

    @Test
    void aLowerCaseCountryCodeIsUnknownWithAHintToCapitalise() {
        FixtureCase c = fixture().replace("parks.csv", "北园,EG,", "北园,eg,");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo("test-fixture/parks.csv:3:37: error: [PB206] unknown country code 'eg'");
        assertThat(d.hint()).isEqualTo("write country codes in capitals: EG");
    }

    @Test
    void aCountryNameInsteadOfItsCodeGetsTheCode() {
        FixtureCase c = fixture().replace("parks.csv", "北园,EG,", "北园,Egypt,");
        Diagnostic d = c.load().diagnostics().get(0);
        assertThat(d.headline()).isEqualTo("test-fixture/parks.csv:3:37: error: [PB206] unknown country code 'Egypt'");
        assertThat(d.hint()).isEqualTo("the code of Egypt is EG");
    }

    @Test
    void aDateInWordsIsNotADate() {
        FixtureCase c = fixture().append("events.csv", "fixture-north,March 2016,Something happened,fixture-report,");
        assertThat(c.headlines()).containsExactly("test-fixture/events.csv:5:15: error: [PB202] 'March 2016' is not a date");
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNotADate() {
        FixtureCase c = fixture().append("events.csv", "fixture-north,2015-02-30,Something happened,fixture-report,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/events.csv:5:15: error: [PB202] '2015-02-30' is not a date: 2015-2 has no day 30");
    }

    @Test
    void aYearOutside1900To2100IsOutOfRange() {
        FixtureCase c = fixture().append("events.csv", "fixture-north,1850,Something happened,fixture-report,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/events.csv:5:15: error: [PB203] year 1850 of date '1850' is outside 1900–2100");
    }

    @Test
    void anEstablishedYearOutOfRangeOrNotAYear() {
        FixtureCase c = fixture().replace("parks.csv", ",operating,2008,", ",operating,2208,");
        assertThat(c.headlines()).containsExactly("test-fixture/parks.csv:3:140: error: [PB203] year 2208 is outside 1900–2100");
        FixtureCase d = FixtureCase.copy(temp.resolve("again")).replace("parks.csv", ",operating,2008,", ",operating,c.2008,");
        assertThat(d.headlines()).containsExactly("test-fixture/parks.csv:3:140: error: [PB201] 'c.2008' is not a year");
    }

    @Test
    void aLatitudeBeyondThePoleIsOutOfRange() {
        FixtureCase c = fixture().replace("parks.csv", ",29.5,32.25,", ",95,32.25,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:3:52: error: [PB203] latitude 95 is outside the range -90 to 90");
    }

    @Test
    void aStakeOver100PercentInOneRowIsOutOfRange() {
        // actors.csv line 3: stake_pct starts at column 83
        FixtureCase c = fixture().replace("actors.csv", "developer,60,2008,2015", "developer,160,2008,2015");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/actors.csv:3:83: error: [PB203] stake_pct 160 is outside the range 0 to 100");
    }

    @Test
    void coordinatesWithPrecisionUnknownAreOutOfRange() {
        FixtureCase c = fixture().replace("parks.csv", ",29.5,32.25,city,", ",29.5,32.25,unknown,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:3:63: error: [PB203] location_precision 'unknown' does not fit given coordinates");
    }

    @Test
    void coordinatesWithoutTheirSourceAreAFactWithoutASource() {
        FixtureCase c = fixture().replace("parks.csv", ",29.5,32.25,city,fixture-report,", ",29.5,32.25,city,,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:3:68: error: [PB304] coordinates without a source: 'location_source' is empty");
    }

    @Test
    void aLatitudeWithoutItsLongitudeIsIncomplete() {
        FixtureCase c = fixture().replace("parks.csv", ",29.5,32.25,", ",29.5,,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/parks.csv:3:57: error: [PB208] 'lon' is required when 'lat' is given");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsReportedAtItsEnd() {
        // "fixture-north,fixture-bank,Fixture Bank,fund-or-bank,CN,financier,,2012," is 72 characters
        FixtureCase c = fixture().append("actors.csv",
                "fixture-north,fixture-bank,Fixture Bank,fund-or-bank,CN,financier,,2012,2010,fixture-report,");
        assertThat(c.headlines()).containsExactly(
                "test-fixture/actors.csv:8:73: error: [PB209] period ends (until 2010) before it starts (from 2012)");
    }

    @Test
    void aUrlThatIsNotHttpIsOutOfRange() {
        FixtureCase c = fixture().replace("sources.csv", "https://example.org/fixture-report", "ftp://example.org/fixture-report");
        assertThat(c.headlines()).singleElement().asString()
                .startsWith("test-fixture/sources.csv:3:").contains("[PB203] url 'ftp://example.org/fixture-report' is not an http(s) address");
    }

    @Test
    void aReportedShareOfZeroIsOutOfRange() {
        // statistics.csv line 4: "fixture-bri-parks,parks,belt-and-road,7,count,2016," is 51 characters
        FixtureCase c = fixture().replace("statistics.csv", ",2016,70,fixture-all-parks,", ",2016,0,fixture-all-parks,");
        assertThat(c.headlines()).containsExactly("test-fixture/statistics.csv:4:52: error: [PB203] reported_share_pct 0 is "
                + "outside the range 0 to 100 (more than 0, at most 100)");
    }

    @Test
    void aZoneVariantNeedsItsModel() {
        // zones.csv line 3: the model starts after the 107 characters up to "fixture-north,"
        FixtureCase c = fixture().replace("zones.csv", "fixture-north,private-led,single-enterprise,", "fixture-north,,single-enterprise,");
        assertThat(c.headlines()).containsExactly("test-fixture/zones.csv:3:108: error: [PB208] 'model' is required when a variant is given");
    }

    @Test
    void everyBadCellOfARowIsReportedNotOnlyTheFirst() {
        FixtureCase c = fixture().append(OBS, "fixture-north,jobs,-1,persns,roughly,2016-13,fixture-report,");
        assertThat(c.headlines()).extracting(h -> h.substring(0, h.indexOf(']') + 1)).containsExactly(
                "test-fixture/observations.csv:8:15: error: [PB207]",
                "test-fixture/observations.csv:8:20: error: [PB205]",
                "test-fixture/observations.csv:8:23: error: [PB207]",
                "test-fixture/observations.csv:8:30: error: [PB207]",
                "test-fixture/observations.csv:8:38: error: [PB202]");
    }
}
