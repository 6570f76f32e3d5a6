package org.parkbench.core.analysis;

import java.util.List;
import java.util.Objects;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Sourced;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * A value Parkbench computed from cited facts (or, for {@code derived == false}, one fact passed
 * through unchanged), with the unit it is in, the formula written out with the actual numbers
 * ("9000 direct jobs ÷ 7.34 km² = 1226.2 jobs/km²") and the facts it used, so that every page,
 * figure and exercise key can say where its number comes from and that it was derived, not
 * reported. The value is always a finite number: a derivation that cannot produce one fails with
 * a {@link DerivationException} instead.
 *
 * @param qualifier how far the result is bounded: derived from "more than 9000 jobs", a ratio is
 *                  "more than" too; from an "about" figure it is "about"
 * @param derived   true when Parkbench computed the value; false for a reported figure
 */
public record DerivedValue(String name, double value, String unit, String formula, List<Sourced> inputs,
                           Qualifier qualifier, boolean derived) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    public DerivedValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(formula, "formula");
        if (formula.isBlank()) {
            throw new IllegalArgumentException("a derived value needs its formula");
        }
        if (!Double.isFinite(value)) {
            throw new DerivationException(name + " has no finite value (" + value + "): " + formula);
        }
        inputs = List.copyOf(inputs);
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
    }

    /** An exact value derived by Parkbench. */
    public DerivedValue(String name, double value, String unit, String formula, List<Sourced> inputs) {
        this(name, value, unit, formula, inputs, Qualifier.EXACT, true);
    }

    /** One observation, passed through as reported (not derived). */
    public static DerivedValue reported(Observation observation) {
        String unit = observation.unit().label();
        String formula = "reported: " + FORMAT.described(observation) + " (" + observation.indicator().word() + ", as of " + observation.asOf()
                + ", source " + observation.source() + ")";
        return new DerivedValue("observation", observation.value(), unit, formula, List.of(observation),
                observation.qualifier(), false);
    }

    /** "derived" or "reported": the word to show next to the value. */
    public String provenance() {
        return derived ? "derived" : "reported";
    }

    /** The keys of the sources behind the value, each once, in the order the inputs name them. */
    public List<String> sources() {
        return inputs.stream().map(Sourced::source).distinct().toList();
    }

    /** The value rounded for reading, with its qualifier and unit: "more than 1226.2 jobs/km²". */
    public String text() {
        String number = FORMAT.qualifierPrefix(qualifier) + (derived ? FORMAT.result(value) : FORMAT.plain(value));
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
