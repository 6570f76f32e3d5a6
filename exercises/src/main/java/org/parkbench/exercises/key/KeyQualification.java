package org.parkbench.exercises.key;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.analysis.DerivedValue;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.exercises.model.Accuracy;

/**
 * What a numeric key computed from a qualified figure accepts, said in words (docs/exercise-format.md,
 * "Keys from qualified figures"). A key from "more than 9,000 jobs" is a lower bound, from "about
 * 30,000" an approximation, from a target a target: the checker accepts the value computed from
 * the figures as the source states them, at the exercise's precision and tolerance, and the student
 * is told so. {@link #question()} goes below the question and names no key (the student site
 * withholds it); {@link #solution()} goes below the worked solution and names the key and what it
 * bounds. Both are empty for a key from exact outcomes.
 */
public final class KeyQualification {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    private final Key.Number key;
    private final List<Observation> qualified;

    private KeyQualification(Key.Number key) {
        this.key = key;
        this.qualified = key == null ? List.of() : key.value().inputs().stream().filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(o -> o.qualifier() != Qualifier.EXACT || o.kind() != ObservationKind.OUTCOME).toList();
    }

    /** The note for a key, or empty for a key that is not a number. */
    public static KeyQualification of(Key key) {
        return new KeyQualification(key instanceof Key.Number n ? n : null);
    }

    private boolean applies() {
        return key != null && (key.value().qualifier() != Qualifier.EXACT || !qualified.isEmpty());
    }

    /** The paragraph below the question: what the figures are and what an answer is checked against; "" when exact. */
    public String question() {
        if (!applies()) {
            return "";
        }
        return "*What the answer accepts.* " + given() + " Compute with the figures as stated: " + result()
                + ", and the answer accepted is the value computed from them, " + accuracy() + ".";
    }

    /** The paragraph below the worked solution: the key and what it bounds; "" when exact. */
    public String solution() {
        if (!applies()) {
            return "";
        }
        Qualifier q = key.value().qualifier();
        String value = key.rounded() + (key.unit().isEmpty() ? "" : " " + key.unit());
        String reading = (q.isLowerBound() ? "a lower bound: the true value is " + q.label() + " " + value
                : q.isUpperBound() ? "an upper bound: the true value is " + q.label() + " " + value
                : q == Qualifier.ABOUT ? "approximate: the true value is about " + value + ", not exactly it"
                : q == Qualifier.RANGE ? "the low end of the range the source gives"
                : "exact as a computation") + (aimed() ? "; and it describes a target or plan, not a result that was reached" : "");
        return "*What the answer accepts.* " + given() + " The key, " + key.text() + ", is therefore " + reading
                + ". The answer accepted is the value computed from the figures as stated, " + accuracy() + ".";
    }

    /** "The source gives a lower bound (more than 9,000 direct jobs)." and the like, one clause per qualified figure. */
    private String given() {
        if (qualified.isEmpty()) {
            // the derivation itself makes the result approximate (an implied total divides by a rounded share)
            return "The result is approximate: it is computed from figures as they were printed, rounded.";
        }
        List<String> clauses = qualified.stream().map(KeyQualification::describe).toList();
        String list = clauses.size() == 1 ? clauses.get(0)
                : String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
        long sources = qualified.stream().map(Observation::source).distinct().count();
        return (sources == 1 ? "The source gives " : "The sources give ") + list + ".";
    }

    private static String describe(Observation o) {
        String figure = FORMAT.figure(o.value(), o.valueHigh(), o.unit(), o.qualifier(), emptyToNull(FORMAT.noun(o.indicator())));
        String what = switch (o.qualifier()) {
            case EXACT -> "";
            case ABOUT -> "an approximate figure";
            case RANGE -> "a range";
            default -> o.qualifier().isLowerBound() ? "a lower bound" : "an upper bound";
        };
        String kind = o.kind() == ObservationKind.OUTCOME ? "" : "a " + o.kind().label();
        String noun = what.isEmpty() ? kind : kind.isEmpty() ? what : what + " for " + kind;
        return noun + " (" + figure + ")";
    }

    private String result() {
        Qualifier q = key.value().qualifier();
        String result = q.isLowerBound() ? "the result is then a lower bound too (" + q.label() + " the value you compute)"
                : q.isUpperBound() ? "the result is then an upper bound too (" + q.label() + " the value you compute)"
                : q == Qualifier.ABOUT ? "the result is then approximate too"
                : q == Qualifier.RANGE ? "the result is then the low end of a range"
                : "the result is then exact";
        return result + (aimed() ? ", and it describes a target or plan, not an outcome" : "");
    }

    /** Whether a figure behind the key is a target or a plan rather than an outcome. */
    private boolean aimed() {
        return qualified.stream().anyMatch(o -> o.kind() != ObservationKind.OUTCOME);
    }

    private String accuracy() {
        Accuracy a = key.accuracy();
        String rounded = switch (a.decimals()) {
            case 0 -> "rounded to a whole number";
            case 1 -> "rounded to one decimal";
            case 2 -> "rounded to two decimals";
            case -1 -> "rounded to tens";
            case -2 -> "rounded to hundreds";
            case -3 -> "rounded to thousands";
            default -> a.decimals() > 0 ? "rounded to " + a.decimals() + " decimals" : "rounded to 10^" + (-a.decimals());
        };
        Optional<String> tolerance = a.describeTolerance();
        return rounded + tolerance.map(t -> " (within " + t + " of it)").orElse("");
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
