package org.parkbench.core.language;

/** A message key a bundle does not hold: a programming error, caught by the bundles' tests. */
public final class MissingMessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingMessageException(String bundle, Language language, String key) {
        super("no message '" + key + "' in " + bundle + "_" + language.code() + ".properties");
    }
}
