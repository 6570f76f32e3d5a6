package org.parkbench.exercises.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parkbench.exercises.key.ExerciseVariant;

/**
 * The identifiers exports give exercises and their variants: at most {@value #MAX_LENGTH}
 * characters, the length QTI engines and LMS importers recommend, and stable, since each depends on
 * the exercise id and the variant index only. A short one is written out ({@code item-suez-model},
 * {@code item-suez-jobs-per-km2-v1}); a longer one keeps as much of the id as fits and ends in eight
 * hex digits of the SHA-256 of the whole id, so two ids never share it by being cut.
 */
public final class ExportIdentifier {
    public static final int MAX_LENGTH = 32;
    private static final int HASH_LENGTH = 8;

    private ExportIdentifier() {
    }

    /** {@code prefix} and the exercise id, with {@code -v<index>} for an exercise that has variants. */
    public static String of(String prefix, ExerciseVariant v) {
        return of(prefix, v.exerciseId(), v.exercise().variantCount() > 1 ? "-v" + v.index() : "");
    }

    /** {@code prefix} and the exercise id alone (a pool or section of all its variants). */
    public static String of(String prefix, String exerciseId) {
        return of(prefix, exerciseId, "");
    }

    static String of(String prefix, String exerciseId, String suffix) {
        String whole = prefix + exerciseId + suffix;
        if (whole.length() <= MAX_LENGTH) {
            return whole;
        }
        int keep = MAX_LENGTH - prefix.length() - suffix.length() - HASH_LENGTH - 1;
        if (keep < 1) {
            throw new IllegalArgumentException("the prefix " + prefix + " and suffix " + suffix + " leave no room for the id");
        }
        String kept = exerciseId.substring(0, Math.min(keep, exerciseId.length())).replaceAll("-+$", "");
        return prefix + kept + "-" + hash(exerciseId) + suffix;
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
