package org.parkbench.charts.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class WorldOutlinesTest {
    @Test
    void theShippedOutlinesHoldTheWorldsCountries() {
        WorldOutlines world = WorldOutlines.shipped();
        assertThat(world.countries()).hasSize(177);
        assertThat(world.country("EG")).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Egypt");
            assertThat(c.continent()).isEqualTo("Africa");
            // Egypt lies between about 25° and 37° east, 22° and 32° north
            assertThat(c.bounds().getMinX()).isBetween(24.0, 26.0);
            assertThat(c.bounds().getMaxY()).isBetween(31.0, 32.5);
        });
        assertThat(world.name("SG")).as("too small for 1:110m").isEqualTo("SG");
    }

    @Test
    void theShippedFileIsCompactAndAttributed() throws Exception {
        try (InputStream in = WorldOutlines.class.getResourceAsStream("countries-110m.txt")) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes.length).isLessThan(500_000);
            assertThat(new String(bytes, 0, 200, java.nio.charset.StandardCharsets.UTF_8)).contains("Made with Natural Earth");
        }
        assertThat(WorldOutlines.class.getResource("README.md")).isNotNull();
    }
}
