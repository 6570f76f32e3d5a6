package org.parkbench.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The total a published share implies: a part reported as "1,082 enterprises, 71.09 % of all"
 * implies about 1082 ÷ 0.7109 ≈ 1522 enterprises in all. The result is "about" because the share
 * itself was rounded (or cut off) when it was printed. A part the source states as "about" gives an
 * "about" total; a bound ("more than", "up to") or a range is refused, since a bound divided by a
 * share that was itself rounded is neither a bound nor an estimate of the total. Where the source
 * prints the total as well, the recomputation is a check of it ({@link ShareCheck#totalCheck()}),
 * not a new figure.
 */
public record ImpliedTotal(PublishedStatistic part, double value, Unit unit, String formula) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    public ImpliedTotal {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(formula, "formula");
    }

    /**
     * Divides the statistic's value by its reported share.
     *
     * @throws DerivationException when the statistic reports no share, or is stated as a bound or a range
     */
    public static ImpliedTotal of(PublishedStatistic part) {
        double share = part.reportedShare().orElseThrow(() -> new DerivationException("statistic " + part.id()
                + " reports no share, so it implies no total; choose a statistic with a reported share"));
        refusal(part).ifPresent(reason -> {
            throw new DerivationException("statistic " + part.id() + " implies no total: " + reason);
        });
        double total = part.value() / (share / 100);
        return new ImpliedTotal(part, total, part.unit(), formula(FORMAT, part, share, total));
    }

    /** "1082 enterprises ÷ 71.09 % ≈ 1522 enterprises", as {@code f} writes it. */
    private static String formula(QuantityFormat f, PublishedStatistic part, double share, double total) {
        return f.quantity(f.plain(part.value()), part.unit(), part.measure()) + " ÷ " + f.withUnit(f.plain(share), "%") + " ≈ "
                + f.quantity(f.result(total), part.unit(), part.measure());
    }

    /** The formula in {@code language}: "1082 家企业 ÷ 71.09% ≈ 1522 家企业"; {@link #formula()} is the English one. */
    public String formula(Language language) {
        return formula(QuantityFormat.forLanguage(language), part, part.reportedShare().orElseThrow(), value);
    }

    /**
     * Why no total is derived from {@code part}'s share, if it is not: the part is a bound or a
     * range ("more than USD 3 bn"); empty for an exact or "about" part.
     */
    public static Optional<String> refusal(PublishedStatistic part) {
        return refusal(part, Language.EN);
    }

    /** {@link #refusal(PublishedStatistic)} in {@code language}. */
    public static Optional<String> refusal(PublishedStatistic part, Language language) {
        Qualifier q = part.qualifier();
        if (q == Qualifier.EXACT || q == Qualifier.ABOUT) {
            return Optional.empty();
        }
        QuantityFormat f = QuantityFormat.forLanguage(language);
        return Optional.of(f.words().format("implied-total.refusal",
                f.figure(part.value(), part.valueHigh(), part.unit(), q, part.measure())));
    }

    /** The implied total as a derived value ("about", since the share was printed rounded). */
    public DerivedValue toDerivedValue() {
        String unitText = unit.label().isEmpty() ? part.measure() : unit.label();
        double share = part.reportedShare().orElseThrow();
        return new DerivedValue("implied-total", value, unitText, f -> formula(f, part, share, value),
                List.of(part), Qualifier.ABOUT, true);
    }

    /** The implied total rounded for reading, with its unit: "1522 enterprises", "USD 24.191 bn". */
    public String text() {
        return text(Language.EN);
    }

    /** {@link #text()} in {@code language}: "1522 家企业", "24.191 十亿美元". */
    public String text(Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        return f.quantity(f.result(value), unit, part.measure());
    }
}
