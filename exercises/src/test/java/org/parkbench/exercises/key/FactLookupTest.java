package org.parkbench.exercises.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Origin;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.model.FactKind;

class FactLookupTest {
    private static final Origin AT = new Origin("x.md", 3, 1);

    @TempDir
    Path dir;
    private FactLookup facts;

    @BeforeEach
    void load() {
        facts = new FactLookup(FixtureCourse.copyTo(dir).casebook());
    }

    private String fact(FactKind kind, Map<String, String> params) {
        return facts.find(kind, params, AT).value();
    }

    @Test
    void readsEachKindOfFactFromTheData() {
        assertThat(fact(FactKind.PARK_MODEL, Map.of("park", "suez-teda-zone"))).isEqualTo("company-led");
        assertThat(fact(FactKind.PARK_VARIANT, Map.of("park", "suez-teda-zone"))).isEqualTo("domestic-park-developer");
        assertThat(fact(FactKind.PARK_COUNTRY, Map.of("park", "suez-teda-zone"))).isEqualTo("EG");
        assertThat(fact(FactKind.PARK_ESTABLISHED, Map.of("park", "suez-teda-zone"))).isEqualTo("2008");
        assertThat(fact(FactKind.EVENT_YEAR, Map.of("park", "suez-teda-zone", "event", "expand the zone by 2.86"))).isEqualTo("2025");
        assertThat(fact(FactKind.STAKE_SHARE, Map.of("park", "suez-teda-zone", "actor", "tianjin-teda-investment-holding"))).isEqualTo("75");
        assertThat(fact(FactKind.PARK_DEVELOPER, Map.of("park", "suez-teda-zone", "as_of", "2010"))).isEqualTo("egypt-teda-investment");
        assertThat(fact(FactKind.ZONE_MODEL, Map.of("zone", "zambia-china-economic-trade-zone"))).isEqualTo("government-driven");
        assertThat(fact(FactKind.OBSERVATION, Map.of("park", "suez-teda-zone", "indicator", "area-part"))).isEqualTo("1.34");
        assertThat(fact(FactKind.STATISTIC, Map.of("statistic", "parks-belt-and-road-2016"))).isEqualTo("56");
    }

    @Test
    void aFactTheDataDoesNotSingleOutIsAnErrorSayingWhy() {
        // Egypt TEDA Investment Co. from 2008, China-Africa TEDA Investment Co. from 2023: both hold in 2024
        assertThatThrownBy(() -> fact(FactKind.PARK_DEVELOPER, Map.of("park", "suez-teda-zone", "as_of", "2024")))
                .isInstanceOf(KeyException.class).hasMessageContaining("has 2 developers (egypt-teda-investment, china-africa-teda)");
        assertThatThrownBy(() -> fact(FactKind.MOFCOM_YEAR, Map.of("park", "suez-teda-zone")))
                .hasMessageContaining("has no recorded MOFCOM confirmation");
        assertThatThrownBy(() -> fact(FactKind.PARK_MODEL, Map.of("park", "suez-teda")))
                .hasMessageContaining("unknown park 'suez-teda'");
        assertThatThrownBy(() -> fact(FactKind.PARK_MODEL, Map.of("park", "suez-teda-zone", "year", "2008")))
                .hasMessageContaining("takes no parameter 'year'");
    }

    @Test
    void statedValuesAgreeAsNumbersOrAsWordsWithoutCase() {
        assertThat(FactLookup.agrees("2008.0", "2008")).isTrue();
        assertThat(FactLookup.agrees(" Company-Led ", "company-led")).isTrue();
        assertThat(FactLookup.agrees("75", "80")).isFalse();
        assertThat(FactLookup.agrees("private-led", "company-led")).isFalse();
    }
}
