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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an answer file strictly: well-formed JSON (duplicate keys refused), the right format and
 * version (2, or 1 from older sites), and every required field with the right type, each answer's
 * events too (at most {@link #MAX_EVENTS}). What does not fit is an
 * {@link AnswerFileException} whose message says what was wrong and where; unknown fields are
 * ignored, so a later site may add some without breaking older graders.
 */
public final class AnswerFileReader {
    /** Larger files are refused unread: a course's answers fit in far less. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** The most events one answer may list; the site keeps far fewer (50 attempts, the hints, the solution). */
    public static final int MAX_EVENTS = 1000;

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
        if (version == null || !version.isInt() || version.asInt() < AnswerFile.OLDEST_VERSION || version.asInt() > AnswerFile.VERSION) {
            throw new AnswerFileException(AnswerFileException.Kind.WRONG_FORMAT, "answer file version "
                    + (version == null ? "missing" : version.toString()) + " is not supported; this Parkbench reads versions "
                    + AnswerFile.OLDEST_VERSION + " to " + AnswerFile.VERSION);
        }
        boolean recordsEvents = version.asInt() >= 2;
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
                    whole(a, "seconds", where, false), recordsEvents ? events(a, where) : List.of()));
        }
        return new AnswerFile(version.asInt(), course, student, exportedAt, list);
    }

    /** An answer's events, in order: each {@code {"type": "attempt"|"hint"|"solution", "at": time, …}}. */
    private static List<AnswerEvent> events(JsonNode answer, String where) throws AnswerFileException {
        JsonNode events = answer.get("events");
        if (events == null || events.isNull()) {
            return List.of();
        }
        if (!events.isArray()) {
            throw malformed(where + ": \"events\" must be a list");
        }
        if (events.size() > MAX_EVENTS) {
            throw malformed(where + " lists " + events.size() + " events, more than an answer can (" + MAX_EVENTS + ")");
        }
        List<AnswerEvent> list = new ArrayList<>();
        int i = 0;
        for (JsonNode e : events) {
            String at = where + ", event " + (++i);
            if (!e.isObject()) {
                throw malformed(at + " is not an object");
            }
            JsonNode type = e.get("type");
            AnswerEvent.Type kind = type != null && type.isTextual() ? AnswerEvent.Type.of(type.asText()).orElse(null) : null;
            if (kind == null) {
                throw malformed(at + ": \"type\" must be \"attempt\", \"hint\" or \"solution\", not "
                        + (type == null ? "missing" : type.toString()));
            }
            JsonNode time = e.get("at");
            if (time != null && !time.isNull() && !isInstant(time)) {
                throw malformed(at + ": \"at\" must be an ISO 8601 time such as \"2026-11-28T10:15:00Z\", not " + time);
            }
            Optional<String> when = time == null || time.isNull() ? Optional.empty() : Optional.of(time.asText());
            JsonNode response = kind == AnswerEvent.Type.ATTEMPT && e.has("response") ? e.get("response") : JSON.nullNode();
            int hint = 0;
            if (kind == AnswerEvent.Type.HINT) {
                hint = whole(e, "hint", at, true);
                if (hint < 1) {
                    throw malformed(at + ": \"hint\" must be the number of the hint opened, from 1");
                }
            }
            list.add(new AnswerEvent(kind, when, response, hint));
        }
        return list;
    }

    private static boolean isInstant(JsonNode time) {
        if (!time.isTextual()) {
            return false;
        }
        try {
            Instant.parse(time.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
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
