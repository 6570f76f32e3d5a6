package org.parkbench.exercises.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkbench.exercises.Vectors;

class VariantChooserTest {
    private final JsonNode vectors = Vectors.load();

    @Test
    void fnv1aMatchesThePublishedAndSharedVectors() {
        for (JsonNode t : vectors.get("fnv1a")) {
            assertThat(Integer.toUnsignedLong(VariantChooser.fnv1a(t.get("text").asText()))).as(t.toString())
                    .isEqualTo(t.get("hash").asLong());
        }
    }

    @Test
    void choosesTheSharedVectorsVariants() {
        for (JsonNode t : vectors.get("variants")) {
            assertThat(VariantChooser.choose(t.get("course").asText(), t.get("student").asText(), t.get("exercise").asText(),
                    t.get("count").asInt())).as(t.toString()).isEqualTo(t.get("variant").asInt());
        }
    }

    @Test
    void aStudentIdIsTrimmedAndNormalisedButKeepsItsCase() {
        assertThat(VariantChooser.normaliseStudentId("\u00A0 s123\u3000\n")).isEqualTo("s123");
        assertThat(VariantChooser.normaliseStudentId("rene\u0301e")).isEqualTo("ren\u00E9e");
        assertThat(VariantChooser.normaliseStudentId("S123")).isEqualTo("S123");
    }

    @Test
    void spreadsStudentsOverEveryVariant() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(VariantChooser.choose("parkbench", "student-" + i, "suez-jobs-per-km2", 4));
        }
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void refusesAnExerciseWithoutVariants() {
        assertThatThrownBy(() -> VariantChooser.choose("c", "s", "e", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
