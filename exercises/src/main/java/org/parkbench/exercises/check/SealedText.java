package org.parkbench.exercises.check;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A text a student page holds but should not show until it is earned (a worked solution, the
 * feedback of one choice): UTF-8 bytes XORed with a SHA-256 keystream and written in base64.
 * Keystream block {@code i} is SHA-256 of {@code key bytes + i as 4 big-endian bytes}; the key is
 * SHA-256 of {@code variant key + UTF-8 of purpose}, and the variant key the {@link StretchedHash}
 * (PBKDF2-HMAC-SHA256, the rounds of the answer digests) of {@code "parkbench-seal" + U+001F +
 * variantIndex} under the exercise's salt. Like the answer hashes this keeps answers out of the
 * readable page source, nothing more: the page itself can unseal it ({@code check.js}'s
 * {@code unseal}), as it must after the last hint; but each variant's texts — its worked solution
 * among them — cost one stretched derivation to open, in the page or outside it.
 */
public final class SealedText {
    private SealedText() {
    }

    /** {@code text} sealed for {@code purpose} ("solution", "feedback:b", …) of one variant. */
    public static String seal(String text, String salt, int variantIndex, String purpose) {
        return seal(text, salt, variantIndex, purpose, StretchedHash.ITERATIONS);
    }

    /** {@code text} sealed with a key of {@code iterations} rounds (the test vectors use a few). */
    public static String seal(String text, String salt, int variantIndex, String purpose, int iterations) {
        byte[] bytes = StretchedHash.wellFormed(text).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(xor(bytes, key(salt, variantIndex, purpose, iterations)));
    }

    public static String unseal(String sealed, String salt, int variantIndex, String purpose) {
        return unseal(sealed, salt, variantIndex, purpose, StretchedHash.ITERATIONS);
    }

    public static String unseal(String sealed, String salt, int variantIndex, String purpose, int iterations) {
        return new String(xor(Base64.getDecoder().decode(sealed), key(salt, variantIndex, purpose, iterations)), StandardCharsets.UTF_8);
    }

    private static byte[] key(String salt, int variantIndex, String purpose, int iterations) {
        byte[] variantKey = StretchedHash.derive(salt, "parkbench-seal\u001F" + variantIndex, iterations);
        byte[] label = StretchedHash.wellFormed(purpose).getBytes(StandardCharsets.UTF_8);
        return AnswerDigest.sha256(ByteBuffer.allocate(variantKey.length + label.length).put(variantKey).put(label).array());
    }

    private static byte[] xor(byte[] data, byte[] key) {
        byte[] out = new byte[data.length];
        byte[] block = new byte[0];
        for (int i = 0; i < data.length; i++) {
            if (i % 32 == 0) {
                block = AnswerDigest.sha256(ByteBuffer.allocate(key.length + 4).put(key).putInt(i / 32).array());
            }
            out[i] = (byte) (data[i] ^ block[i % 32]);
        }
        return out;
    }
}
