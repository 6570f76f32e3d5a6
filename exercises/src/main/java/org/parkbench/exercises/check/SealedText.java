package org.parkbench.exercises.check;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A text a student page holds but should not show until it is earned (a worked solution, the
 * feedback of one choice): UTF-8 bytes XORed with a SHA-256 keystream and written in base64.
 * Keystream block {@code i} is SHA-256 of {@code key bytes + i as 4 big-endian bytes}; the key is
 * SHA-256 of {@code "parkbench-seal" + U+001F + salt + U+001F + variantIndex + U+001F + purpose}.
 * Like the answer hashes this keeps answers out of the readable page source, nothing more: the page
 * itself can unseal it ({@code check.js}'s {@code unseal}), as it must after the last hint.
 */
public final class SealedText {
    private SealedText() {
    }

    /** {@code text} sealed for {@code purpose} ("solution", "feedback:b", …) of one variant. */
    public static String seal(String text, String salt, int variantIndex, String purpose) {
        return Base64.getEncoder().encodeToString(xor(text.getBytes(StandardCharsets.UTF_8), key(salt, variantIndex, purpose)));
    }

    public static String unseal(String sealed, String salt, int variantIndex, String purpose) {
        return new String(xor(Base64.getDecoder().decode(sealed), key(salt, variantIndex, purpose)), StandardCharsets.UTF_8);
    }

    private static byte[] key(String salt, int variantIndex, String purpose) {
        return AnswerDigest.sha256(("parkbench-seal\u001F" + salt + "\u001F" + variantIndex + "\u001F" + purpose)
                .getBytes(StandardCharsets.UTF_8));
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
