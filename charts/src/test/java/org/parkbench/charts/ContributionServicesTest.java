package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services file and what ServiceLoader finds agree, and contributions come in a fixed order. */
class ContributionServicesTest {
    @Test
    void everyListedContributionLoadsOnceInRankOrder() throws IOException {
        List<String> listed;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/" + FigureContribution.class.getName())) {
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        List<FigureContribution> loaded = FigureCatalogue.contributions(getClass().getClassLoader());
        assertThat(loaded).extracting(c -> c.getClass().getName()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(loaded).extracting(FigureContribution::id).doesNotHaveDuplicates();
        assertThat(loaded).extracting(FigureContribution::rank).isSorted();
    }
}
