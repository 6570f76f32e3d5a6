package org.parkbench.exercises.check;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The salted, iterated hash behind every answer digest and every sealed text of a student page:
 * PBKDF2-HMAC-SHA256 (RFC 8018) of the UTF-8 bytes of a text, with the UTF-8 bytes of the salt,
 * {@link #ITERATIONS} rounds, 32 bytes out. {@code check.js} computes the same bytes in the browser
 * ({@code crypto.subtle}, or its own SHA-256 where a page is not a secure context). A lone surrogate
 * in a text counts as U+FFFD, as the browser's {@code TextEncoder} writes it.
 *
 * <p>The count makes one derivation cost a student's browser about ten milliseconds and trying
 * every whole number from 0 to 100,000 against one exercise cost a quarter of an hour of the same
 * browser's time (docs/decisions/011-stretched-self-check.md). A build pays the same per answer it
 * accepts and per variant, and more (the JVM's PBKDF2 is slower than the browser's), so results are
 * remembered within a run, up to {@link #REMEMBERED} of them, and between runs in the user's
 * {@link StretchCache}.
 */
public final class StretchedHash {
    /** PBKDF2 rounds for the check data a site is built with; written into the data as {@code iterations}. */
    public static final int ITERATIONS = 50_000;
    /** How many derivations a run keeps; then it starts afresh. */
    static final int REMEMBERED = 1 << 14;

    private static final Map<String, byte[]> DERIVED = new ConcurrentHashMap<>();
    private static final StretchCache KEPT = StretchCache.ofUser();

    private StretchedHash() {
    }

    /** The 32-byte derivation of {@code text} under {@code salt} with {@link #ITERATIONS} rounds. */
    public static byte[] derive(String salt, String text) {
        return derive(salt, text, ITERATIONS);
    }

    /** The 32-byte derivation of {@code text} under {@code salt} with {@code iterations} rounds (at least 1). */
    public static byte[] derive(String salt, String text, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one round, not " + iterations);
        }
        if (salt.isEmpty()) {
            throw new IllegalArgumentException("the salt is empty");
        }
        String fingerprint = AnswerDigest.sha256Hex(iterations + "\u001F" + salt + "\u001F" + text);
        byte[] derived = DERIVED.get(fingerprint);
        if (derived == null) {
            derived = KEPT.get(fingerprint).orElse(null);
            if (derived == null) {
                derived = pbkdf2(salt, text, iterations);
                KEPT.put(fingerprint, derived);
            }
            if (DERIVED.size() >= REMEMBERED) {
                DERIVED.clear();
            }
            DERIVED.put(fingerprint, derived);
        }
        return derived.clone();
    }

    private static byte[] pbkdf2(String salt, String text, int iterations) {
        // SunJCE encodes the password chars as UTF-8, writing '?' for a lone surrogate; the browser writes U+FFFD
        PBEKeySpec spec = new PBEKeySpec(wellFormed(text).toCharArray(), wellFormed(salt).getBytes(StandardCharsets.UTF_8),
                iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD, so that its UTF-8 is what a browser encodes. */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
