package org.parkbench.exercises.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one Jackson setup for every JSON file and data block the course writes (the exercise pages'
 * check data, the search index, {@code datapackage.json}), so that a build is byte-identical to
 * the last one with the same input: map keys sorted, a record's properties in the order of its
 * components (an {@link ObjectNode}'s in the order they were put), line ends {@code \n} whatever
 * the platform, no locale or time zone of the machine. Strings are escaped by
 * {@link ScriptSafeEscapes}, so the text can sit in a {@code <script>} element of a page. Three
 * layouts: {@link #compact}, {@link #elementPerLine} (a long array that stays readable in a diff)
 * and {@link #indented} (a file people open).
 */
public final class DeterministicJson {
    private static final JsonMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new ScriptSafeEscapes())
                    .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultLocale(Locale.ROOT)
            .defaultTimeZone(TimeZone.getTimeZone("UTC"))
            .build();
    private static final Separators TIGHT = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.NONE)
            .withObjectEntrySpacing(Separators.Spacing.NONE)
            .withArrayValueSpacing(Separators.Spacing.NONE)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter ELEMENT_PER_LINE = MAPPER.writer(new DefaultPrettyPrinter(TIGHT)
            .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance)
            .withArrayIndenter(OutermostArrayLines.INSTANCE));
    private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter INDENTED = MAPPER.writer(new DefaultPrettyPrinter(TIGHT
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(TWO_SPACES)
            .withArrayIndenter(TWO_SPACES));

    private DeterministicJson() {
    }

    /** {@code value} as JSON on one line, without spaces: {@code {"a":1,"b":[2,3]}}. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    /**
     * {@code value} as JSON with each element of the outermost array on a line of its own and
     * everything within an element compact: {@code [\n{"a":1},\n{"a":2}\n]}.
     */
    public static String elementPerLine(Object value) {
        return write(ELEMENT_PER_LINE, value);
    }

    /** {@code value} as JSON indented by two spaces a level, {@code "key": value}, {@code \n} line ends. */
    public static String indented(Object value) {
        return write(INDENTED, value);
    }

    /**
     * {@code value} written to {@code out} as {@link #indented} writes it, without holding the text
     * in memory: for files that grow with the course ({@code datapackage.json} lists every figure's
     * CSV, tens of megabytes at 10,000 parks). {@code out} is left open.
     */
    public static void indented(Object value, Writer out) throws IOException {
        INDENTED.writeValue(out, value);
    }

    /** An empty JSON object to fill; its properties are written in the order they are put. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** An empty JSON array to fill. */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // records, maps, lists, strings and numbers always serialise: this is a programming error
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
