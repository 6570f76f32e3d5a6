package org.parkbench.exercises.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;

/**
 * Checks a response, in the JSON shape the site writes it (docs/answer-file.md), against a
 * variant's key: normalised by {@link ResponseNormaliser} and compared with the key's accepted
 * answers, exactly as the browser compares digests. A response of the wrong shape is simply not
 * correct. Short answers are never correct here: the lecturer scores them.
 */
public final class AnswerCheck {
    /**
     * The longest numeric response read as a number; a longer one (no one types it) is not correct.
     * Without the bound, a response of a million digits, or the JSON number {@code 1e999999999},
     * would keep the grader busy for minutes or fill its memory writing it out.
     */
    static final int MAX_NUMBER_CHARACTERS = 1000;

    private AnswerCheck() {
    }

    /** {@code d} without an exponent, or null when that would be longer than a response is read. */
    private static String plain(BigDecimal d) {
        long digits = (long) d.precision() + Math.abs((long) d.scale());
        return digits > MAX_NUMBER_CHARACTERS ? null : d.toPlainString();
    }

    /**
     * Whether the response is right: its normalised form is accepted or, for a number typed exactly
     * halfway between two values at the key's precision, the one rounded the other way is.
     */
    public static boolean isCorrect(ExerciseVariant variant, JsonNode response) {
        List<String> accepted = variant.key().acceptedAnswers();
        if (normalise(variant, response).map(accepted::contains).orElse(false)) {
            return true;
        }
        return variant.type() == org.parkbench.exercises.model.ExerciseType.NUMERIC
                && typedNumber(response).flatMap(t -> ResponseNormaliser.numberAtTie(t, ((Key.Number) variant.key()).accuracy().decimals()))
                        .map(accepted::contains).orElse(false);
    }

    /** A numeric response as text, or empty when it is no number or too long to read. */
    private static Optional<String> typedNumber(JsonNode response) {
        if (response == null) {
            return Optional.empty();
        }
        String typed = response.isTextual() ? response.asText() : response.isNumber() ? plain(response.decimalValue()) : null;
        return typed == null || typed.length() > MAX_NUMBER_CHARACTERS ? Optional.empty() : Optional.of(typed);
    }

    /** The normalised response, or empty when it is missing or of the wrong shape for the type. */
    public static Optional<String> normalise(ExerciseVariant variant, JsonNode response) {
        if (response == null || response.isNull() || response.isMissingNode()) {
            return Optional.empty();
        }
        Key key = variant.key();
        return switch (variant.type()) {
            case NUMERIC -> typedNumber(response).flatMap(t -> ResponseNormaliser.number(t, ((Key.Number) key).accuracy().decimals()));
            case SINGLE_CHOICE -> response.isTextual() ? Optional.of(ResponseNormaliser.choices(List.of(response.asText()))) : Optional.empty();
            case MULTIPLE_CHOICE -> texts(response).map(ResponseNormaliser::choices);
            case ORDER -> texts(response).map(ResponseNormaliser::order);
            case CLASSIFY -> pairs(response).map(ResponseNormaliser::classification);
            case SHORT_ANSWER -> Optional.empty();
        };
    }

    private static Optional<List<String>> texts(JsonNode node) {
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<String> list = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                return Optional.empty();
            }
            list.add(n.asText());
        }
        return Optional.of(list);
    }

    private static Optional<Map<String, String>> pairs(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (var e : node.properties()) {
            if (!e.getValue().isTextual()) {
                return Optional.empty();
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return Optional.of(map);
    }
}
