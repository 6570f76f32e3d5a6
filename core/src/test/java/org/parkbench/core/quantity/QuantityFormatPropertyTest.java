package org.parkbench.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a page shows and what a data file holds are the same number: a reported value read back
 * from either is the value itself, and the two differ only by the page's thousands separators.
 */
class QuantityFormatPropertyTest {
    private static final QuantityFormat ENGLISH = QuantityFormat.english();

    @Property(tries = 3000)
    void aReportedValueReadsBackAsItself(@ForAll("numbers") double value) {
        assertThat(Double.parseDouble(ENGLISH.reported(value).replace(",", ""))).isEqualTo(value == 0 ? 0.0 : value);
        assertThat(Double.parseDouble(ENGLISH.plain(value))).isEqualTo(value == 0 ? 0.0 : value);
    }

    @Property(tries = 3000)
    void dataFilesWriteNumbersAsThePagesDoWithoutSeparators(@ForAll("numbers") double value) {
        assertThat(ENGLISH.plain(value)).isEqualTo(ENGLISH.reported(value).replace(",", ""));
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e18).ofScale(3),
                Arbitraries.doubles().between(0, 100).ofScale(1),
                Arbitraries.integers().between(-100000, 100000).map(i -> i / 1.0),
                Arbitraries.of(0.0, -0.0, 0.5, 1e-7, 123456.789, 1e15, 1e16, 2.5e-3, 7.0E21, 0.1 + 0.2));
    }
}
