package org.parkbench.cases.suzhou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.StakeStructure;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;

/** The Suzhou case loads clean and keeps its two disputes visible: the area and the changing CSSD shareholding. */
class SuzhouCaseTest {
    private static final String PARK = "suzhou-industrial-park";
    private static CaseStudy suzhou;

    @BeforeAll
    static void load() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new SuzhouCase()));
        assertThat(loaded.errors()).isEmpty();
        suzhou = loaded.value();
    }

    @Test
    void hasAtLeastEightDatedObservations() {
        assertThat(suzhou.observations(PARK, Indicator.GDP)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(suzhou.observations()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void keepsBothAreasWithTheirOwnSources() {
        List<Observation> areas = suzhou.observations(PARK, Indicator.AREA);
        assertThat(areas).extracting(Observation::value).contains(278.0, 288.0);
        assertThat(areas.stream().map(Observation::source).distinct()).hasSizeGreaterThanOrEqualTo(2);
        // the 80 km² cooperation area is a part of the park, never a third rival figure for the whole
        assertThat(areas).extracting(Observation::value).doesNotContain(80.0);
        assertThat(suzhou.observations(PARK, Indicator.AREA_PART)).extracting(Observation::value).contains(80.0);
    }

    @Test
    void shareholdingOfTheDeveloperChangesOverTime() {
        StakeStructure structure = Derivations.stakeStructure(suzhou.stakes(PARK));
        assertThat(shares(structure, "1995")).containsExactlyInAnyOrder(65.0, 35.0);
        assertThat(shares(structure, "2003")).containsExactlyInAnyOrder(65.0, 35.0);
        assertThat(shares(structure, "2006")).containsExactlyInAnyOrder(52.0, 28.0, 20.0);
        // who holds the majority swaps in 2001
        assertThat(holderOf(structure, "1995", 65.0)).isNotEqualTo(holderOf(structure, "2003", 65.0));
    }

    private static List<Double> shares(StakeStructure structure, String date) {
        return structure.at(PartialDate.parse(date)).orElseThrow().holdings().stream()
                .filter(h -> h.sharePercent() != null).map(StakeStructure.Holding::sharePercent).toList();
    }

    private static String holderOf(StakeStructure structure, String date, double share) {
        return structure.at(PartialDate.parse(date)).orElseThrow().holdings().stream()
                .filter(h -> h.sharePercent() != null && h.sharePercent() == share).findFirst().orElseThrow().actor().id();
    }
}
