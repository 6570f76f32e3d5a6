package org.parkbench.cases.sihanoukville;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Observation;

/** Sihanoukville's tenant and jobs series, kept year by year, with no coordinates invented. */
class SihanoukvilleCaseTest {
    private static final String PARK = "sihanoukville-sez";
    private static CaseStudy sihanoukville;

    @BeforeAll
    static void load() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new SihanoukvilleCase()));
        assertThat(loaded.errors()).isEmpty();
        sihanoukville = loaded.value();
    }

    @Test
    void jobsAreASeriesFrom2013() {
        assertThat(sihanoukville.observations(PARK, Indicator.JOBS_DIRECT)).hasSizeGreaterThanOrEqualTo(6)
                .first().satisfies(o -> assertThat(o.asOf().year()).isEqualTo(2013));
        assertThat(sihanoukville.observations()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theTwo2019CountsOfDifferentSourcesAreBothKept() {
        assertThat(sihanoukville.observations(PARK, Indicator.ENTERPRISES)).filteredOn(o -> o.asOf().year() == 2019)
                .extracting(Observation::value).contains(130.0, 161.0);
    }

    @Test
    void locationIsOnlyAsPreciseAsTheSources() {
        var location = sihanoukville.park(PARK).orElseThrow().location();
        if (location.hasCoordinates()) {
            assertThat(location.precision()).isNotEqualTo(LocationPrecision.UNKNOWN);
            assertThat(sihanoukville.source(location.source())).isPresent();
        } else {
            assertThat(location.precision()).isEqualTo(LocationPrecision.UNKNOWN);
        }
    }
}
