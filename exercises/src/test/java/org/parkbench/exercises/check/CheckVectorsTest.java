package org.parkbench.exercises.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkbench.exercises.Vectors;

/** The Java side of the shared vectors; {@link BrowserParityTest} runs the same file through check.js. */
class CheckVectorsTest {
    private final JsonNode vectors = Vectors.load();

    @Test
    void normalisesNumbersAsTheVectorsSay() {
        for (JsonNode t : vectors.get("numbers")) {
            String expected = t.get("normalised").isNull() ? null : t.get("normalised").asText();
            assertThat(ResponseNormaliser.number(t.get("typed").asText(), t.get("decimals").asInt()).orElse(null))
                    .as(t.toString()).isEqualTo(expected);
        }
    }

    @Test
    void roundsANumberExactlyHalfwayBothWays() {
        for (JsonNode t : vectors.get("ties")) {
            String typed = t.get("typed").asText();
            int decimals = t.get("decimals").asInt();
            assertThat(ResponseNormaliser.number(typed, decimals).orElse(null)).as(t.toString())
                    .isEqualTo(t.get("normalised").isNull() ? null : t.get("normalised").asText());
            assertThat(ResponseNormaliser.numberAtTie(typed, decimals).orElse(null)).as(t.toString())
                    .isEqualTo(t.get("other").isNull() ? null : t.get("other").asText());
        }
    }

    @Test
    void normalisesChoicesOrdersAndClassifications() {
        for (JsonNode t : vectors.get("choices")) {
            assertThat(ResponseNormaliser.choices(texts(t.get("ids")))).as(t.toString()).isEqualTo(t.get("normalised").asText());
        }
        for (JsonNode t : vectors.get("orders")) {
            assertThat(ResponseNormaliser.order(texts(t.get("ids")))).as(t.toString()).isEqualTo(t.get("normalised").asText());
        }
        for (JsonNode t : vectors.get("classifications")) {
            Map<String, String> pairs = new LinkedHashMap<>();
            t.get("pairs").properties().forEach(e -> pairs.put(e.getKey(), e.getValue().asText()));
            assertThat(ResponseNormaliser.classification(pairs)).isEqualTo(t.get("normalised").asText());
        }
    }

    @Test
    void theStretchedHashIsPbkdf2HmacSha256AsTheVectorsSay() {
        int checked = 0;
        for (JsonNode t : vectors.get("pbkdf2")) {
            assertThat(HexFormat.of().formatHex(StretchedHash.derive(t.get("salt").asText(), t.get("text").asText(),
                    t.get("iterations").asInt()))).as(t.toString()).isEqualTo(t.get("derived").asText());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theVectorsPinTheIterationsSitesAreBuiltWith() {
        assertThat(vectors.get("iterations").asInt()).isEqualTo(StretchedHash.ITERATIONS);
        assertThat(vectors.get("digests")).anyMatch(t -> t.path("production").asBoolean() && t.get("iterations").asInt() == StretchedHash.ITERATIONS);
        assertThat(vectors.get("seals")).anyMatch(t -> t.path("production").asBoolean() && t.get("iterations").asInt() == StretchedHash.ITERATIONS);
    }

    @Test
    void saltsAndDigestsMatchTheVectors() {
        for (JsonNode t : vectors.get("digests")) {
            String salt = AnswerDigest.salt(t.get("course").asText(), t.get("exercise").asText());
            assertThat(salt).isEqualTo(t.get("salt").asText());
            assertThat(AnswerDigest.digest(salt, t.get("exercise").asText(), t.get("variant").asInt(), t.get("normalised").asText(),
                    t.get("iterations").asInt())).as(t.toString()).isEqualTo(t.get("digest").asText());
            if (t.path("production").asBoolean()) {
                assertThat(AnswerDigest.digest(salt, t.get("exercise").asText(), t.get("variant").asInt(), t.get("normalised").asText()))
                        .isEqualTo(t.get("digest").asText());
            }
        }
    }

    @Test
    void sealsAndUnsealsAsTheVectorsSay() {
        for (JsonNode t : vectors.get("seals")) {
            int iterations = t.get("iterations").asInt();
            String sealed = SealedText.seal(t.get("text").asText(), t.get("salt").asText(), t.get("variant").asInt(),
                    t.get("purpose").asText(), iterations);
            assertThat(sealed).isEqualTo(t.get("sealed").asText());
            assertThat(SealedText.unseal(sealed, t.get("salt").asText(), t.get("variant").asInt(), t.get("purpose").asText(), iterations))
                    .isEqualTo(t.get("text").asText());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
