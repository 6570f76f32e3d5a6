package org.parkbench.cases.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Verification;

/** The overview carries the paper's headline statistics as published and the twenty confirmed zones with their verification. */
class OverviewCaseTest {
    private static CaseStudy overview;

    @BeforeAll
    static void load() {
        Loaded<CaseStudy> loaded = CaseLoader.load(CaseInput.of(new OverviewCase()));
        assertThat(loaded.errors()).isEmpty();
        overview = loaded.value();
    }

    @Test
    void thePapersHeadlineStatisticsAreThereAsPublished() {
        Map<String, PublishedStatistic> paper = overview.statistics().stream().filter(s -> s.source().equals("yeerken-2017"))
                .collect(Collectors.toMap(s -> s.measure() + "/" + s.scope().word(), Function.identity(), (a, b) -> a));
        assertThat(paper.get("parks/all-overseas").value()).isEqualTo(77);
        assertThat(paper.get("parks/belt-and-road").value()).isEqualTo(56);
        assertThat(paper.get("parks/belt-and-road").reportedSharePercent()).isEqualTo(72.72);
        assertThat(paper.get("enterprises/belt-and-road").reportedSharePercent()).isEqualTo(71.09);
        assertThat(paper.get("investment/belt-and-road").value()).isEqualTo(18.55);
        assertThat(paper.get("investment/belt-and-road").reportedSharePercent()).isEqualTo(76.68);
        assertThat(paper.get("output/belt-and-road").value()).isEqualTo(50.69);
        assertThat(paper.get("output/belt-and-road").reportedSharePercent()).isEqualTo(72.13);
    }

    @Test
    void twentyConfirmedZonesKeepHowFarEachWasVerified() {
        assertThat(overview.zones()).hasSize(20);
        Map<Verification, Long> byVerification = overview.zones().stream()
                .collect(Collectors.groupingBy(ConfirmedZone::verification, Collectors.counting()));
        assertThat(byVerification).containsEntry(Verification.YES, 9L).containsEntry(Verification.PARTIAL, 4L)
                .containsEntry(Verification.NO, 7L);
        // a model only where the paper assigns one
        assertThat(overview.zones()).filteredOn(z -> z.model() != null).hasSize(6);
    }
}
