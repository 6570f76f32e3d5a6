package org.parkbench.exercises.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parkbench.exercises.json.DeterministicJson;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;

/**
 * What a student page needs to check one variant of an exercise in the browser, and nothing that
 * shows the answer: the salt, the digests of every accepted normalised answer (sorted, so their
 * order says nothing), the precision numbers are rounded to, and the texts that reveal the answer
 * (worked solution, feedback, a short answer's model answer and rubric) sealed with
 * {@link SealedText}; digests and seal keys are stretched with {@code iterations} rounds of
 * {@link StretchedHash}. {@code check.js} reads {@link #toJson()}. Titles, bodies, hints and the
 * options' labels are safe and come from {@link ExerciseVariant} directly; its key, solution and
 * feedback never belong on a student page.
 *
 * @param decimals the precision of a numeric answer; null for other types
 * @param sealed   sealed texts by purpose: {@code solution}, {@code feedback:correct},
 *                 {@code feedback:incorrect}, {@code feedback:<choice id>}, {@code model-answer},
 *                 {@code rubric} (a JSON array of {points, criterion})
 */
public record StudentCheck(String course, String exerciseId, int variant, ExerciseType type, int points, String salt,
                           int iterations, Integer decimals, List<String> accept, Map<String, String> sealed) {
    /** The version of the check data: 2 since digests and seals are stretched ({@code iterations}). */
    public static final int VERSION = 2;

    public StudentCheck {
        Objects.requireNonNull(course, "course");
        accept = List.copyOf(accept);
        sealed = java.util.Collections.unmodifiableMap(new TreeMap<>(sealed));
    }

    /** The check data of {@code variant} in {@code course}. */
    public static StudentCheck of(String course, ExerciseVariant variant) {
        String id = variant.exerciseId();
        String salt = AnswerDigest.salt(course, id);
        int index = variant.index();
        List<String> accept = variant.key().acceptedAnswers().stream()
                .map(a -> AnswerDigest.digest(salt, id, index, a)).sorted().toList();
        Map<String, String> sealed = new TreeMap<>();
        sealed.put("solution", SealedText.seal(variant.solution(), salt, index, "solution"));
        sealed.put("feedback:correct", SealedText.seal(variant.feedbackCorrect(), salt, index, "feedback:correct"));
        sealed.put("feedback:incorrect", SealedText.seal(variant.feedbackIncorrect(), salt, index, "feedback:incorrect"));
        for (ExerciseVariant.Option o : variant.options()) {
            if (!o.feedback().isEmpty()) {
                sealed.put("feedback:" + o.id(), SealedText.seal(o.feedback(), salt, index, "feedback:" + o.id()));
            }
        }
        if (variant.key() instanceof Key.Manual manual) {
            sealed.put("model-answer", SealedText.seal(manual.modelAnswer(), salt, index, "model-answer"));
            ArrayNode rubric = DeterministicJson.array();
            manual.rubric().forEach(r -> rubric.addObject().put("points", r.points()).put("criterion", r.criterion()));
            sealed.put("rubric", SealedText.seal(DeterministicJson.compact(rubric), salt, index, "rubric"));
        }
        Exercise exercise = variant.exercise();
        Integer decimals = exercise instanceof Exercise.Numeric n ? n.accuracy().decimals() : null;
        return new StudentCheck(course, id, index, exercise.type(), exercise.points(), salt, StretchedHash.ITERATIONS, decimals,
                accept, sealed);
    }

    /** The check data as one JSON object on one line, fields in a fixed order (byte-identical across builds). */
    public String toJson() {
        return DeterministicJson.compact(toTree());
    }

    /** The check data as a JSON object: {@code format}, {@code version}, … {@code sealed}, in that order. */
    public ObjectNode toTree() {
        ObjectNode o = DeterministicJson.object();
        o.put("format", "parkbench-check").put("version", VERSION).put("course", course).put("exercise", exerciseId)
                .put("variant", variant).put("type", type.word()).put("points", points).put("salt", salt)
                .put("iterations", iterations);
        if (decimals != null) {
            o.put("decimals", decimals);
        }
        ArrayNode a = o.putArray("accept");
        accept.forEach(a::add);
        ObjectNode s = o.putObject("sealed");
        sealed.forEach(s::put);
        return o;
    }
}
