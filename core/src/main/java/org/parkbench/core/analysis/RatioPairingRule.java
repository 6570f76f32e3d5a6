package org.parkbench.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Source;

/**
 * When two reported figures may be divided by each other: the one rule behind every ratio
 * Parkbench draws or asks for (jobs per km², investment per km², investment per enterprise).
 * A pair is admissible when
 * <ul>
 *   <li>both figures are outcomes: a target or a plan is never divided by, or into, another figure;</li>
 *   <li>both figures have the same {@link org.parkbench.core.model.ObservationScope scope}
 *       (zone-wide with zone-wide, the developer's own with the developer's own);</li>
 *   <li>the years of their dates differ by at most {@link #maxGapYears()} (2 in {@link #STANDARD});</li>
 *   <li>neither comes from a source of low confidence, unless the rule was made
 *       {@link #tellingReaderOfLowConfidence()} by a caller that shows {@link Pair#caution()}.</li>
 * </ul>
 * Of the admissible pairs {@link #choose} takes the closest in time (then the later numerator,
 * then the later denominator); when there is none it says why, with the reason of each pair it
 * refused. It chooses between facts only; the arithmetic stays in {@link Derivations}.
 */
public final class RatioPairingRule {
    /** The rule of the course: same scope, at most two years apart, no low-confidence source. */
    public static final RatioPairingRule STANDARD = new RatioPairingRule(2, false);

    private final int maxGapYears;
    private final boolean lowConfidenceTold;

    RatioPairingRule(int maxGapYears, boolean lowConfidenceTold) {
        if (maxGapYears < 0) {
            throw new IllegalArgumentException("the date gap cannot be negative: " + maxGapYears);
        }
        this.maxGapYears = maxGapYears;
        this.lowConfidenceTold = lowConfidenceTold;
    }

    /** The same rule with another largest date gap, in years. */
    public RatioPairingRule withMaxGapYears(int years) {
        return new RatioPairingRule(years, lowConfidenceTold);
    }

    /** The same rule, admitting low-confidence figures for a caller that prints each pair's {@link Pair#caution()}. */
    public RatioPairingRule tellingReaderOfLowConfidence() {
        return new RatioPairingRule(maxGapYears, true);
    }

    /** The largest difference, in years, between the years of the two dates. */
    public int maxGapYears() {
        return maxGapYears;
    }

    /** Whether low-confidence figures are admitted (with a caution the reader is shown). */
    public boolean admitsLowConfidence() {
        return lowConfidenceTold;
    }

    /** The rule in one sentence, for notes on pages and figures. */
    public String description() {
        return "Two figures are divided only when both are outcomes (not targets or plans), have the same scope (zone-wide, or the developer's own), "
                + "their dates are at most " + years(maxGapYears) + " apart, and neither comes from a low-confidence source"
                + (lowConfidenceTold ? " unless the reader is told" : "")
                + "; of the pairs that qualify, the closest in time is used.";
    }

    /** Two figures the rule admits, and what the reader must be told about them (empty when nothing). */
    public record Pair(Observation numerator, Observation denominator, int gapYears, Optional<String> caution) {
        public Pair {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(caution, "caution");
        }
    }

    /** A pair the rule does not admit, with the reason in words. */
    public record Refusal(Observation numerator, Observation denominator, String reason) {
    }

    /** The chosen pair, or none with the refusals that explain why. */
    public record Choice(Optional<Pair> pair, List<Refusal> refused) {
        public Choice {
            refused = List.copyOf(refused);
        }

        /**
         * Why there is no pair: the reason the closest-dated candidate was refused, or that a
         * figure is missing; empty when a pair was chosen.
         */
        public Optional<String> reason() {
            if (pair.isPresent()) {
                return Optional.empty();
            }
            return Optional.of(refused.isEmpty() ? "no pair of figures to divide" : refused.get(0).reason());
        }
    }

