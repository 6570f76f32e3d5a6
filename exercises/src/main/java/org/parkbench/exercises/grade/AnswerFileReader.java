package org.parkbench.exercises.grade;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an answer file strictly: well-formed JSON (duplicate keys refused), the right format and
 * version, and every required field with the right type. What does not fit is an
 * {@link AnswerFileException} whose message says what was wrong and where; unknown fields are
 * ignored, so a later site may add some without breaking older graders.
 */
public final class AnswerFileReader {
    /** Larger files are refused unread: a course's answers fit in far less. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private AnswerFileReader() {
    }

    public static AnswerFile read(byte[] bytes) throws AnswerFileException {
        if (bytes.length > MAX_BYTES) {
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, "the file has " + bytes.length
                    + " bytes, more than an answer file can (" + MAX_BYTES + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, "not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, "the file is not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(AnswerFile.FORMAT)) {
            throw new AnswerFileException(AnswerFileException.Kind.WRONG_FORMAT, "not a Parkbench answer file (\"format\" is "
                    + (format == null ? "missing" : format.toString()) + ", expected \"" + AnswerFile.FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() != AnswerFile.VERSION) {
            throw new AnswerFileException(AnswerFileException.Kind.WRONG_FORMAT, "answer file version "
                    + (version == null ? "missing" : version.toString()) + " is not supported; this Parkbench reads version "
                    + AnswerFile.VERSION);
        }
        String course = text(root, "course", "the file");
        String student = text(root, "student_id", "the file");
        Optional<String> exportedAt = Optional.ofNullable(root.get("exported_at")).filter(JsonNode::isTextual).map(JsonNode::asText);
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isArray()) {
            throw malformed("\"answers\" must be a list");
        }
        List<AnswerFile.Answer> list = new ArrayList<>();
        int i = 0;
        for (JsonNode a : answers) {
            String where = "answer " + (++i);
            if (!a.isObject()) {
                throw malformed(where + " is not an object");
            }
            String exercise = text(a, "exercise", where);
            int variant = whole(a, "variant", where, true);
            JsonNode response = a.has("response") ? a.get("response") : JSON.nullNode();
            list.add(new AnswerFile.Answer(exercise, variant, response, whole(a, "attempts", where, false),
                    whole(a, "seconds", where, false)));
        }
        return new AnswerFile(course, student, exportedAt, list);
    }

    private static String text(JsonNode node, String field, String where) throws AnswerFileException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed(where + ": \"" + field + "\" must be a non-empty text");
        }
        return value.asText();
    }

    private static int whole(JsonNode node, String field, String where, boolean required) throws AnswerFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw malformed(where + ": \"" + field + "\" is missing");
            }
            return 0;
        }
        if (!value.isInt() || value.asInt() < 0) {
            throw malformed(where + ": \"" + field + "\" must be a whole number ≥ 0, not " + value);
        }
        return value.asInt();
    }

    private static AnswerFileException malformed(String message) {
        return new AnswerFileException(AnswerFileException.Kind.MALFORMED, message);
    }
}
