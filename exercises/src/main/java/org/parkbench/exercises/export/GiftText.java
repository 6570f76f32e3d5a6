package org.parkbench.exercises.export;

/**
 * Escapes text for Moodle's GIFT format: a backslash before each of {@code ~ = # { } :} and
 * before a backslash itself, and line breaks written as {@code \n} (a blank line would end the
 * question).
 */
public final class GiftText {
    private GiftText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                }
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
