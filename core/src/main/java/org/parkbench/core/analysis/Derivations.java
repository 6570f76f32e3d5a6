package org.parkbench.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.Unit;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The derivations of Parkbench as plain static functions over facts: densities (jobs and
 * investment per km²), investment per enterprise, growth between two dates, shares of published
 * totals and the totals a reported share implies, and the stake structure of a park. Each checks
 * that its inputs fit (direct jobs, an area, the same park, units that convert) and fails with a
 * {@link DerivationException} saying what to give instead; none averages, chooses between or
 * converts across currencies. {@link DerivationCatalog} offers the same functions by name.
 */
public final class Derivations {
    private static final QuantityFormat FORMAT = QuantityFormat.english();
    private static final Set<Indicator> AREAS = Set.of(Indicator.AREA, Indicator.AREA_PLANNED);
    private static final Set<Indicator> INVESTMENTS = Set.of(Indicator.INVESTMENT, Indicator.INVESTMENT_PLANNED);

    private Derivations() {
    }

    /** Direct jobs per km² of area: {@code jobs} must be {@code jobs-direct}, {@code area} an area. */
    public static DerivedValue jobsPerKm2(Observation jobs, Observation area) {
        require(jobs, Set.of(Indicator.JOBS_DIRECT), "jobs per km² counts direct jobs");
        return perKm2("jobs-per-km2", jobs, jobs.value(), "jobs/km²", area);
    }

    /** Investment per km² of area, in the investment's own money unit per km² (e.g. USD bn/km²). */
    public static DerivedValue investmentPerKm2(Observation investment, Observation area) {
        require(investment, INVESTMENTS, "investment per km² needs an investment figure");
        return perKm2("investment-per-km2", investment, investment.value(), investment.unit().label() + "/km²", area);
    }

    /** Investment per enterprise, in millions of the investment's currency where such a unit exists. */
    public static DerivedValue investmentPerEnterprise(Observation investment, Observation enterprises) {
        require(investment, INVESTMENTS, "investment per enterprise needs an investment figure");
        require(enterprises, Set.of(Indicator.ENTERPRISES), "investment per enterprise needs a count of enterprises");
        samePark(investment, enterprises);
        if (enterprises.value() == 0) {
            throw new DerivationException("park " + enterprises.park() + " has 0 enterprises as of " + enterprises.asOf()
                    + " (source " + enterprises.source() + "): investment per enterprise is undefined");
        }
        Unit millions = Arrays.stream(Unit.values())
                .filter(u -> u.convertibleTo(investment.unit()) && u.word().endsWith("-m"))
                .findFirst().orElse(investment.unit());
        double money = investment.valueIn(millions);
        double value = money / enterprises.value();
        Qualifier bound = ratioBound(investment.qualifier(), enterprises.qualifier());
        Unit unit = millions;
        return new DerivedValue("investment-per-enterprise", value, millions.label() + " per enterprise", f -> {
            String moneyText = f.described(investment);
            if (unit != investment.unit()) {
                moneyText += " (= " + f.quantity(f.plain(money), unit, "") + ")";
            }
            return moneyText + " ÷ " + f.described(enterprises) + " " + f.relation(bound) + " "
                    + f.words().format("formula.per-enterprise", f.quantity(f.result(value), unit, ""));
        }, List.of(investment, enterprises), bound, true);
    }

    /** Growth from {@code earlier} to {@code later}: absolute, relative and compound annual. */
    public static Growth growth(Observation earlier, Observation later) {
        return Growth.between(earlier, later);
    }

    /** {@code part} as a percentage of {@code total}, at full precision. */
    public static DerivedValue shareOfTotal(PublishedStatistic part, PublishedStatistic total) {
        return ShareCheck.recompute(part, total);
    }

    /** The total a statistic's reported share implies: value ÷ share. */
    public static DerivedValue impliedTotal(PublishedStatistic part) {
        return ImpliedTotal.of(part).toDerivedValue();
    }

    /**
     * 100 % minus the known owner and developer shares that hold on {@code date}; empty when no
     * share is known then (an unknown remainder is not 100 %).
     */
    public static Optional<DerivedValue> unattributedRemainder(List<Stake> stakes, PartialDate date) {
        return StakeStructure.of(stakes).unattributedAt(date);
    }

    /** The owner and developer shares of one park, period by period. */
    public static StakeStructure stakeStructure(List<Stake> stakes) {
        return StakeStructure.of(stakes);
    }

