package org.parkbench.exercises.key;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parkbench.core.language.Language;
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
 * bounds. Both are empty for a key from exact outcomes. Both are written in the exercise's language:
 * the sentences from the exercises' bundle ({@link ExerciseWords}), the figures by the language's
 * {@link QuantityFormat}, the qualifiers and kinds of figure by core's labels.
 */
public final class KeyQualification {
    private final Key.Number key;
    private final List<Observation> qualified;
    private final ExerciseWords words;
    private final QuantityFormat format;
    private final Language language;

    private KeyQualification(Key.Number key, Language language) {
        this.key = key;
        this.qualified = key == null ? List.of() : key.value().inputs().stream().filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(o -> o.qualifier() != Qualifier.EXACT || o.kind() != ObservationKind.OUTCOME).toList();
        this.language = Objects.requireNonNull(language, "language");
        this.words = ExerciseWords.of(language);
        this.format = words.numbers();
    }

    /** The note for a key in {@code language} (the exercise's), or empty for a key that is not a number. */
    public static KeyQualification of(Key key, Language language) {
        return new KeyQualification(key instanceof Key.Number n ? n : null, language);
    }

    private boolean applies() {
        return key != null && (key.value().qualifier() != Qualifier.EXACT || !qualified.isEmpty());
    }

    /** The paragraph below the question: what the figures are and what an answer is checked against; "" when exact. */
    public String question() {
        if (!applies()) {
            return "";
        }
        return words.format("qualification.question", given(), result(), accuracy());
    }

    /** The paragraph below the worked solution: the key and what it bounds; "" when exact. */
    public String solution() {
        if (!applies()) {
            return "";
        }
        Qualifier q = key.value().qualifier();
        String value = format.withUnit(key.rounded(), key.unit());
        String reading = q.isLowerBound() ? words.format("qualification.reading.lower", q.label(language), value)
                : q.isUpperBound() ? words.format("qualification.reading.upper", q.label(language), value)
                : q == Qualifier.ABOUT ? words.format("qualification.reading.about", q.label(language), value)
                : q == Qualifier.RANGE ? words.text("qualification.reading.range")
                : words.text("qualification.reading.exact");
        if (aimed()) {
            reading = words.format("qualification.reading.aimed", reading, ObservationKind.TARGET.label(language),
                    ObservationKind.PLAN.label(language));
        }
        return words.format("qualification.solution", given(), key.text(language), reading, accuracy());
    }

    /** "The source gives a lower bound (more than 9,000 direct jobs)." and the like, one clause per qualified figure. */
    private String given() {
        if (qualified.isEmpty()) {
            // the derivation itself makes the result approximate (an implied total divides by a rounded share)
            return words.text("qualification.given.derived");
        }
        String list = words.list("qualification.given.pair", "qualification.given.more",
                qualified.stream().map(this::describe).toList());
        long sources = qualified.stream().map(Observation::source).distinct().count();
        return words.format(sources == 1 ? "qualification.given.source" : "qualification.given.sources", list);
    }

    /** "a lower bound (more than 9,000 direct jobs)", "an upper bound for a target (up to 40,000 jobs)". */
    private String describe(Observation o) {
        String figure = format.figure(o.value(), o.valueHigh(), o.unit(), o.qualifier(), emptyToNull(format.noun(o.indicator())));
        String what = switch (o.qualifier()) {
            case EXACT -> "";
            case ABOUT -> words.text("qualification.what.about");
            case RANGE -> words.text("qualification.what.range");
            default -> o.qualifier().isLowerBound() ? words.text("qualification.what.lower") : words.text("qualification.what.upper");
        };
        String kind = o.kind() == ObservationKind.OUTCOME ? "" : words.format("qualification.kind", o.kind().label(language));
        String noun = what.isEmpty() ? kind : kind.isEmpty() ? what : words.format("qualification.what-of-kind", what, kind);
        return words.format("qualification.figure", noun, figure);
    }

    private String result() {
        Qualifier q = key.value().qualifier();
        String result = q.isLowerBound() ? words.format("qualification.result.lower", q.label(language))
                : q.isUpperBound() ? words.format("qualification.result.upper", q.label(language))
                : q == Qualifier.ABOUT ? words.text("qualification.result.about")
                : q == Qualifier.RANGE ? words.text("qualification.result.range")
                : words.text("qualification.result.exact");
        return aimed() ? words.format("qualification.result.aimed", result, ObservationKind.TARGET.label(language),
                ObservationKind.PLAN.label(language), ObservationKind.OUTCOME.label(language)) : result;
    }

    /** Whether a figure behind the key is a target or a plan rather than an outcome. */
    private boolean aimed() {
        return qualified.stream().anyMatch(o -> o.kind() != ObservationKind.OUTCOME);
    }

    private String accuracy() {
        Accuracy a = key.accuracy();
        String rounded = switch (a.decimals()) {
            case 0 -> words.text("qualification.round.whole");
            case 1 -> words.text("qualification.round.one");
            case 2 -> words.text("qualification.round.two");
            case -1 -> words.text("qualification.round.ten");
            case -2 -> words.text("qualification.round.hundred");
            case -3 -> words.text("qualification.round.thousand");
            default -> a.decimals() > 0 ? words.format("qualification.round.decimals", String.valueOf(a.decimals()))
                    : words.format("qualification.round.power", String.valueOf(-a.decimals()));
        };
        Optional<String> tolerance = a.describeTolerance(language);
        return tolerance.map(t -> words.format("qualification.round.tolerance", rounded, t)).orElse(rounded);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
