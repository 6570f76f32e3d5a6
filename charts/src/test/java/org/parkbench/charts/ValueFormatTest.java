package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void readersGetThousandsSeparatorsAndUnitsWhereTheyBelong() {
        assertThat(ValueFormat.quantity(1082, "count")).isEqualTo("1,082");
        assertThat(ValueFormat.quantity(18.55, "USD bn")).isEqualTo("USD 18.55 bn");
        assertThat(ValueFormat.quantity(72.72, "%")).isEqualTo("72.72 %");
        assertThat(ValueFormat.quantity(1226.2345, "jobs/km²")).isEqualTo("1,226.23 jobs/km²");
        assertThat(ValueFormat.number(-0.0)).isEqualTo("0");
    }

    @Test
    void machinesGetPlainShortestDecimals() {
        assertThat(ValueFormat.plain(1082)).isEqualTo("1082");
        assertThat(ValueFormat.plain(18.55)).isEqualTo("18.55");
        assertThat(ValueFormat.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(ValueFormat.plain(3e12)).isEqualTo("3000000000000");
        assertThat(ValueFormat.plain(100 - 71.09)).isEqualTo("28.91");
        assertThatThrownBy(() -> ValueFormat.plain(Double.NaN)).hasMessageContaining("NaN");
    }
}
