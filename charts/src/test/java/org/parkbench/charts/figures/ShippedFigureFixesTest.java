package org.parkbench.charts.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkbench.charts.DataTable;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.TestCasebooks;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;

/** The audit's figure fixes, over the shipped case data. */
class ShippedFigureFixesTest {
    private static final Optional<Casebook> SHIPPED = TestCasebooks.shipped();

    private static Figure figure(String id) {
        assumeTrue(SHIPPED.isPresent(), "the shipped case data is not beside this module");
        return FigureCatalogue.forCasebook(SHIPPED.get()).figure(id).orElseThrow();
    }

    @Test
    void theSuezStakesAreStatedForTheirCompanyAndPeriodOnly() {
        Figure f = figure("suez-teda-zone-stakes");
        // the paper's shares (2008) are stakes in Egypt TEDA Investment Co.; China-Africa TEDA's holders (2023) have none given
        assertThat(f.altText()).contains("2008 to 2023, stakes in Egypt TEDA Investment Co.: Tianjin TEDA Investment Holding Co. 75 %")
                .doesNotContain("since 2023: Tianjin TEDA").doesNotContain("since 2023, stakes in");
        DataTable t = f.table();
        int period = t.indexOf("Period");
        int share = t.indexOf("Share");
        int in = t.indexOf("Stake in");
        for (List<Object> row : t.rows()) {
            if (row.get(period).equals("since 2023")) {
                assertThat(row.get(share)).as("no 2008 share is carried into 2023").isNull();
                assertThat(String.valueOf(row.get(in))).doesNotContain("Egypt TEDA Investment");
            } else if (row.get(share) != null) {
                assertThat(row.get(in)).isEqualTo("Egypt TEDA Investment Co.");
            }
        }
    }

    @Test
    void russianZonesEastOfTheUralsCountAsAsia() {
        assumeTrue(SHIPPED.isPresent(), "the shipped case data is not beside this module");
        List<ConfirmedZone> russian = SHIPPED.get().cases().stream().flatMap(c -> c.zones().stream())
                .filter(z -> z.country().equals("RU")).toList();
        for (String place : List.of("Ussuriysk", "Tomsk", "Primorsky")) {
            ConfirmedZone zone = russian.stream().filter(z -> z.nameEn().contains(place)).findFirst().orElseThrow();
            assertThat(ZoneRegion.of(zone, SHIPPED.get())).as(zone.nameEn()).isEqualTo("Asia");
        }
        Figure f = figure("zones-by-region");
        int europe = f.table().rows().stream().filter(r -> r.get(0).equals("Europe"))
                .mapToInt(r -> ((Double) r.get(2)).intValue()).sum();
        long nonRussianEurope = SHIPPED.get().cases().stream().flatMap(c -> c.zones().stream())
                .filter(z -> !z.country().equals("RU"))
                .filter(z -> org.parkbench.charts.geo.WorldOutlines.shipped().country(z.country())
                        .map(c -> c.continent().equals("Europe")).orElse(false)).count();
        assertThat(europe).as("no Russian zone is counted as Europe").isEqualTo((int) nonRussianEurope);
        assertThat(f.caption()).contains("east of the Urals");
    }

    @Test
    void haierRubaAreasAreComparedInKm2() {
        Figure f = figure("haier-ruba-zone-area");
        assertThat(f.table().columns().get(f.table().measure().getAsInt()).unit()).isEqualTo("km²");
        assertThat(f.caption()).contains("converted to km²");
        // the 100-acre figure stays as its source gives it in the table
        assertThat(f.table().rows()).anySatisfy(r -> assertThat(r.get(f.table().indexOf("As stated"))).isEqualTo("100 acres"));
    }
}
