package org.parkbench.exercises.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;

class StudentCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theCheckDataHoldsNoKeySolutionOrFeedbackInReadableForm() throws Exception {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        int checked = 0;
        for (var exercise : set.exercises()) {
            for (ExerciseVariant v : set.variants(exercise.id())) {
                String json = StudentCheck.of(FixtureCourse.COURSE, v).toJson();
                JsonNode data = JSON.readTree(json);

                List<String> secrets = new ArrayList<>(v.key().acceptedAnswers());
                secrets.add(v.solution());
                secrets.add(v.feedbackCorrect());
                v.options().stream().map(ExerciseVariant.Option::feedback).filter(f -> !f.isEmpty()).forEach(secrets::add);
                if (v.key() instanceof Key.Manual m) {
                    secrets.add(m.modelAnswer());
                    m.rubric().forEach(r -> secrets.add(r.criterion()));
                }
                // what is readable: the plain fields; digests and the salt are hex, sealed texts base64 of scrambled bytes
                List<String> readable = new ArrayList<>();
                data.properties().forEach(e -> {
                    if (!e.getKey().equals("accept") && !e.getKey().equals("sealed") && !e.getKey().equals("salt")) {
                        readable.add(e.getValue().asText());
                    }
                });
                data.get("accept").forEach(d -> assertThat(d.asText()).matches("[0-9a-f]{64}"));
                for (String secret : secrets) {
                    // a one-letter choice id is in the page anyway, as an option; longer texts must not be
                    if (secret.length() < 2) {
                        continue;
                    }
                    assertThat(readable).as(v.exerciseId() + " readable fields").noneMatch(r -> r.contains(secret));
                    data.get("sealed").forEach(s -> assertThat(s.asText()).as(v.exerciseId() + " sealed text in the page")
                            .doesNotContain(secret).isNotEqualTo(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8))));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void theSealedTextsOpenToTheSolutionAndFeedback() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        ExerciseVariant v = set.variant("suez-model", 0);

        StudentCheck check = StudentCheck.of(FixtureCourse.COURSE, v);

        assertThat(SealedText.unseal(check.sealed().get("solution"), check.salt(), 0, "solution")).isEqualTo(v.solution());
        assertThat(SealedText.unseal(check.sealed().get("feedback:b"), check.salt(), 0, "feedback:b"))
                .isEqualTo("Leaders initiated it, but a development company built it.");
    }

    @Test
    void theSameExercisesGiveByteIdenticalCheckData() {
        ExerciseSet first = FixtureCourse.copyTo(dir.resolve("a")).exercises();
        ExerciseSet second = FixtureCourse.copyTo(dir.resolve("b")).exercises();

        assertThat(StudentCheck.of("c", second.variant("suez-jobs-per-km2", 1)).toJson())
                .isEqualTo(StudentCheck.of("c", first.variant("suez-jobs-per-km2", 1)).toJson());
    }

    @Test
    void aToleranceAcceptsEveryRoundedNumberWithinIt() {
        ExerciseSet set = FixtureCourse.copyTo(dir).exercises();
        ExerciseVariant v = set.variant("suez-jobs-per-km2", 0);
        Key.Number key = (Key.Number) v.key();

        // 9000 ÷ 7.34 = 1226.16; ± 1 % = ± 12.26: whole numbers 1214 … 1238
        assertThat(key.acceptedAnswers()).hasSize(25).startsWith("1214").endsWith("1238");
        assertThat(AnswerCheck.isCorrect(v, JSON.getNodeFactory().textNode("1,238"))).isTrue();
        assertThat(AnswerCheck.isCorrect(v, JSON.getNodeFactory().textNode("1213.4"))).isFalse();
        assertThat(AnswerCheck.isCorrect(v, JSON.getNodeFactory().numberNode(1226.2))).isTrue();
    }
}