    private static DerivedValue perKm2(String name, Observation numerator, double value, String unit, Observation area) {
        require(area, AREAS, name + " divides by an area");
        samePark(numerator, area);
        double km2 = area.valueIn(Unit.KM2);
        if (km2 == 0) {
            throw new DerivationException("the area of park " + area.park() + " is 0 km² as of " + area.asOf()
                    + " (source " + area.source() + "): " + name + " is undefined; choose an area that is not 0");
        }
        double result = value / km2;
        Qualifier bound = ratioBound(numerator.qualifier(), area.qualifier());
        return new DerivedValue(name, result, unit, f -> {
            String areaText = f.qualifierPrefix(area.qualifier()) + f.withUnit(f.result(km2), Unit.KM2.label());
            if (area.unit() != Unit.KM2) {
                areaText += " (" + f.quantity(f.plain(area.value()), area.unit(), "") + ")";
            }
            String resultText = numerator.unit().currency().isPresent() && f.language() == Language.EN
                    ? f.quantity(f.result(result), numerator.unit(), "") + "/km²"
                    : f.withUnit(f.result(result), unit);
            return f.described(numerator) + " ÷ " + areaText + " " + f.relation(bound) + " " + resultText;
        }, List.of(numerator, area), bound, true);
    }

    /**
     * How a ratio is bounded when its parts are, for every qualifier: a lower bound ("more than",
     * "at least") over an exact figure stays a lower bound; an upper bound ("less than", "at most",
     * "up to") stays an upper bound; a bound in the denominator turns round (exactly a over more
     * than b is less than a/b); a lower bound over an upper bound is a lower bound. "about" with
     * anything leaves only "about". Two bounds pulling the same way bound nothing, and a range is
     * not divided: both are refused with a {@link DerivationException} rather than written as "about".
     */
    static Qualifier ratioBound(Qualifier numerator, Qualifier denominator) {
        if (numerator == Qualifier.RANGE || denominator == Qualifier.RANGE) {
            throw new DerivationException("a range (low–high) is not divided here: the result would be a range of its own;"
                    + " choose a figure stated as a single value");
        }
        if (numerator == Qualifier.EXACT && denominator == Qualifier.EXACT) {
            return Qualifier.EXACT;
        }
        if (numerator == Qualifier.ABOUT || denominator == Qualifier.ABOUT) {
            return Qualifier.ABOUT;
        }
        if (denominator == Qualifier.EXACT) {
            return numerator;
        }
        Qualifier flipped = flip(denominator);
        if (numerator == Qualifier.EXACT) {
            return flipped;
        }
        if (numerator.isLowerBound() == flipped.isLowerBound()) {
            boolean inclusive = numerator.isInclusive() && flipped.isInclusive();
            return numerator.isLowerBound() ? (inclusive ? Qualifier.AT_LEAST : Qualifier.OVER)
                    : (inclusive ? Qualifier.AT_MOST : Qualifier.UNDER);
        }
        throw new DerivationException("'" + numerator.label() + "' divided by '" + denominator.label()
                + "' bounds nothing: the ratio could be any size; choose a figure stated exactly or about for one side");
    }

    /** The bound a divisor's qualifier puts on a quotient: more than b makes a/b less than, at most b makes it at least. */
    private static Qualifier flip(Qualifier q) {
        return switch (q) {
            case OVER -> Qualifier.UNDER;
            case AT_LEAST -> Qualifier.AT_MOST;
            case UNDER -> Qualifier.OVER;
            case AT_MOST, UP_TO -> Qualifier.AT_LEAST;
            default -> q;
        };
    }

    static void require(Observation o, Set<Indicator> allowed, String why) {
        if (!allowed.contains(o.indicator())) {
            String words = allowed.stream().map(Indicator::word).sorted().reduce((a, b) -> a + " or " + b).orElse("");
            throw new DerivationException(why + ": expected " + words + ", got " + o.indicator().word() + " ("
                    + FORMAT.described(o) + " for park " + o.park() + " as of " + o.asOf() + ", source " + o.source() + ")");
        }
    }

    static void samePark(Observation a, Observation b) {
        if (!a.park().equals(b.park())) {
            throw new DerivationException("the figures belong to different parks (" + a.park() + " and " + b.park()
                    + "); a ratio or growth compares figures of one park");
        }
    }
}
