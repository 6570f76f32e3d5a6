package org.parkbench.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * How one indicator of one park changed between two observations: the absolute change (in the
 * earlier observation's unit), the relative change in % and the compound annual rate in %, over
 * the years between the two dates as {@link org.parkbench.core.model.PartialDate#decimalYear()}
 * places them (a year-only date counts as its middle). Different indicators (direct vs induced
 * jobs) and units that do not convert (two currencies) are refused, never reconciled; so are targets
 * and plans (growth runs between outcomes) and ranges. {@code bound} qualifies the change as the
 * ratio later ÷ earlier is qualified ({@link Derivations#ratioBound}): from exactly 100 to more
 * than 150 is more than +50 %.
 */
public record Growth(Observation earlier, Observation later, double absolute, double relativePercent,
                     double compoundAnnualPercent, double years, String formula, Qualifier bound) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    public Growth {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(formula, "formula");
        bound = Objects.requireNonNullElse(bound, Qualifier.EXACT);
    }

    /** Computes the growth from {@code earlier} to {@code later}. */
    public static Growth between(Observation earlier, Observation later) {
        Derivations.samePark(earlier, later);
        for (Observation o : List.of(earlier, later)) {
            if (o.kind() != ObservationKind.OUTCOME) {
                throw new DerivationException("growth runs between outcomes; " + FORMAT.described(o) + " (" + o.indicator().word()
                        + ", as of " + o.asOf() + ") is a " + o.kind().word() + ", not a figure that was reached");
            }
        }
        Qualifier bound = Derivations.ratioBound(later.qualifier(), earlier.qualifier());
        if (earlier.indicator() != later.indicator()) {
            throw new DerivationException("growth compares one indicator over time; got " + earlier.indicator().word()
                    + " (" + earlier.asOf() + ") and " + later.indicator().word() + " (" + later.asOf() + ")");
        }
        if (!later.unit().convertibleTo(earlier.unit())) {
            throw new DerivationException("cannot compare " + later.unit().word() + " with " + earlier.unit().word()
                    + " for growth" + (earlier.unit().currency().isPresent() && later.unit().currency().isPresent()
                    ? ": currencies are never converted (an exchange rate is a fact with a source)" : ""));
        }
        double years = later.asOf().decimalYear() - earlier.asOf().decimalYear();
        if (years <= 0) {
            throw new DerivationException("growth runs forward in time: the later figure (" + later.asOf()
                    + ") must be dated after the earlier one (" + earlier.asOf() + ")");
        }
        if (earlier.value() == 0) {
            throw new DerivationException("growth from 0 (" + earlier.indicator().word() + " as of " + earlier.asOf()
                    + ") has no relative or annual rate; choose a later starting figure");
        }
        double from = earlier.value();
        double to = later.valueIn(earlier.unit());
        double absolute = to - from;
        double relative = (to / from - 1) * 100;
        double annual = (Math.pow(to / from, 1 / years) - 1) * 100;
        String toText = FORMAT.described(later);
        if (later.unit() != earlier.unit()) {
            toText += " (= " + FORMAT.quantity(FORMAT.plain(to), earlier.unit(), FORMAT.noun(earlier.indicator())) + ")";
        }
        String sign = absolute < 0 ? "−" : "+";
        String formula = span(earlier, toText, later) + sign
                + FORMAT.quantity(FORMAT.result(Math.abs(absolute)), earlier.unit(), FORMAT.noun(earlier.indicator()))
                + ", " + signed(relative) + " %, " + signed(annual) + " % a year compounded over " + FORMAT.result(years) + " years";
        return new Growth(earlier, later, absolute, relative, annual, years, formula, bound);
    }

    /*
     * Each measure's derived value carries a working that shows that measure only: an exercise
     * asking for the relative change must not print the annual rate another exercise asks for,
     * nor the other way round. {@link #formula()} keeps all three (the stats command prints it).
     */

    /** The absolute change as a derived value, in the earlier observation's unit. */
    public DerivedValue absoluteValue() {
        String sign = absolute < 0 ? "−" : "+";
        return derived("growth-absolute", absolute, FORMAT.unitText(earlier.unit(), earlier.indicator()),
                f -> span(f) + sign + f.quantity(f.result(Math.abs(absolute)), earlier.unit(), f.noun(earlier.indicator())));
    }

    /** The relative change, in %. */
    public DerivedValue relativeValue() {
        return derived("growth-relative", relativePercent, "%",
                f -> f.words().format("formula.growth.relative", span(f), signed(f, relativePercent)));
    }

    /** The compound annual growth rate, in % a year. */
    public DerivedValue annualValue() {
        return derived("growth-annual", compoundAnnualPercent, "% a year",
                f -> f.words().format("formula.growth.annual", span(f), f.result(years), signed(f, compoundAnnualPercent)));
    }

    private DerivedValue derived(String name, double value, String unit, Function<QuantityFormat, String> working) {
        return new DerivedValue(name, value, unit, working, List.of(earlier, later), bound, true);
    }

    private String span(QuantityFormat f) {
        String toText = f.described(later);
        if (later.unit() != earlier.unit()) {
            toText += " (= " + f.quantity(f.plain(later.valueIn(earlier.unit())), earlier.unit(), f.noun(earlier.indicator())) + ")";
        }
        return f.words().format("formula.growth.span", f.described(earlier), f.date(earlier.asOf()), toText, f.date(later.asOf()));
    }

    private static String signed(QuantityFormat f, double value) {
        String text = f.result(Math.abs(value));
        return (value < 0 && !text.equals("0") ? "−" : "+") + text;
    }

    private static String span(Observation earlier, String toText, Observation later) {
        return "from " + FORMAT.described(earlier) + " (" + earlier.asOf() + ") to " + toText + " (" + later.asOf() + "): ";
    }

    private static String signed(double value) {
        String text = FORMAT.result(Math.abs(value));
        return (value < 0 && !text.equals("0") ? "−" : "+") + text;
    }
}
