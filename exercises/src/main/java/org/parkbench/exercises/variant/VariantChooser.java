package org.parkbench.exercises.variant;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Chooses a student's variant of an exercise, identically here and in the browser
 * ({@code parkbench/exercises/variant.js}): FNV-1a, 32 bits, over the UTF-8 bytes of
 * {@code course + U+001F + studentId + U+001F + exerciseId}, as an unsigned number modulo the
 * number of variants. The student id is normalised first: surrounding white space (the set
 * JavaScript's {@code String.prototype.trim} removes) is dropped and the rest put in Unicode NFC;
 * case is kept. docs/exercise-format.md documents the rule; shared test vectors prove both
 * implementations equal.
 */
public final class VariantChooser {
    private static final int OFFSET_BASIS = 0x811C9DC5;
    private static final int PRIME = 0x01000193;
    private static final char SEPARATOR = '\u001F';

    private VariantChooser() {
    }

    /** The variant index, 0 ≤ index < {@code variantCount}. */
    public static int choose(String course, String studentId, String exerciseId, int variantCount) {
        if (variantCount < 1) {
            throw new IllegalArgumentException("an exercise has at least one variant");
        }
        long hash = Integer.toUnsignedLong(fnv1a(course + SEPARATOR + normaliseStudentId(studentId) + SEPARATOR + exerciseId));
        return (int) (hash % variantCount);
    }

    /** FNV-1a 32-bit hash of the UTF-8 bytes of {@code text}. */
    public static int fnv1a(String text) {
        int hash = OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= PRIME;
        }
        return hash;
    }

    /** The student id as hashed: trimmed of JavaScript's white space, in NFC. */
    public static String normaliseStudentId(String studentId) {
        String s = studentId == null ? "" : studentId;
        int start = 0;
        int end = s.length();
        while (start < end && isJsWhiteSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsWhiteSpace(s.charAt(end - 1))) {
            end--;
        }
        return Normalizer.normalize(s.substring(start, end), Normalizer.Form.NFC);
    }

    /** ECMAScript WhiteSpace and LineTerminator: what {@code trim()} removes. */
    static boolean isJsWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
