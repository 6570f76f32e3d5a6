package org.parkbench.exercises.check;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parkbench.exercises.key.DecimalAnswer;

/**
 * Turns a student's response into the text that is hashed and compared, by the rules that
 * {@code check.js} applies in the browser (docs/exercise-format.md, "Checking answers"):
 * numbers are read and rounded by {@link DecimalAnswer}; choices are the chosen ids, each once,
 * sorted and joined by commas; an order is the ids as given, joined by commas; a classification is
 * {@code item=model} pairs sorted and joined by commas. Ids and words are trimmed; nothing else is
 * changed, so a response that names an unknown id simply matches no key.
 */
public final class ResponseNormaliser {
    private ResponseNormaliser() {
    }

    public static Optional<String> number(String typed, int decimals) {
        return DecimalAnswer.normalise(typed, decimals);
    }

    /** A number typed exactly halfway between two values at {@code decimals}, rounded the other way. */
    public static Optional<String> numberAtTie(String typed, int decimals) {
        return DecimalAnswer.tieAlternative(typed, decimals);
    }

    public static String choices(Collection<String> ids) {
        return ids.stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    public static String order(List<String> ids) {
        return ids.stream().map(String::strip).collect(Collectors.joining(","));
    }

    public static String classification(Map<String, String> itemToModel) {
        return itemToModel.entrySet().stream().map(e -> e.getKey().strip() + "=" + e.getValue().strip()).sorted()
                .collect(Collectors.joining(","));
    }
}
