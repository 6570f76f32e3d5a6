package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

class AnalysisPropertiesTest {
    /**
     * Owner stakes over random periods whose shares are each at most 100/n, so that any set of
     * them holding together stays within 100 %: known shares and the remainder always make 100.
     */
    @Property
    void knownSharesAndTheRemainderMakeOneHundred(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 2000, max = 2020) Integer> starts,
                                                  @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 0, max = 8) Integer> lengths,
                                                  @ForAll @Size(min = 6, max = 6) List<@DoubleRange(min = 0, max = 1) Double> fractions,
                                                  @ForAll @Size(min = 6, max = 6) List<Boolean> known) {
        int n = starts.size();
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Double share = known.get(i) ? fractions.get(i) * 100 / n : null;
            String until = lengths.get(i) == 0 ? null : String.valueOf(starts.get(i) + lengths.get(i));
            stakes.add(Facts.stake("generated-park", "owner-" + i, "Owner " + i, ActorKind.PRIVATE_ENTERPRISE, Role.OWNER,
                    share, String.valueOf(starts.get(i)), until));
        }

        StakeStructure structure = StakeStructure.of(stakes);

        for (StakeStructure.Period p : structure.periods()) {
            boolean anyKnown = p.holdings().stream().anyMatch(h -> h.share().isPresent());
            assertThat(p.unattributed().isPresent()).isEqualTo(anyKnown);
            p.unattributed().ifPresent(u -> assertThat(p.knownSharePercent() + u).isCloseTo(100, within(1e-6)));
            assertThat(p.holdings()).allSatisfy(h -> assertThat(h.stake().holdsOn(p.from())).isTrue());
        }
    }

    @Property
    void anImpliedTotalTimesTheShareGivesTheValueBack(@ForAll @DoubleRange(min = 0, max = 1e7) double value,
                                                       @ForAll @DoubleRange(min = 0.01, max = 100) double share) {
        PublishedStatistic part = new PublishedStatistic("part", "enterprises", StatisticScope.BELT_AND_ROAD, value, Unit.COUNT,
                PartialDate.ofYear(2016), share, null, "s", "", org.parkbench.core.model.Origin.UNKNOWN);

        ImpliedTotal total = ImpliedTotal.of(part);

        assertThat(total.value() * share / 100).isCloseTo(value, within(Math.max(1e-9, value * 1e-12)));
    }

    @Property
    void growthOfAFigureToItselfIsZero(@ForAll @DoubleRange(min = 0.01, max = 1e9) double value,
                                       @ForAll @IntRange(min = 1990, max = 2020) int year,
                                       @ForAll @IntRange(min = 1, max = 30) int years) {
        Growth g = Derivations.growth(
                Facts.obs("some-park", Indicator.ENTERPRISES, value, Unit.COUNT, String.valueOf(year), "a"),
                Facts.obs("some-park", Indicator.ENTERPRISES, value, Unit.COUNT, String.valueOf(year + years), "b"));

        assertThat(g.absolute()).isZero();
        assertThat(g.relativePercent()).isZero();
        assertThat(g.compoundAnnualPercent()).isCloseTo(0, within(1e-9));
        assertThat(g.years()).isEqualTo(years);
    }

    @Property
    void aShareRoundedToItsDecimalsIsRounded(@ForAll @IntRange(min = 1, max = 10000) int part,
                                              @ForAll @IntRange(min = 1, max = 10000) int extra,
                                              @ForAll @IntRange(min = 0, max = 3) int decimals) {
        double recomputed = 100.0 * part / (part + extra);
        BigDecimal exact = new BigDecimal(recomputed);
        double rounded = exact.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        double truncated = exact.setScale(decimals, RoundingMode.DOWN).doubleValue();
        Assume.that(rounded > 0);

        assertThat(Agreement.of(recomputed, rounded)).isEqualTo(Agreement.ROUNDED);
        if (truncated != rounded && truncated > 0 && Agreement.decimals(truncated) == decimals) {
            assertThat(Agreement.of(recomputed, truncated)).isEqualTo(Agreement.TRUNCATED);
        }
    }

    @Property
    void theShareOfATotalImpliesThatTotalAgain(@ForAll @IntRange(min = 1, max = 100000) int part,
                                                @ForAll @IntRange(min = 0, max = 100000) int extra) {
        int total = part + extra;
        PublishedStatistic all = new PublishedStatistic("all", "parks", StatisticScope.ALL_OVERSEAS, total, Unit.COUNT,
                PartialDate.ofYear(2016), null, null, "s", "", org.parkbench.core.model.Origin.UNKNOWN);
        PublishedStatistic some = new PublishedStatistic("some", "parks", StatisticScope.BELT_AND_ROAD, part, Unit.COUNT,
                PartialDate.ofYear(2016), null, "all", "s", "", org.parkbench.core.model.Origin.UNKNOWN);
        double share = Derivations.shareOfTotal(some, all).value();
        PublishedStatistic reported = new PublishedStatistic("some", "parks", StatisticScope.BELT_AND_ROAD, part, Unit.COUNT,
                PartialDate.ofYear(2016), share, "all", "s", "", org.parkbench.core.model.Origin.UNKNOWN);

        assertThat(ImpliedTotal.of(reported).value()).isCloseTo(total, within(total * 1e-12));
    }
}
