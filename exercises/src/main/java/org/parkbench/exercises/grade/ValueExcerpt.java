package org.parkbench.exercises.grade;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value from a student's file as a message quotes it: at most {@value #MAX_SHOWN} characters
 * (a longer one is cut, with its length said), control characters written as {@code \}{@code uXXXX}
 * so that nothing in a file can move the cursor or colour the lecturer's terminal.
 */
final class ValueExcerpt {
    static final int MAX_SHOWN = 60;

    private ValueExcerpt() {
    }

    /** {@code text} between single quotes, shortened and with control characters escaped. */
    static String quoted(String text) {
        return "'" + shown(text) + "'";
    }

    /** A JSON value as its JSON text, shortened and with control characters escaped. */
    static String json(JsonNode value) {
        return shown(value.toString());
    }

    /** {@code text} shortened and with control characters escaped, not quoted. */
    static String shown(String text) {
        return shown(text, MAX_SHOWN);
    }

    /** {@code text} cut to {@code max} characters and with control characters escaped, not quoted. */
    static String shown(String text, int max) {
        int length = text.codePointCount(0, text.length());
        String kept = length <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
        StringBuilder out = new StringBuilder(kept.length() + 16);
        kept.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (length > max) {
            out.append("… (").append(length).append(" characters)");
        }
        return out.toString();
    }
}
