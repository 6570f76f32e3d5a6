package org.parkbench.exercises.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON string escapes for text that ends up inside an HTML {@code <script>} element, or in a
 * script file: besides JSON's own escapes, {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}, {@code \u003e} and {@code \u0026}, so no {@code </script>} or {@code <!--} can
 * appear in the output and end or confuse the element, and the line and paragraph separators
 * U+2028 and U+2029, which older JavaScript did not accept in a string, as {@code \u2028} and
 * {@code \u2029}. Every other character, Chinese included, is written as itself.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
    private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
    private static final SerializedString GREATER_THAN = new SerializedString("\\u003e");
    private static final SerializedString AMPERSAND = new SerializedString("\\u0026");
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii;

    ScriptSafeEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii['<'] = ESCAPE_CUSTOM;
        ascii['>'] = ESCAPE_CUSTOM;
        ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '<' -> LESS_THAN;
            case '>' -> GREATER_THAN;
            case '&' -> AMPERSAND;
            case '\u2028' -> LINE_SEPARATOR;
            case '\u2029' -> PARAGRAPH_SEPARATOR;
            default -> null;
        };
    }
}
