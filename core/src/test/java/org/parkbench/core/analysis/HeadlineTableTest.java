package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

class HeadlineTableTest {
    private final HeadlineTable table = HeadlineTable.of(Facts.paperStatistics());

    @Test
    void keepsOneRowPerStatisticInOrder() {
        assertThat(table.rows()).extracting(r -> r.statistic().id())
                .containsExactly("parks-all", "parks-bri", "countries-all", "countries-bri", "enterprises-bri",
                        "investment-bri", "output-bri");
    }

    @Test
    void theParksRowChecksThePrintedTotalInsteadOfImplyingANewOne() {
        // The paper prints 56 parks, 72.72 % and the total 77. 56 ÷ 0.7272 = 77.0077…; 56 ÷ 0.7273 = 76.997…,
        // so 77 lies between the totals the truncated share allows: a check of the 77, not a figure of its own.
        assertThat(row("parks-bri").cells()).containsExactly("parks", "Parks in Belt-and-Road countries", "56 parks",
                "72.72 %", "72.727 %", "truncated",
                "check: 56 parks ÷ 72.72 % = 77.008 parks, consistent with the printed 77 parks up to the truncated share");
        assertThat(row("parks-bri").impliedTotal()).isEmpty();
    }

    @Test
    void aShareWithoutAPublishedTotalStillImpliesOne() {
        List<String> cells = row("enterprises-bri").cells();

        assertThat(cells.get(2)).isEqualTo("1,082 enterprises");
        assertThat(cells.get(3)).isEqualTo("71.09 %");
        assertThat(cells.get(4)).isEqualTo(HeadlineTable.NONE);
        assertThat(cells.get(5)).isEqualTo(HeadlineTable.NONE);
        assertThat(cells.get(6)).isEqualTo("1522 enterprises");
        assertThat(row("investment-bri").cells()).contains("USD 18.55 bn", "USD 24.191 bn");
        assertThat(row("output-bri").cells()).contains("USD 70.276 bn");
    }

    @Test
    void aTotalHasNothingToCheck() {
        assertThat(row("countries-all").cells()).containsExactly("countries", "All Chinese overseas parks", "36 countries",
                "—", "—", "—", "—");
        assertThat(row("countries-all").shareCheck()).isEmpty();
        assertThat(row("countries-all").impliedTotal()).isEmpty();
    }

    @Test
    void aFigureIsShownWithTheSourcesQualifier() {
        // The State Council Information Office briefing of April 2019: "more than USD 3 bn" in taxes,
        // "more than 300,000" jobs, "about USD 40 bn" cumulative investment.
        HeadlineTable briefing = HeadlineTable.of(List.of(
                stat("taxes", 3, Unit.USD_BN, Qualifier.OVER, null, null),
                stat("jobs", 300000, Unit.PERSONS, Qualifier.OVER, null, null),
                stat("investment", 40, Unit.USD_BN, Qualifier.ABOUT, null, null)));

        assertThat(briefing.rows()).extracting(HeadlineTable.Row::figure)
                .containsExactly("more than USD 3 bn", "more than 300,000 jobs", "about USD 40 bn");
        assertThat(briefing.toText()).contains("more than USD 3 bn", "more than 300,000 jobs", "about USD 40 bn");
    }

    @Test
    void aTargetIsLabelledAndARangeWrittenLowToHigh() {
        PublishedStatistic target = new PublishedStatistic("jobs-target", "jobs", StatisticScope.ALL_OVERSEAS, 30000, 50000.0,
                Unit.PERSONS, Qualifier.RANGE, ObservationKind.TARGET, PartialDate.ofYear(2019), null, "", "briefing", "", Origin.UNKNOWN);
        assertThat(HeadlineTable.figure(target)).isEqualTo("target: 30,000–50,000 jobs");
    }

    @Test
    void aLowerBoundWithAShareImpliesNoTotalAndSaysWhy() {
        // 300,000 ÷ 60 % would be 500,000, but "more than 300,000" over a rounded share bounds nothing.
        HeadlineTable t = HeadlineTable.of(List.of(stat("jobs", 300000, Unit.PERSONS, Qualifier.OVER, 60.0, null)));
        HeadlineTable.Row r = t.rows().get(0);

        assertThat(r.impliedTotal()).isEmpty();
        assertThat(r.cells().get(6)).startsWith("not computed: the source states it as more than 300,000 jobs");
    }

    @Test
    void anAboutFigureStillImpliesAnAboutTotal() {
        // about USD 40 bn ÷ 80 % ≈ USD 50 bn
        HeadlineTable t = HeadlineTable.of(List.of(stat("investment", 40, Unit.USD_BN, Qualifier.ABOUT, 80.0, null)));
        assertThat(t.rows().get(0).impliedTotal()).hasValueSatisfying(i -> assertThat(i.text()).isEqualTo("USD 50 bn"));
    }

    @Test
    void aShareOfATotalThatIsNotExactIsNotChecked() {
        PublishedStatistic all = stat("parks-all", 125, Unit.COUNT, Qualifier.ABOUT, null, null);
        PublishedStatistic bri = new PublishedStatistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 112, Unit.COUNT,
                PartialDate.ofYear(2022), 89.6, "parks-all", "briefing", "", Origin.UNKNOWN);
        HeadlineTable.Row r = HeadlineTable.of(List.of(all, bri)).rows().get(1);

        assertThat(r.shareCheck()).isEmpty();
        assertThat(r.impliedTotal()).isEmpty();
        assertThat(r.cells().get(6)).isEqualTo("not computed: the printed total is about 125 parks, not an exact figure to check the share against");
    }

    @Test
    void printsAsAnAlignedTextTable() {
        List<String> lines = table.toText().lines().toList();

        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).startsWith("measure").contains("recomputed share").contains("implied total or check");
        assertThat(lines.get(2)).contains("72.727 %").contains("truncated").contains("consistent with the printed 77 parks");
        int column = lines.get(0).indexOf("scope");
        assertThat(lines.get(1).substring(column)).startsWith("All Chinese overseas parks");
    }

    private static PublishedStatistic stat(String measure, double value, Unit unit, Qualifier qualifier, Double share, String shareOf) {
        return new PublishedStatistic(measure, measure.equals("parks-all") ? "parks" : measure, StatisticScope.ALL_OVERSEAS, value, null,
                unit, qualifier, ObservationKind.OUTCOME, PartialDate.ofYear(2019), share, shareOf, "briefing", "", Origin.UNKNOWN);
    }

    private HeadlineTable.Row row(String id) {
        return table.rows().stream().filter(r -> r.statistic().id().equals(id)).findFirst().orElseThrow();
    }
}
