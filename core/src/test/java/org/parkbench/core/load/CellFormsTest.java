package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms a number or a date cell must take, as docs/data-format.md states them. */
class CellFormsTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "1082", "18.55", "-3", "+4.0", "007"})
    void plainDecimals(String value) {
        assertThat(Cells.isPlainDecimal(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "-", ".5", "5.", "1,082", "1.2.3", "1e3", "about 5", "~5", "5 km2", "١٢"})
    void notPlainDecimals(String value) {
        assertThat(Cells.isPlainDecimal(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016", "2016-03", "2016-03-05", "0000-00-00"})
    void datesInForm(String value) {
        assertThat(org.parkbench.core.model.PartialDate.hasForm(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "2016-3", "2016-03-5", "2016/03", "2016-03-05T10", "March 2016", "20160305", "2016-"})
    void datesOutOfForm(String value) {
        assertThat(org.parkbench.core.model.PartialDate.hasForm(value)).isFalse();
    }
}
