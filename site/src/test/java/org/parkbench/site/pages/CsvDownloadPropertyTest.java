package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.core.csv.SpreadsheetCsv;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * The data downloads hold their number columns as numbers, which the CSV writer writes as the
 * pages show them without thousands separators (every digit the data has, no exponent) and never
 * guards: a negative value stays a number a spreadsheet can add up.
 */
class CsvDownloadPropertyTest {

    @Property(tries = 3000)
    void writesNumbersAsThePagesDoWithoutSeparators(@ForAll("numbers") double value) {
        String csv = SpreadsheetCsv.text(List.of("value"), List.of(List.of(value)));

        assertThat(csv).isEqualTo("value\n" + QuantityFormat.english().reported(value).replace(",", "") + "\n");
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e18).ofScale(3),
                Arbitraries.doubles().between(0, 100).ofScale(1),
                Arbitraries.integers().between(-100000, 100000).map(i -> i / 1.0),
                Arbitraries.of(0.0, -0.0, 0.5, 1e-7, 123456.789, 1e15, 1e16, 2.5e-3, 7.0E21, -1.5, -74.25));
    }
}
