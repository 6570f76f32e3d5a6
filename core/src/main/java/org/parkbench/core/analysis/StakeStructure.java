package org.parkbench.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Sourced;
import org.parkbench.core.model.Stake;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Who held the developer and owner stakes of one park, period by period: a new period starts
 * whenever such a stake starts or ends (a stretch with none is left out), and each
 * period shows the shares as reported and the remainder no source attributes (unknown when no
 * share is known at all). Only {@code developer} and {@code owner} rows count toward 100 %, as
 * the data format says; initiators, financiers, operators and tenants are not part of it.
 */
public record StakeStructure(String park, List<Period> periods) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    /** Shares may overshoot 100 by rounding in the sources' own arithmetic, not by more. */
    static final double TOLERANCE = 1e-6;
    private static final Set<Role> COUNTED = Set.of(Role.DEVELOPER, Role.OWNER);

    public StakeStructure {
        Objects.requireNonNull(park, "park");
        periods = List.copyOf(periods);
    }

    /** One actor's developer or owner stake within a period; the share is empty when not known. */
    public record Holding(Actor actor, Role role, Double sharePercent, Stake stake) {
        public Holding {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(stake, "stake");
        }

        public Optional<Double> share() {
            return Optional.ofNullable(sharePercent);
        }
    }

    /**
     * A half-open period {@code [from, until)} ({@code until} empty: still holds), its holdings
     * and the unattributed remainder (empty when no holding has a known share).
     */
    public record Period(PartialDate from, PartialDate until, List<Holding> holdings, Double unattributedPercent) {
        public Period {
            Objects.requireNonNull(from, "from");
            holdings = List.copyOf(holdings);
        }

        public Optional<PartialDate> end() {
            return Optional.ofNullable(until);
        }

        public Optional<Double> unattributed() {
            return Optional.ofNullable(unattributedPercent);
        }

        /** The sum of the shares that are known. */
        public double knownSharePercent() {
            return holdings.stream().flatMap(h -> h.share().stream()).mapToDouble(Double::doubleValue).sum();
        }

        /** Whether the period covers {@code date} (compared by first day, like {@link Stake#holdsOn}). */
        public boolean covers(PartialDate date) {
            LocalDate day = date.start();
            return !from.start().isAfter(day) && (until == null || day.isBefore(until.start()));
        }
    }

    /**
     * Builds the structure of one park's stakes.
     *
     * @throws DerivationException when the stakes belong to several parks, or when the known shares
     *                             of a period add up to more than 100 %
     */
    public static StakeStructure of(List<Stake> stakes) {
        Set<String> parks = stakes.stream().map(Stake::park).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (parks.size() > 1) {
            throw new DerivationException("a stake structure is of one park; the stakes given belong to " + String.join(", ", parks));
        }
        String park = parks.isEmpty() ? "" : parks.iterator().next();
        List<Stake> counted = stakes.stream().filter(s -> COUNTED.contains(s.role())).toList();
        List<PartialDate> points = changePoints(counted);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PartialDate from = points.get(i);
            PartialDate until = i + 1 < points.size() ? points.get(i + 1) : null;
            List<Stake> holding = counted.stream().filter(s -> s.holdsOn(from)).toList();
            if (holding.isEmpty()) {
                continue;
            }
            periods.add(period(park, from, until, holding));
        }
        return new StakeStructure(park, periods);
    }

    /** The period covering {@code date}, if any stake holds then. */
    public Optional<Period> at(PartialDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst();
    }

    /** The start of the last period: the date the current (or final) structure began. */
    public Optional<PartialDate> latestDate() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1).from());
    }

    /** The unattributed remainder on {@code date} as a derived value; empty when no share is known then. */
    public Optional<DerivedValue> unattributedAt(PartialDate date) {
        Optional<Period> period = at(date);
        if (period.isEmpty() || period.get().unattributed().isEmpty()) {
            return Optional.empty();
        }
        Period p = period.get();
        List<Holding> known = p.holdings().stream().filter(h -> h.share().isPresent()).toList();
        Set<Role> sharedRoles = known.stream().map(Holding::role).collect(Collectors.toSet());
        boolean unknownAlongside = p.holdings().stream().anyMatch(h -> h.share().isEmpty() && sharedRoles.contains(h.role()));
        List<Sourced> inputs = known.stream().<Sourced>map(Holding::stake).toList();
        return Optional.of(new DerivedValue("unattributed-stake", p.unattributedPercent(), "%", f -> {
            String parts = known.stream().map(h -> f.words().format("formula.stake-part", f.plain(h.sharePercent()), h.actor().name()))
                    .collect(Collectors.joining(" + "));
            return f.words().format(unknownAlongside ? "formula.unattributed.with-unknown" : "formula.unattributed", parts,
                    f.result(p.unattributedPercent()));
        }, inputs));
    }

    private static Period period(String park, PartialDate from, PartialDate until, List<Stake> holding) {
        List<Holding> holdings = holding.stream()
                .map(s -> new Holding(s.actor(), s.role(), s.sharePercent(), s))
                .sorted(Comparator.comparing((Holding h) -> h.role() == Role.DEVELOPER ? 0 : 1)
                        .thenComparing(h -> h.share().map(v -> -v).orElse(1.0))
                        .thenComparing(h -> h.actor().name()))
                .toList();
        boolean anyKnown = holdings.stream().anyMatch(h -> h.share().isPresent());
        Double unattributed = null;
        if (anyKnown) {
            double known = holdings.stream().flatMap(h -> h.share().stream()).mapToDouble(Double::doubleValue).sum();
            if (known > 100 + TOLERANCE) {
                throw new DerivationException("the developer and owner stakes of park " + park + " add up to "
                        + FORMAT.result(known) + " % from " + from + ": over 100 %; correct the shares in actors.csv");
            }
            unattributed = Math.abs(100 - known) < TOLERANCE ? 0.0 : Math.max(0, 100 - known);
        }
        return new Period(from, until, holdings, unattributed);
    }

    /** Every date a counted stake starts or ends, one per first day (the more precise spelling kept). */
    private static List<PartialDate> changePoints(List<Stake> stakes) {
        TreeMap<LocalDate, PartialDate> points = new TreeMap<>();
        for (Stake s : stakes) {
            add(points, s.from());
            s.end().ifPresent(d -> add(points, d));
        }
        return List.copyOf(points.values());
    }

    private static void add(TreeMap<LocalDate, PartialDate> points, PartialDate date) {
        points.merge(date.start(), date, (a, b) -> a.precision().compareTo(b.precision()) >= 0 ? a : b);
    }
}