    /** Why the rule refuses {@code numerator} over {@code denominator}; empty when it admits them. */
    public Optional<String> refusal(Observation numerator, Observation denominator, Function<String, Optional<Source>> sources) {
        List<String> reasons = new ArrayList<>();
        for (Observation o : List.of(numerator, denominator)) {
            if (o.kind() != ObservationKind.OUTCOME) {
                reasons.add("the " + what(o) + " figure is a " + o.kind().label() + ", not an outcome");
            }
        }
        if (numerator.scope() != denominator.scope()) {
            reasons.add("the " + what(numerator) + " figure is " + numerator.scope().label() + " but the " + what(denominator)
                    + " figure is " + denominator.scope().label());
        }
        int gap = gap(numerator, denominator);
        if (gap > maxGapYears) {
            reasons.add("the dates are " + years(gap) + " apart (the rule allows " + maxGapYears + ")");
        }
        if (!lowConfidenceTold) {
            lowConfidence(numerator, denominator, sources).ifPresent(reasons::add);
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** As {@link #refusal(Observation, Observation, Function)}, with the sources of the park's case. */
    public Optional<String> refusal(Observation numerator, Observation denominator, CaseStudy caseStudy) {
        return refusal(numerator, denominator, caseStudy::source);
    }

    /**
     * The closest-dated admissible pair of one of {@code numerators} over one of
     * {@code denominators}, or none with every refused pair, closest in time first.
     */
    public Choice choose(List<Observation> numerators, List<Observation> denominators,
                         Function<String, Optional<Source>> sources) {
        List<Pair> admitted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Observation n : numerators) {
            for (Observation d : denominators) {
                Optional<String> why = refusal(n, d, sources);
                if (why.isPresent()) {
                    refused.add(new Refusal(n, d, why.get()));
                } else {
                    admitted.add(new Pair(n, d, gap(n, d), lowConfidenceTold ? lowConfidence(n, d, sources) : Optional.empty()));
                }
            }
        }
        Comparator<Observation> later = Comparator.comparing(Observation::asOf).thenComparing(Observation::source);
        Comparator<Pair> best = Comparator.comparingDouble((Pair p) -> distance(p.numerator(), p.denominator()))
                .thenComparing(Pair::numerator, later.reversed())
                .thenComparing(Pair::denominator, later.reversed());
        refused.sort(Comparator.comparingDouble((Refusal r) -> distance(r.numerator(), r.denominator()))
                .thenComparing(Refusal::numerator, later.reversed())
                .thenComparing(Refusal::denominator, later.reversed()));
        return new Choice(admitted.stream().min(best), refused);
    }

    /** As {@link #choose(List, List, Function)}, with the sources of the park's case. */
    public Choice choose(List<Observation> numerators, List<Observation> denominators, CaseStudy caseStudy) {
        return choose(numerators, denominators, caseStudy::source);
    }

    /** The difference between the years of the two dates: 2024-04 and 2018 are 6 years apart. */
    public static int gap(Observation a, Observation b) {
        return Math.abs(a.asOf().year() - b.asOf().year());
    }

    private static double distance(Observation a, Observation b) {
        return Math.abs(a.asOf().decimalYear() - b.asOf().decimalYear());
    }

    private static Optional<String> lowConfidence(Observation a, Observation b, Function<String, Optional<Source>> sources) {
        List<String> low = new ArrayList<>();
        for (Observation o : List.of(a, b)) {
            Optional<Source> source = sources.apply(o.source()).filter(s -> s.confidence() == Confidence.LOW);
            source.map(RatioPairingRule::name).filter(n -> !low.contains(n)).ifPresent(low::add);
        }
        if (low.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((low.size() == 1 ? "the source (" + low.get(0) + ") is" : "the sources (" + String.join("; ", low) + ") are")
                + " of low confidence");
    }

    /** A source as a reader knows it: publisher and year, or the title. */
    private static String name(Source s) {
        String who = s.publisher().isBlank() ? s.title() : s.publisher();
        return s.year().isBlank() ? who : who + ", " + s.year();
    }

    /** "investment" for "Investment (cumulative)": the indicator's label in a sentence. */
    private static String what(Observation o) {
        return o.indicator().label().replaceAll(" \\(.*\\)$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }
}
