package org.parkbench.exercises.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grades Moodle lets an answer carry, as percentages of the question's mark: the list of
 * Moodle's {@code question_bank::ensure_fraction_options_initialised()} (100, 90, 83.33333 … 5, 0 and
 * their negatives). An import with the default "match grades: error" refuses a question whose
 * answer carries any other grade, so a multiple-choice question shares 100 % among its right
 * choices only in grades from this list: equally for up to ten right choices (100 ÷ n is listed for
 * every n ≤ 10), for 11 to 20 as tens and fives that add up to 100, and not at all beyond 20 (five
 * per cent is the smallest listed grade).
 */
final class MoodleGrade {
    /** Moodle's positive grades, in percent, as its own export writes them. */
    static final List<String> POSITIVE = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
            "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5");
    /** A wrong choice of a multiple-choice question: choosing it takes back everything, so choosing all scores nothing. */
    static final String WRONG_CHOICE = "-100";
    static final String NONE = "0";
    static final String FULL = "100";

    private MoodleGrade() {
    }

    /** The grades of {@code right} right choices, adding up to 100 (within Moodle's seven decimals of a fraction). */
    static List<String> shares(int right) {
        if (right < 1) {
            throw new IllegalArgumentException("a multiple-choice question has at least one right choice");
        }
        if (right <= 10) {
            String equal = POSITIVE.stream().filter(p -> Math.abs(new BigDecimal(p).doubleValue() * right - 100) < 0.001)
                    .findFirst().orElseThrow();
            return Collections.nCopies(right, equal);
        }
        if (right <= 20) {
            // a × 10 + b × 5 = 100 with a + b = right
            List<String> mixed = new ArrayList<>(Collections.nCopies(20 - right, "10"));
            mixed.addAll(Collections.nCopies(2 * right - 20, "5"));
            return List.copyOf(mixed);
        }
        throw new IllegalArgumentException("Moodle's grades cannot share 100 % among " + right
                + " right choices (5 % is the smallest it accepts)");
    }
}
