package org.parkbench.exercises.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a student did on an exercise, as the answer file lists them in order
 * (docs/answer-file.md): an {@code attempt} with the response checked, a {@code hint} opened (its
 * number, from 1), or the worked {@code solution} opened. {@code at} is the browser's clock (ISO
 * 8601), informational: the order of the list is what counts.
 *
 * @param response the response of an attempt (JSON null for the other types)
 * @param hint     the number of the hint opened; 0 for the other types
 */
public record AnswerEvent(Type type, Optional<String> at, JsonNode response, int hint) {
    public AnswerEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(response, "response");
    }

    /** The kinds of event, by the word the file uses. */
    public enum Type {
        ATTEMPT("attempt"), HINT("hint"), SOLUTION("solution");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Optional<Type> of(String word) {
            return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
        }
    }
}
