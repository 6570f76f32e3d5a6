package org.parkbench.exercises.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Where a value of a JSON document starts, as the line and column a text editor shows: found by
 * reading the document again, token by token, until the value at a {@link JsonPointer} begins.
 * A tree ({@code JsonNode}) forgets where its values were; this is asked only when a file is
 * rejected, so the second reading costs nothing in the common case.
 */
record JsonPlace(int line, int column) {
    static final JsonPlace UNKNOWN = new JsonPlace(0, 0);

    boolean known() {
        return line > 0;
    }

    /**
     * Where the value at {@code pointer} starts in {@code json}; when there is none (a field that
     * is missing), where the nearest enclosing value starts; {@link #UNKNOWN} when the document
     * cannot be read that far.
     */
    static JsonPlace of(JsonFactory factory, byte[] json, JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            JsonPlace place = find(factory, json, p);
            if (place.known()) {
                return place;
            }
        }
        return UNKNOWN;
    }

    static JsonPlace of(JsonLocation at) {
        return at == null || at.getLineNr() <= 0 ? UNKNOWN : new JsonPlace(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    /**
     * Where a value nested deeper than {@code depth} starts in {@code json}, read with a parser
     * that has no depth limit of its own (a streaming parser keeps one small context per level, so
     * even a file nested a million deep is read in little memory); {@link #UNKNOWN} when none is.
     */
    static JsonPlace deeperThan(byte[] json, int depth) {
        JsonFactory unlimited = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build();
        try (JsonParser parser = unlimited.createParser(json)) {
            int level = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++level > depth) {
                    return of(parser.currentTokenLocation());
                } else if (token.isStructEnd()) {
                    level--;
                }
            }
        } catch (IOException e) {
            // malformed further on: the place is a courtesy
        }
        return UNKNOWN;
    }

    private static JsonPlace find(JsonFactory factory, byte[] json, JsonPointer pointer) {
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && parser.getParsingContext().pathAsPointer().equals(pointer)) {
                    return of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the tree was read from these bytes, so this does not happen; a place is a courtesy
        }
        return UNKNOWN;
    }
}
