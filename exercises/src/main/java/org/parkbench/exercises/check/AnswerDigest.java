package org.parkbench.exercises.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The salted, stretched hash a student page stores instead of an answer: hex of the
 * {@link StretchedHash} (PBKDF2-HMAC-SHA256) of {@code "parkbench-answer" + U+001F + exerciseId +
 * U+001F + variantIndex + U+001F + normalisedAnswer} under the salt. The salt is derived, not
 * random, so that builds stay byte-identical: hex SHA-256 of
 * {@code "parkbench-salt" + U+001F + course + U+001F + exerciseId}. This keeps keys out of the page
 * source, makes one course's hashes useless for another, and makes every guess cost one stretched
 * derivation; it is a formative self-check, not a secret: a student can always try answers, and
 * the grader re-scores everything from the keys. {@code check.js} computes the same digests in the
 * browser.
 */
public final class AnswerDigest {
    private static final char SEPARATOR = '\u001F';

    private AnswerDigest() {
    }

    public static String salt(String course, String exerciseId) {
        return sha256Hex("parkbench-salt" + SEPARATOR + course + SEPARATOR + exerciseId);
    }

    /** The digest of one normalised answer, with {@link StretchedHash#ITERATIONS} rounds. */
    public static String digest(String salt, String exerciseId, int variantIndex, String normalisedAnswer) {
        return digest(salt, exerciseId, variantIndex, normalisedAnswer, StretchedHash.ITERATIONS);
    }

    /** The digest of one normalised answer with {@code iterations} rounds (the test vectors use a few). */
    public static String digest(String salt, String exerciseId, int variantIndex, String normalisedAnswer, int iterations) {
        return HexFormat.of().formatHex(StretchedHash.derive(salt, "parkbench-answer" + SEPARATOR + exerciseId + SEPARATOR
                + variantIndex + SEPARATOR + normalisedAnswer, iterations));
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(StretchedHash.wellFormed(text).getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
