package org.parkbench.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Unit;

/**
 * One ratio across the parks of a casebook, each park's two figures chosen by a
 * {@link RatioPairingRule}: the figures that compare parks and the compare page that lists the
 * pairs it could not draw both read it, so they pair the same facts.
 */
public final class RatioComparison {
    /** A park's pairing: the chosen pair, or why there is none. */
    public record ParkPairing(CaseStudy caseStudy, Park park, RatioPairingRule.Choice choice) {
        /** Why the park is not paired: "2024-04 direct jobs with 2018 area: the dates are 6 years apart (the rule allows 2)". */
        public String refusal() {
            String reason = choice.reason().orElse("");
            return choice.refused().isEmpty() ? reason : describe(choice.refused().get(0)) + ": " + reason;
        }

        /** The same, after the park's name: "Suez TEDA …: 2024-04 direct jobs with 2018 area: …". */
        public String refusalText() {
            return park.nameEn() + ": " + refusal();
        }
    }

    private final List<ParkPairing> pairings;
    private final List<String> missing;

    private RatioComparison(List<ParkPairing> pairings, List<String> missing) {
        this.pairings = List.copyOf(pairings);
        this.missing = List.copyOf(missing);
    }

    /**
     * Pairs every park's {@code numerator} figures (as {@code prepare} leaves them: it may convert
     * a figure or drop it) with its {@code denominator} figures under {@code rule}.
     */
    public static RatioComparison of(Casebook casebook, Indicator numerator, Indicator denominator, RatioPairingRule rule,
                                     Function<Observation, Optional<Observation>> prepare) {
        return of(casebook.cases(), numerator, denominator, rule, prepare);
    }

    /** As {@link #of(Casebook, Indicator, Indicator, RatioPairingRule, Function)}, over the parks of {@code cases}. */
    public static RatioComparison of(List<CaseStudy> cases, Indicator numerator, Indicator denominator, RatioPairingRule rule,
                                     Function<Observation, Optional<Observation>> prepare) {
        Objects.requireNonNull(rule, "rule");
        List<ParkPairing> pairings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CaseStudy c : cases) {
            for (Park park : c.parks()) {
                List<Observation> tops = c.observations(park.id(), numerator).stream()
                        .map(prepare).flatMap(Optional::stream).toList();
                List<Observation> bottoms = c.observations(park.id(), denominator);
                if (tops.isEmpty() || bottoms.isEmpty()) {
                    if (!tops.isEmpty() || !bottoms.isEmpty()) {
                        missing.add(park.nameEn() + " (no " + (tops.isEmpty() ? label(numerator) : label(denominator)) + " figure)");
                    }
                    continue;
                }
                pairings.add(new ParkPairing(c, park, rule.choose(tops, bottoms, c)));
            }
        }
        return new RatioComparison(pairings, missing);
    }

    /** The parks whose pair the rule admitted. */
    public List<ParkPairing> paired() {
        return pairings.stream().filter(p -> p.choice().pair().isPresent()).toList();
    }

    /** The parks with figures of both kinds but no admissible pair. */
    public List<ParkPairing> refused() {
        return pairings.stream().filter(p -> p.choice().pair().isEmpty()).toList();
    }

    /** The parks with a figure of one kind only, each with what is missing. */
    public List<String> missing() {
        return missing;
    }

    /**
     * The figure restated in USD m (a conversion within one currency), or empty for another
     * currency: investment is compared across parks in US dollars only, never converted across
     * currencies.
     */
    public static Optional<Observation> inUsdMillions(Observation o) {
        if (!o.unit().convertibleTo(Unit.USD_M)) {
            return Optional.empty();
        }
        return Optional.of(new Observation(o.park(), o.indicator(), o.valueIn(Unit.USD_M),
                o.high().isPresent() ? o.unit().convert(o.high().getAsDouble(), Unit.USD_M) : null, Unit.USD_M,
                o.qualifier(), o.kind(), o.scope(), o.asOf(), o.source(), o.note(), o.origin()));
    }

    static String describe(RatioPairingRule.Refusal r) {
        return r.numerator().asOf() + " " + label(r.numerator().indicator()) + " with " + r.denominator().asOf() + " "
                + label(r.denominator().indicator());
    }

    private static String label(Indicator i) {
        return i.label().replaceAll(" \\(.*\\)$", "").toLowerCase(java.util.Locale.ROOT);
    }
}
