package org.parkbench.core.model;

import java.util.regex.Pattern;

/**
 * Ids in Parkbench are slugs: lower-case ASCII letters and digits, joined by single hyphens.
 * They end up in file names and URLs, so they must never be able to name a path.
 */
public final class Slug {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    private Slug() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
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
