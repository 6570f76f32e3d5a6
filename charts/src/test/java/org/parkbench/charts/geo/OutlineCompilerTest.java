package org.parkbench.charts.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OutlineCompilerTest {
    private static final String GEOJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"ISO_A2":"XA","ISO_A3":"XAA","CONTINENT":"Testland","NAME":"Square \\u00e9"},
              "geometry":{"type":"Polygon","coordinates":[[[0,0],[10.004,0],[10,10],[10,10],[0,10],[0,0]]]}},
             {"type":"Feature","properties":{"ISO_A2":"-99","ISO_A3":"-99","CONTINENT":"Testland","NAME":"Islands"},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[20,0],[21,0],[21,1],[20,0]]],[[[30,0],[31,0],[31,-1.004],[30,0]]]]}}]}
            """;

    @Test
    void compilesCodesNamesAndRoundedRingsDroppingRepeats() throws Exception {
        String text = OutlineCompiler.compile(GEOJSON);
        assertThat(text).contains("C XA|XAA|Testland|Square é\nR 0,0 10,0 10,10 0,10 0,0\n")
                .contains("C ||Testland|Islands\nR 20,0 21,0 21,1 20,0\nR 30,0 31,0 31,-1 30,0\n");
        WorldOutlines parsed = WorldOutlines.parse(new BufferedReader(new StringReader(text)));
        assertThat(parsed.countries()).hasSize(2);
        assertThat(parsed.country("XA")).hasValueSatisfying(c -> assertThat(c.bounds().getWidth()).isEqualTo(10.0));
        assertThat(parsed.countries().get(1).isoCode()).isEmpty();
        assertThat(OutlineCompiler.compile(GEOJSON)).as("deterministic").isEqualTo(text);
    }
}
