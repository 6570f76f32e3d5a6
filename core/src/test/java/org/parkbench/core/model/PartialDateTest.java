package org.parkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
    /** The order the docs define: by the first day a date can mean, the less precise first on a tie. */
    private static final Comparator<PartialDate> DEFINED = Comparator.comparing(PartialDate::start)
            .thenComparing(PartialDate::precision);

    @Property(tries = 3000)
    void ordersByFirstDayThenPrecision(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(DEFINED.compare(a, b)));
    }

    @Property(tries = 1000)
    void readsBackWhatItWrites(@ForAll("dates") PartialDate date) {
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        assertThat(PartialDate.parse(" " + date + "\t")).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "16", "2016-3", "2016-03-5", "2016/03", "2016-03-05T10", "March 2016", "20160305", "2016-",
            "2016-13", "2016-02-30", "1899", "2101-01"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<PartialDate> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(PartialDate.MIN_YEAR, PartialDate.MAX_YEAR);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 28);
        return Combinators.combine(years, months, days).as((y, m, d) -> new PartialDate(y, m, m == 0 ? 0 : d));
    }
}
