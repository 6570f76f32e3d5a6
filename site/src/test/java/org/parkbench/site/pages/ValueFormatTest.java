package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

class ValueFormatTest {
    @Test
    void figuresReadAsTheSourceStatesThem() {
        assertThat(ValueFormat.stated(9000, Unit.PERSONS, Qualifier.OVER)).isEqualTo("more than 9,000 persons");
        assertThat(ValueFormat.stated(18.55, Unit.USD_BN, Qualifier.EXACT)).isEqualTo("USD 18.55 bn");
        assertThat(ValueFormat.stated(600, Unit.USD_M, Qualifier.ABOUT)).isEqualTo("about USD 600 m");
        assertThat(ValueFormat.stated(1082, Unit.COUNT, Qualifier.EXACT)).isEqualTo("1,082");
        assertThat(ValueFormat.stated(7.34, Unit.KM2, Qualifier.EXACT)).isEqualTo("7.34 km²");
        assertThat(ValueFormat.percent(72.72)).isEqualTo("72.72 %");
    }

    @Test
    void nothingIsRoundedThatTheSourceDidNotRound() {
        assertThat(ValueFormat.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(ValueFormat.number(2.86)).isEqualTo("2.86");
        assertThat(ValueFormat.number(1234567.5)).isEqualTo("1,234,567.5");
    }
}
