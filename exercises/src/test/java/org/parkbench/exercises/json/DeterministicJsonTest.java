package org.parkbench.exercises.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every JSON file and data block of the site relies on: the same data gives the same text
 * (keys of a map sorted, a record's properties in component order, no platform line ends), and
 * no string can end the {@code <script>} element it sits in.
 */
class DeterministicJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    record Park(String name, String country, int hectares) {
    }

    @Test
    void mapKeysAreSortedWhateverTheInsertionOrder() {
        Map<String, Object> first = new HashMap<>();
        Map<String, Object> second = new java.util.LinkedHashMap<>();
        for (String k : List.of("zeta", "alpha", "mu", "feedback:b", "feedback:a")) {
            first.put(k, k.length());
        }
        for (String k : List.of("mu", "feedback:a", "zeta", "feedback:b", "alpha")) {
            second.put(k, k.length());
        }

        assertThat(DeterministicJson.compact(first)).isEqualTo(DeterministicJson.compact(second))
                .isEqualTo("{\"alpha\":5,\"feedback:a\":10,\"feedback:b\":10,\"mu\":2,\"zeta\":4}");
    }

    @Test
    void recordPropertiesComeInComponentOrder() {
        assertThat(DeterministicJson.compact(new Park("Suzhou Industrial Park", "China", 27800)))
                .isEqualTo("{\"name\":\"Suzhou Industrial Park\",\"country\":\"China\",\"hectares\":27800}");
    }

    @Test
    void nothingInAStringCanCloseOrOpenAnElement() throws IOException {
        String hostile = "</script><script>alert(1)</script><!-- & -->\u2028\u2029";

        String json = DeterministicJson.compact(Map.of("text", hostile));

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029")
                .contains("\\u003c/script\\u003e").contains("\\u003c!--").contains("\\u2028");
        assertThat(PLAIN.readTree(json).get("text").asText()).isEqualTo(hostile);
    }

    @Test
    void otherTextIsWrittenAsItselfAndControlCharactersEscaped() throws IOException {
        String text = "苏州工业园区 — Suez \"TEDA\" \\ tab\there\nline\u0001";

        String json = DeterministicJson.compact(List.of(text));

        assertThat(json).contains("苏州工业园区 — Suez \\\"TEDA\\\" \\\\ tab\\there\\nline\\u0001");
        assertThat(PLAIN.readTree(json).get(0).asText()).isEqualTo(text);
    }

    @Test
    void elementPerLinePutsEachOutermostElementOnALine() {
        List<Object> value = List.of(Map.of("u", "a.html", "tags", List.of("x", "y")), Map.of("u", "b.html", "tags", List.of()));

        assertThat(DeterministicJson.elementPerLine(value))
                .isEqualTo("[\n{\"tags\":[\"x\",\"y\"],\"u\":\"a.html\"},\n{\"tags\":[],\"u\":\"b.html\"}\n]");
        assertThat(DeterministicJson.elementPerLine(List.of())).isEqualTo("[]");
    }

    @Test
    void indentedUsesTwoSpacesAndLineFeedsOnly() {
        String json = DeterministicJson.indented(Map.of("name", "p", "fields", List.of(new Park("A", "B", 1))));

        assertThat(json).isEqualTo("""
                {
                  "fields": [
                    {
                      "name": "A",
                      "country": "B",
                      "hectares": 1
                    }
                  ],
                  "name": "p"
                }""").doesNotContain("\r");
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = DeterministicJson.compact(Map.of("TITLE", "ISTANBUL i", "n", 1234567));
            Locale.setDefault(Locale.ROOT);
            assertThat(DeterministicJson.compact(Map.of("TITLE", "ISTANBUL i", "n", 1234567))).isEqualTo(turkish)
                    .isEqualTo("{\"TITLE\":\"ISTANBUL i\",\"n\":1234567}");
        } finally {
            Locale.setDefault(before);
        }
    }
}
