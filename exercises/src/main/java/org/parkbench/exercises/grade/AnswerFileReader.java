package org.parkbench.exercises.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.exercises.variant.VariantChooser;

/**
 * Reads an answer file strictly: at most {@link #MAX_BYTES} (the size is checked before a byte is
 * read, and no more than that is ever read), well-formed JSON nested at most {@link #MAX_DEPTH}
 * deep with numbers of at most {@link #MAX_NUMBER_DIGITS} digits and no key given twice, the right
 * format and version (2, or 1 from older sites), every required field with the right type, each
 * answer's events too (at most {@link #MAX_EVENTS}), and a student id of at most
 * {@link #MAX_STUDENT_ID_LENGTH} characters without control characters. What does not fit is an
 * {@link AnswerFileException} whose message says, in the lecturer's terms (never the JSON
 * library's), what was wrong and at which line and column; unknown fields are ignored, so a later
 * site may add some without breaking older graders.
 */
public final class AnswerFileReader {
    /** Larger files are refused unread: a course's answers fit in far less. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** How deep objects and lists may nest; an answer file needs 4 (file, answers, answer, response). */
    public static final int MAX_DEPTH = 32;
    /** The most digits a JSON number may have (a numeric response typed as a number). */
    public static final int MAX_NUMBER_DIGITS = 100;
    /** The longest student id, in characters (Unicode code points), after trimming: the site's form takes no more. */
    public static final int MAX_STUDENT_ID_LENGTH = 128;
    /** The most events one answer may list; the site keeps far fewer (50 attempts, the hints, the solution). */
    public static final int MAX_EVENTS = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS).maxDocumentLength(MAX_BYTES).build())
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** The longest the JSON library's description of a syntax error is shown (it quotes at most 256 characters of the file). */
    private static final int MAX_MESSAGE = 300;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** Where the JSON library's own words begin in its messages: its feature names, its source excerpts. */
    private static final List<String> LIBRARY_WORDS = List.of(": enable ", " (consider enabling", " (not recognized", " (from `",
            " (start marker", "[Source", "REDACTED", "Feature", "`");

    private AnswerFileReader() {
    }

    /**
     * The bytes of the answer file {@code file}: its size is checked before it is read, and at most
     * {@link #MAX_BYTES} are read even when the size cannot be known beforehand (a pipe, a device,
     * a file still growing).
     */
    public static byte[] content(Path file) throws AnswerFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (attributes.isDirectory()) {
            throw new AnswerFileException(AnswerFileException.Kind.UNREADABLE,
                    "this is a folder, not an answer file; name the answer files in it (for example FOLDER/*.json)");
        }
        if (attributes.isRegularFile() && attributes.size() > MAX_BYTES) {
            throw tooLarge("has " + attributes.size() + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge("has more than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    public static AnswerFile read(byte[] bytes) throws AnswerFileException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("has " + bytes.length + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonPlace at = place(e, bytes);
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, describe(e), at.line(), at.column());
        } catch (IOException e) {
            throw new AnswerFileException(AnswerFileException.Kind.MALFORMED, "cannot be read: " + e.getMessage());
        }
        try {
            return answerFile(root);
        } catch (Misfit m) {
            JsonPlace at = JsonPlace.of(FACTORY, bytes, m.pointer);
            throw new AnswerFileException(m.kind, m.getMessage(), at.line(), at.column());
        }
    }

    private static AnswerFile answerFile(JsonNode root) throws Misfit {
        Place file = Place.FILE;
        if (root == null || !root.isObject()) {
            throw malformed(file.pointer, "the file is not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(AnswerFile.FORMAT)) {
            throw new Misfit(AnswerFileException.Kind.WRONG_FORMAT, file.field("format"), "not a Parkbench answer file (\"format\" is "
                    + (format == null ? "missing" : ValueExcerpt.json(format)) + ", expected \"" + AnswerFile.FORMAT + "\")");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.asInt() < AnswerFile.OLDEST_VERSION || version.asInt() > AnswerFile.VERSION) {
            throw new Misfit(AnswerFileException.Kind.WRONG_FORMAT, file.field("version"), "answer file version "
                    + (version == null ? "missing" : ValueExcerpt.json(version)) + " is not supported; this Parkbench reads versions "
                    + AnswerFile.OLDEST_VERSION + " to " + AnswerFile.VERSION);
        }
        boolean recordsEvents = version.asInt() >= 2;
        String course = text(root, "course", file);
        String student = studentId(text(root, "student_id", file), file.field("student_id"));
        Optional<String> exportedAt = Optional.ofNullable(root.get("exported_at")).filter(JsonNode::isTextual).map(JsonNode::asText);
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isArray()) {
            throw malformed(file.field("answers"), "\"answers\" must be a list");
        }
        List<AnswerFile.Answer> list = new ArrayList<>();
        int i = 0;
        for (JsonNode a : answers) {
            Place where = Place.answer(i++);
            if (!a.isObject()) {
                throw malformed(where.pointer, where.label + " is not an object");
            }
            String exercise = text(a, "exercise", where);
            int variant = whole(a, "variant", where, true);
            JsonNode response = a.has("response") ? a.get("response") : com.fasterxml.jackson.databind.node.NullNode.getInstance();
            list.add(new AnswerFile.Answer(exercise, variant, response, whole(a, "attempts", where, false),
                    whole(a, "seconds", where, false), recordsEvents ? events(a, where) : List.of()));
        }
        return new AnswerFile(version.asInt(), course, student, exportedAt, list);
    }

    /** An answer's events, in order: each {@code {"type": "attempt"|"hint"|"solution", "at": time, …}}. */
    private static List<AnswerEvent> events(JsonNode answer, Place where) throws Misfit {
        JsonNode events = answer.get("events");
        if (events == null || events.isNull()) {
            return List.of();
        }
        if (!events.isArray()) {
            throw malformed(where.field("events"), where.label + ": \"events\" must be a list");
        }
        if (events.size() > MAX_EVENTS) {
            throw malformed(where.field("events"), where.label + " lists " + events.size() + " events, more than an answer can ("
                    + MAX_EVENTS + ")");
        }
        List<AnswerEvent> list = new ArrayList<>();
        int i = 0;
        for (JsonNode e : events) {
            Place at = where.event(i++);
            if (!e.isObject()) {
                throw malformed(at.pointer, at.label + " is not an object");
            }
            JsonNode type = e.get("type");
            AnswerEvent.Type kind = type != null && type.isTextual() ? AnswerEvent.Type.of(type.asText()).orElse(null) : null;
            if (kind == null) {
                throw malformed(at.field("type"), at.label + ": \"type\" must be \"attempt\", \"hint\" or \"solution\", not "
                        + (type == null ? "missing" : ValueExcerpt.json(type)));
            }
            JsonNode time = e.get("at");
            if (time != null && !time.isNull() && !isInstant(time)) {
                throw malformed(at.field("at"), at.label + ": \"at\" must be an ISO 8601 time such as \"2026-11-28T10:15:00Z\", not "
                        + ValueExcerpt.json(time));
            }
            Optional<String> when = time == null || time.isNull() ? Optional.empty() : Optional.of(time.asText());
            JsonNode response = kind == AnswerEvent.Type.ATTEMPT && e.has("response") ? e.get("response") : com.fasterxml.jackson.databind.node.NullNode.getInstance();
            int hint = 0;
            if (kind == AnswerEvent.Type.HINT) {
                hint = whole(e, "hint", at, true);
                if (hint < 1) {
                    throw malformed(at.field("hint"), at.label + ": \"hint\" must be the number of the hint opened, from 1");
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

    /**
     * {@code id} if it may name a student: no control character anywhere (a tab or line break
     * included: the site's form takes none, and a leading one would hide what a spreadsheet sees),
     * and at most {@link #MAX_STUDENT_ID_LENGTH} characters once trimmed as the site trims it.
     */
    private static String studentId(String id, JsonPointer where) throws Misfit {
        for (int i = 0, n = 1; i < id.length(); n++) {
            int c = id.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                throw malformed(where, "\"student_id\" holds a control character (" + String.format("U+%04X", c)
                        + ") at character " + n + "; a student id is printable text, as typed on the site");
            }
            i += Character.charCount(c);
        }
        String used = VariantChooser.normaliseStudentId(id);
        int length = used.codePointCount(0, used.length());
        if (length > MAX_STUDENT_ID_LENGTH) {
            throw malformed(where, "\"student_id\" has " + length + " characters, more than the " + MAX_STUDENT_ID_LENGTH
                    + " a student id may have (" + ValueExcerpt.quoted(used) + ")");
        }
        return id;
    }

    /**
     * Where the JSON library stopped: for nesting too deep, where the first value too deep starts;
     * else where the reader was when it gave up (for a key given twice, just after it).
     */
    private static JsonPlace place(JsonProcessingException e, byte[] bytes) {
        if (e instanceof StreamConstraintsException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Document nesting depth")) {
            return JsonPlace.deeperThan(bytes, MAX_DEPTH);
        }
        return JsonPlace.of(e.getLocation());
    }

    /** A JSON library's complaint in the lecturer's terms: what is wrong, never the library's feature names. */
    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Document nesting depth")) {
                return "the JSON is nested more than " + MAX_DEPTH + " levels deep; an answer file needs 4";
            }
            if (original.startsWith("Number value length")) {
                return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
            }
            if (original.startsWith("Document length")) {
                return "the file has more than " + MAX_BYTES + " bytes";
            }
            return "a value in the file is longer than an answer file can hold";
        }
        if (e instanceof JsonEOFException) {
            return "the file ends before its JSON does (an object, a list or a text is not closed): was it cut short?";
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            return "the key \"" + ValueExcerpt.shown(duplicate.group(1)) + "\" is given twice in one object";
        }
        if (original.startsWith("Trailing token")) {
            return "more JSON follows the end of the answer file's object";
        }
        return "not valid JSON: " + ValueExcerpt.shown(plain(original), MAX_MESSAGE);
    }

    /** {@code message} up to where the library starts speaking of itself. */
    private static String plain(String message) {
        int cut = message.length();
        for (String word : LIBRARY_WORDS) {
            int at = message.indexOf(word);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String kept = message.substring(0, cut).strip();
        while (!kept.isEmpty() && ":;,(".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).strip();
        }
        return kept.isEmpty() ? "the file is not JSON" : kept;
    }

    private static String text(JsonNode node, String field, Place where) throws Misfit {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed(where.field(field), where.label + ": \"" + field + "\" must be a non-empty text");
        }
        return value.asText();
    }

    private static int whole(JsonNode node, String field, Place where, boolean required) throws Misfit {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw malformed(where.field(field), where.label + ": \"" + field + "\" is missing");
            }
            return 0;
        }
        if (!value.isInt() || value.asInt() < 0) {
            throw malformed(where.field(field), where.label + ": \"" + field + "\" must be a whole number ≥ 0, not "
                    + ValueExcerpt.json(value));
        }
        return value.asInt();
    }

    private static Misfit malformed(JsonPointer where, String message) {
        return new Misfit(AnswerFileException.Kind.MALFORMED, where, message);
    }

    private static AnswerFileException tooLarge(String size) {
        return new AnswerFileException(AnswerFileException.Kind.TOO_LARGE, "the file " + size + ", more than an answer file may have ("
                + MAX_BYTES + ", 4 MiB); it was not read. The site exports far smaller files: ask the student to export the answers again");
    }

    private static AnswerFileException unreadable(IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "there is no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new AnswerFileException(AnswerFileException.Kind.UNREADABLE, "cannot read the file: " + why);
    }

    /** Where in the file a field is: a label for messages ("answer 3") and a JSON pointer for its line and column. */
    private record Place(String label, JsonPointer pointer) {
        static final Place FILE = new Place("the file", JsonPointer.empty());

        static Place answer(int index) {
            return new Place("answer " + (index + 1), JsonPointer.empty().appendProperty("answers").appendIndex(index));
        }

        Place event(int index) {
            return new Place(label + ", event " + (index + 1), pointer.appendProperty("events").appendIndex(index));
        }

        JsonPointer field(String name) {
            return pointer.appendProperty(name);
        }
    }

    /** A problem with a field, before its line and column are looked up. */
    private static final class Misfit extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient AnswerFileException.Kind kind;
        private final transient JsonPointer pointer;

        Misfit(AnswerFileException.Kind kind, JsonPointer pointer, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.pointer = pointer;
        }
    }
}
