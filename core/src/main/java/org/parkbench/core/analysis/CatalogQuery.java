package org.parkbench.core.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The facts one catalog request names, looked up in a casebook. Observations are selected by
 * park, indicator, {@code as_of} (the exact date text) or {@code year}, and {@code source};
 * a second observation of the same request uses the same keys with a prefix ({@code area_as_of}).
 * Nothing is guessed: no match and several matches are both errors listing what there is.
 */
final class CatalogQuery {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    private final String derivation;
    private final Map<String, String> params;
    private final Casebook casebook;

    CatalogQuery(String derivation, Map<String, String> params, Casebook casebook) {
        this.derivation = derivation;
        this.params = params;
        this.casebook = casebook;
    }

    String required(String key) {
        return optional(key).orElseThrow(() -> new DerivationException(derivation + " needs the parameter '" + key + "'"));
    }

    Optional<String> optional(String key) {
        String value = params.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    Indicator indicator(String key, Indicator fallback) {
        Optional<String> word = optional(key);
        if (word.isEmpty()) {
            if (fallback == null) {
                required(key);
            }
            return fallback;
        }
        return Vocabulary.lookup(Indicator.class, word.get()).orElseThrow(() -> new DerivationException("unknown indicator '"
                + word.get() + "' in " + key + "; known: " + String.join(", ", Vocabulary.words(Indicator.class))));
    }

    CaseStudy caseOf(String park) {
        return casebook.caseOf(park).orElseThrow(() -> new DerivationException("no park '" + park + "' in the casebook"
                + knownParks()));
    }

    List<Stake> stakes(String park) {
        return caseOf(park).stakes(park);
    }

    /**
     * The one observation of {@code park} and {@code indicator} that the keys {@code <prefix>as_of},
     * {@code <prefix>year} and {@code <prefix>source} select.
     */
    Observation observation(String park, Indicator indicator, String prefix) {
        List<Observation> all = caseOf(park).observations(park, indicator);
        Optional<String> asOf = optional(prefix + "as_of");
        Optional<String> year = optional(prefix + "year");
        Optional<String> source = optional(prefix + "source");
        if (asOf.isPresent() && year.isPresent()) {
            throw new DerivationException("give " + prefix + "as_of or " + prefix + "year, not both");
        }
        List<Observation> matches = all;
        if (asOf.isPresent()) {
            PartialDate date = date(prefix + "as_of", asOf.get());
            matches = matches.stream().filter(o -> o.asOf().equals(date)).toList();
        }
        if (year.isPresent()) {
            int y = year(prefix + "year", year.get());
            matches = matches.stream().filter(o -> o.asOf().year() == y).toList();
        }
        if (source.isPresent()) {
            matches = matches.stream().filter(o -> o.source().equals(source.get())).toList();
        }
        String what = indicator.word() + " observation of park " + park;
        if (matches.isEmpty()) {
            String filters = asOf.map(d -> " as of " + d).orElse("") + year.map(y -> " in " + y).orElse("")
                    + source.map(s -> " from source " + s).orElse("");
            throw new DerivationException("no " + what + filters + (all.isEmpty() ? "; the park has none"
                    : "; there are: " + list(all)));
        }
        if (matches.size() > 1) {
            boolean sameDate = matches.stream().map(Observation::asOf).distinct().count() == 1;
            throw new DerivationException((sameDate
                    ? "sources conflict: " + matches.size() + " " + indicator.word() + " observations of park " + park
                    + " as of " + matches.get(0).asOf() + "; name one with " + prefix + "source"
                    : matches.size() + " " + what + "s match; name " + prefix + "as_of, " + prefix + "year or " + prefix + "source")
                    + ". Candidates: " + list(matches));
        }
        return matches.get(0);
    }

    /**
     * The {@code indicator} figure of the numerator's park to divide it by, as the keys with
     * {@code prefix} select it and the {@link RatioPairingRule} admits it: when the keys leave
     * several figures, the rule chooses the closest-dated admissible one; a figure the rule refuses
     * is an error that says why and names the figures it would admit.
     */
    Observation pairedWith(Observation numerator, Indicator indicator, String prefix, RatioPairingRule rule) {
        String park = numerator.park();
        boolean chosen = optional(prefix + "as_of").isPresent() || optional(prefix + "year").isPresent()
                || optional(prefix + "source").isPresent();
        List<Observation> all = caseOf(park).observations(park, indicator);
        Observation denominator;
        if (chosen || all.size() <= 1) {
            denominator = observation(park, indicator, prefix);
        } else {
            RatioPairingRule.Choice choice = rule.choose(List.of(numerator), all, caseOf(park));
            if (choice.pair().isPresent()) {
                Observation best = choice.pair().get().denominator();
                double gap = Math.abs(best.asOf().decimalYear() - numerator.asOf().decimalYear());
                long asClose = all.stream().filter(o -> rule.refusal(numerator, o, caseOf(park)).isEmpty())
                        .filter(o -> Math.abs(o.asOf().decimalYear() - numerator.asOf().decimalYear()) == gap).count();
                if (asClose > 1) {
                    return observation(park, indicator, prefix); // sources conflict: an error that lists them, never a silent choice
                }
                return best;
            }
            denominator = choice.refused().get(0).denominator();
        }
        Optional<String> refusal = rule.refusal(numerator, denominator, caseOf(park));
        if (refusal.isEmpty()) {
            return denominator;
        }
        List<Observation> admitted = all.stream().filter(o -> rule.refusal(numerator, o, caseOf(park)).isEmpty()).toList();
        throw new DerivationException(derivation + " of park " + park + " pairs " + numerator.indicator().word() + " as of "
                + numerator.asOf() + " (source " + numerator.source() + ") with " + indicator.word() + " as of " + denominator.asOf()
                + " (source " + denominator.source() + "), which the pairing rule refuses: " + refusal.get() + ". "
                + (admitted.isEmpty() ? "No " + indicator.word() + " figure of the park can be paired with it; choose another "
                + numerator.indicator().word() + " figure"
                : "It admits: " + list(admitted) + "; name one with " + prefix + "as_of"));
    }

    PublishedStatistic statistic(String id) {
        List<PublishedStatistic> found = casebook.cases().stream().flatMap(c -> c.statistics().stream())
                .filter(s -> s.id().equals(id)).toList();
        if (found.isEmpty()) {
            String known = casebook.cases().stream().flatMap(c -> c.statistics().stream()).map(PublishedStatistic::id)
                    .sorted().collect(Collectors.joining(", "));
            throw new DerivationException("no published statistic '" + id + "'" + (known.isEmpty() ? "" : "; known: " + known));
        }
        if (found.size() > 1) {
            throw new DerivationException("statistic id '" + id + "' is used by " + found.size() + " cases; it must be unique");
        }
        return found.get(0);
    }

    PartialDate date(String key, String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DerivationException(key + ": " + e.getMessage());
        }
    }

    private static int year(String key, String text) {
        if (!text.matches("\\d{4}")) {
            throw new DerivationException(key + ": '" + text + "' is not a year: write YYYY");
        }
        return Integer.parseInt(text);
    }

    private static String list(List<Observation> observations) {
        return observations.stream().sorted(Comparator.comparing(Observation::asOf).thenComparing(Observation::source))
                .map(o -> FORMAT.described(o) + " as of " + o.asOf() + " (source " + o.source() + ")")
                .collect(Collectors.joining("; "));
    }

    private String knownParks() {
        List<String> ids = casebook.parks().stream().map(p -> p.id()).toList();
        if (ids.isEmpty()) {
            return "";
        }
        return "; known: " + String.join(", ", ids.subList(0, Math.min(ids.size(), 12))) + (ids.size() > 12 ? ", …" : "");
    }
}
