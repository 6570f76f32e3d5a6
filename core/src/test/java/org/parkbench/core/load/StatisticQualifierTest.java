package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;

/**
 * statistics.csv's optional qualifier, value_high and kind columns: read like observations.csv's,
 * checked with the same codes, and a file written before they existed stays valid.
 */
class StatisticQualifierTest {
    private static final String STATS = "statistics.csv";
    private static final String HEADER = "id,measure,scope,value,unit,as_of,reported_share_pct,share_of,source,note,qualifier,value_high,kind\n";
    /** "fixture-jobs,jobs,all-overseas,300000,persons,2019,,,fixture-report,," is 69 characters: the qualifier starts at 70. */
    private static final String JOBS = "fixture-jobs,jobs,all-overseas,300000,persons,2019,,,fixture-report,,";

    @TempDir
    Path temp;

    private FixtureCase withRows(String... rows) {
        return FixtureCase.copy(temp).write(STATS, HEADER + String.join("\n", rows) + "\n");
    }

    @Test
    void aFileWithoutTheColumnsStaysValidAndReadsAsExactOutcomes() {
        FixtureCase c = FixtureCase.copy(temp);
        assertThat(c.headlines()).isEmpty();
        assertThat(c.load().value().statistics()).hasSize(2).allSatisfy(s -> {
            assertThat(s.qualifier()).isEqualTo(Qualifier.EXACT);
            assertThat(s.valueHigh()).isNull();
            assertThat(s.kind()).isEqualTo(ObservationKind.OUTCOME);
        });
    }

    @Test
    void theQualifierRangeAndKindAreRead() {
        FixtureCase c = withRows(JOBS + "over,,",
                "fixture-plan,jobs,all-overseas,30000,persons,2019,,,fixture-report,,range,50000,target");
        assertThat(c.headlines()).isEmpty();
        PublishedStatistic over = c.load().value().statistics().get(0);
        PublishedStatistic target = c.load().value().statistics().get(1);
        assertThat(over.qualifier()).isEqualTo(Qualifier.OVER);
        assertThat(over.kind()).isEqualTo(ObservationKind.OUTCOME);
        assertThat(target.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(target.valueHigh()).isEqualTo(50000.0);
        assertThat(target.kind()).isEqualTo(ObservationKind.TARGET);
    }

    @Test
    void anUnknownQualifierIsReportedAtItsCellWithTheAllowedWords() {
        FixtureCase c = withRows(JOBS + "more-than,,");
        assertThat(c.headlines()).singleElement().asString()
                .startsWith("test-fixture/statistics.csv:2:70: error: [PB207] unknown qualifier 'more-than'")
                .contains("over");
    }

    @Test
    void aRangeNeedsItsHighEnd() {
        assertThat(withRows(JOBS + "range,,").headlines()).singleElement().asString()
                .contains("statistics.csv:2:").contains("[PB213] qualifier 'range' needs the high end in value_high");
    }

    @Test
    void onlyARangeHasAHighEnd() {
        assertThat(withRows(JOBS + "over,400000,").headlines()).singleElement().asString()
                .contains("[PB213] value_high is set but the qualifier is 'over', not 'range'");
    }

    @Test
    void aRangesHighEndLiesAboveItsValue() {
        assertThat(withRows(JOBS + "range,200000,").headlines()).singleElement().asString()
                .contains("[PB213] value_high 200000.0 is not above value 300000.0");
    }

    @Test
    void anUnknownKindIsReported() {
        assertThat(withRows(JOBS + "over,,achieved").headlines()).singleElement().asString()
                .contains("statistics.csv:2:").contains("[PB207] unknown kind 'achieved'");
    }
}
