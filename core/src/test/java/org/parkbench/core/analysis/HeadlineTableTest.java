package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTableTest {
    private final HeadlineTable table = HeadlineTable.of(Facts.paperStatistics());

    @Test
    void keepsOneRowPerStatisticInOrder() {
        assertThat(table.rows()).extracting(r -> r.statistic().id())
                .containsExactly("parks-all", "parks-bri", "countries-all", "countries-bri", "enterprises-bri",
                        "investment-bri", "output-bri");
    }

    @Test
    void theParksRowIsCheckedAgainstItsTotal() {
        assertThat(row("parks-bri").cells()).containsExactly("parks", "Parks in Belt-and-Road countries", "56", "parks",
                "72.72 %", "72.727 %", "truncated", "77.008 parks");
    }

    @Test
    void aShareWithoutAPublishedTotalStillImpliesOne() {
        List<String> cells = row("enterprises-bri").cells();

        assertThat(cells.get(4)).isEqualTo("71.09 %");
        assertThat(cells.get(5)).isEqualTo(HeadlineTable.NONE);
        assertThat(cells.get(6)).isEqualTo(HeadlineTable.NONE);
        assertThat(cells.get(7)).isEqualTo("1522 enterprises");
        assertThat(row("investment-bri").cells()).contains("USD bn", "USD 24.191 bn");
        assertThat(row("output-bri").cells()).contains("USD 70.276 bn");
    }

    @Test
    void aTotalHasNothingToCheck() {
        assertThat(row("countries-all").cells()).containsExactly("countries", "All Chinese overseas parks", "36", "countries",
                "—", "—", "—", "—");
        assertThat(row("countries-all").shareCheck()).isEmpty();
        assertThat(row("countries-all").impliedTotal()).isEmpty();
    }

    @Test
    void printsAsAnAlignedTextTable() {
        List<String> lines = table.toText().lines().toList();

        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).startsWith("measure").contains("recomputed share");
        assertThat(lines.get(2)).contains("72.727 %").contains("truncated");
        int column = lines.get(0).indexOf("scope");
        assertThat(lines.get(1).substring(column)).startsWith("All Chinese overseas parks");
    }

    private HeadlineTable.Row row(String id) {
        return table.rows().stream().filter(r -> r.statistic().id().equals(id)).findFirst().orElseThrow();
    }
}
