package org.parkbench.core.model;

/**
 * Ids in Parkbench are slugs: lower-case ASCII letters and digits, joined by single hyphens.
 * They end up in file names and URLs, so they must never be able to name a path.
 */
public final class Slug {
    private static final int MAX_LENGTH = 64;

    private Slug() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        // [a-z0-9]+(-[a-z0-9]+)*, checked by hand: ids are checked for every row read
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /** Returns {@code text} if it is a slug, else throws with a message naming {@code what}. */
    public static String require(String text, String what) {
        if (!isValid(text)) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a slug (lower-case letters, digits and single hyphens, at most "
                    + MAX_LENGTH + " characters)");
        }
        return text;
    }
}
