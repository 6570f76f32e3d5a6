package org.parkbench.exercises.grade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.parkbench.exercises.model.RubricCriterion;

/**
 * A short answer the lecturer scores by hand, with what they need beside it: the model answer, the
 * rubric and the most it can score; {@code score} is the lecturer's, once given
 * ({@code grade --manual}), else null.
 */
public record ManualScoring(String file, String studentId, String exerciseId, int variant, String response,
                            String modelAnswer, List<RubricCriterion> rubric, int maxScore, Integer score) {
    /** How a response's hash starts: the algorithm, so that the cell reads as text in any spreadsheet. */
    public static final String HASH_PREFIX = "sha256:";
    private static final int HASH_BYTES = 8;

    public ManualScoring {
        rubric = List.copyOf(rubric);
    }

    /** A short answer not yet scored. */
    public ManualScoring(String file, String studentId, String exerciseId, int variant, String response,
                         String modelAnswer, List<RubricCriterion> rubric, int maxScore) {
        this(file, studentId, exerciseId, variant, response, modelAnswer, rubric, maxScore, null);
    }

    /** The same answer with the lecturer's {@code points}. */
    public ManualScoring withScore(int points) {
        return new ManualScoring(file, studentId, exerciseId, variant, response, modelAnswer, rubric, maxScore, points);
    }

    /** {@link #hash(String)} of the response. */
    public String responseHash() {
        return hash(response);
    }

    /**
     * What the manual-scoring list writes beside a response, so that a score typed against it is
     * not taken for another response: {@code sha256:} and the first 16 hex digits of the SHA-256
     * of its UTF-8 bytes, exactly as graded. Enough to tell a changed answer from the one marked;
     * not a seal (the lecturer's own file needs none).
     */
    public static String hash(String response) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(response.getBytes(StandardCharsets.UTF_8));
            return HASH_PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
