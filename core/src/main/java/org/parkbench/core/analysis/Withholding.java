package org.parkbench.core.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Sourced;
import org.parkbench.core.model.Stake;

/**
 * The derived values a course leaves its students to compute, each with the exercise that asks
 * for it. A student site shows none of them ready-made (not in a page, a figure, its alt text or
 * data, a download or the search index) and points to the exercise instead; an instructor site
 * withholds nothing ({@link #NONE}).
 *
 * <p>A value is known by what was computed from what, not by its number: the derivation's name
 * and the facts it used, each fact by what it states (an observation by park, indicator, date and
 * source; a stake by park, actor, role, start and source; a published statistic by its id), never
 * by its value, unit or line in the file. So a figure that shows the same ratio in USD m where the
 * exercise asks for USD bn, or the same remainder for a later period with the same known shares,
 * withholds it too, and an edit to a figure's value still finds the value it feeds. A value given with
 * the answers its exercise accepts ({@link Builder#add(DerivedValue, String, DoublePredicate)}) also
 * withholds any other value of the same derivation about the same parks that would pass as the
 * answer: the latest jobs per km² of a park, from a later report of the same number of jobs, gives
 * away an exercise's jobs per km² as surely as the exercise's own facts would.
 */
public final class Withholding {
    /** Withholds nothing: the instructor's site, or a course without computing exercises. */
    public static final Withholding NONE = new Withholding(Map.of(), List.of());

    /** A derivation over the facts it used, as far as a value is concerned. */
    private record Computation(String derivation, Set<String> facts) {
    }

    /** An exercise's answers: any value of {@code derivation} about {@code parks} that {@code accepts} passes gives it away. */
    private record Answer(String derivation, Set<String> parks, DoublePredicate accepts, String exercise) {
    }

    private final Map<Computation, String> exercises;
    private final List<Answer> answers;

    private Withholding(Map<Computation, String> exercises, List<Answer> answers) {
        this.exercises = Map.copyOf(exercises);
        this.answers = List.copyOf(answers);
    }

    /** Collects the values to withhold, each with the first exercise that asks for it. */
    public static final class Builder {
        private final Map<Computation, String> exercises = new LinkedHashMap<>();
        private final List<Answer> answers = new java.util.ArrayList<>();

        private Builder() {
        }

        /** Withholds {@code value}, asked for by exercise {@code exerciseId}; a reported figure is a fact and is never withheld. */
        public Builder add(DerivedValue value, String exerciseId) {
            Objects.requireNonNull(exerciseId, "exerciseId");
            if (value.derived()) {
                exercises.putIfAbsent(computation(value.name(), value.inputs()), exerciseId);
            }
            return this;
        }

        /**
         * Withholds {@code value} and, with it, every value of the same derivation about the same
         * parks that {@code accepts} (the exercise's check of a typed number) would take as the answer.
         */
        public Builder add(DerivedValue value, String exerciseId, DoublePredicate accepts) {
            add(value, exerciseId);
            Set<String> parks = parks(value.inputs());
            if (value.derived() && !parks.isEmpty()) {
                answers.add(new Answer(value.name(), parks, accepts, exerciseId));
            }
            return this;
        }

        public Withholding build() {
            return exercises.isEmpty() ? NONE : new Withholding(exercises, answers);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The exercise that asks for {@code value}, if it is withheld. */
    public Optional<String> exercise(DerivedValue value) {
        return value.derived() ? exercise(value.name(), value.inputs()).or(() -> byAnswer(value)) : Optional.empty();
    }

    /** The exercise that asks for derivation {@code derivation} over {@code inputs}, if it is withheld. */
    private Optional<String> exercise(String derivation, List<? extends Sourced> inputs) {
        if (exercises.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(exercises.get(computation(derivation, inputs)));
    }

    /** As {@link #exercise(DerivedValue)}, here for a value whose number may pass as another computation's answer. */
    private Optional<String> byAnswer(DerivedValue value) {
        Set<String> parks = parks(value.inputs());
        return answers.stream().filter(a -> a.derivation().equals(value.name()) && a.parks().equals(parks)
                && a.accepts().test(value.value())).map(Answer::exercise).findFirst();
    }

    public boolean withholds(DerivedValue value) {
        return exercise(value).isPresent();
    }

    /** Whether nothing is withheld. */
    public boolean isEmpty() {
        return exercises.isEmpty();
    }

    private static Computation computation(String derivation, List<? extends Sourced> inputs) {
        Set<String> facts = new TreeSet<>();
        inputs.forEach(f -> facts.add(fact(f)));
        return new Computation(derivation, facts);
    }

    /** The parks the facts are about (none for published statistics, which are about no one park). */
    private static Set<String> parks(List<? extends Sourced> inputs) {
        Set<String> parks = new TreeSet<>();
        for (Sourced f : inputs) {
            if (f instanceof Observation o) {
                parks.add(o.park());
            } else if (f instanceof Stake s) {
                parks.add(s.park());
            }
        }
        return parks;
    }

    /** What a fact states, without its value, unit or position. */
    private static String fact(Sourced f) {
        if (f instanceof Observation o) {
            return "observation " + o.park() + " " + o.indicator().word() + " " + o.asOf() + " " + o.source();
        }
        if (f instanceof Stake s) {
            return "stake " + s.park() + " " + s.actor().id() + " " + s.role().word() + " " + s.from() + " " + s.source();
        }
        if (f instanceof PublishedStatistic s) {
            return "statistic " + s.id();
        }
        return f.getClass().getSimpleName() + " " + f.source() + " " + f.origin();
    }
}
