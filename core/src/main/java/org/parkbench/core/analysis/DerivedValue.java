package org.parkbench.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.parkbench.core.language.Language;
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
 * @param formulas  the formula in every language, written by the same code with each language's
 *                  {@link QuantityFormat} ({@code formula} is the English one)
 */
public record DerivedValue(String name, double value, String unit, String formula, List<Sourced> inputs,
                           Qualifier qualifier, boolean derived, Map<Language, String> formulas) {
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
        formulas = formulas == null ? Map.of(Language.EN, formula) : Map.copyOf(formulas);
    }

    /** A value whose formula {@code writer} writes in each language. */
    public DerivedValue(String name, double value, String unit, Function<QuantityFormat, String> writer, List<Sourced> inputs,
                        Qualifier qualifier, boolean derived) {
        this(name, value, unit, writer.apply(FORMAT), inputs, qualifier, derived, inEveryLanguage(writer));
    }

    /** An exact value derived by Parkbench, its formula written in each language by {@code writer}. */
    public DerivedValue(String name, double value, String unit, Function<QuantityFormat, String> writer, List<Sourced> inputs) {
        this(name, value, unit, writer, inputs, Qualifier.EXACT, true);
    }

    /** An exact value with a formula written in English only (a value made by hand, as tests make them). */
    public DerivedValue(String name, double value, String unit, String formula, List<Sourced> inputs) {
        this(name, value, unit, formula, inputs, Qualifier.EXACT, true, null);
    }

    /** The formula {@code writer} writes, in every language. */
    public static Map<Language, String> inEveryLanguage(Function<QuantityFormat, String> writer) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, writer.apply(QuantityFormat.forLanguage(language)));
        }
        return texts;
    }

    /** The formula in {@code language}: "超过 9,000 个直接就业岗位 ÷ 7.34 平方公里 = 超过 1226.2 个岗位/平方公里". */
    public String formula(Language language) {
        return formulas.getOrDefault(language, formula);
    }

    /** The unit in {@code language}: "个岗位/平方公里". */
    public String unit(Language language) {
        return QuantityFormat.forLanguage(language).unitLabel(unit);
    }

    /** One observation, passed through as reported (not derived). */
    public static DerivedValue reported(Observation observation) {
        String unit = observation.unit().label();
        return new DerivedValue("observation", observation.value(), unit,
                f -> f.words().format("formula.reported", f.described(observation), observation.indicator().word(),
                        f.date(observation.asOf()), observation.source(), observation.indicator().label(f.language())),
                List.of(observation), observation.qualifier(), false);
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
        return text(Language.EN);
    }

    /** {@link #text()} in {@code language}: "超过 1226.2 个岗位/平方公里". */
    public String text(Language language) {
        QuantityFormat format = QuantityFormat.forLanguage(language);
        String number = format.qualifierPrefix(qualifier) + (derived ? format.result(value) : format.plain(value));
        if (language == Language.EN) {
            return unit.isEmpty() ? number : number + " " + unit;
        }
        return format.withUnit(number, unit);
    }
}
