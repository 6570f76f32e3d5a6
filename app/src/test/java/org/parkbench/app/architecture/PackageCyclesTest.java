package org.parkbench.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cycle finder of {@link ArchitectureTest} finds a loop of packages, long or short, and nothing else. */
class PackageCyclesTest {
    @Test
    void findsALoopOfThreePackages() {
        var cycles = ArchitectureTest.cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void findsTwoPackagesUsingEachOther() {
        var cycles = ArchitectureTest.cycles(Map.of("core.model", Set.of("core.classify"), "core.classify", Set.of("core.model")));
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0)).containsExactlyInAnyOrder("core.classify", "core.model");
    }

    @Test
    void aLayeredGraphHasNone() {
        assertThat(ArchitectureTest.cycles(Map.of("site", Set.of("charts", "core"), "charts", Set.of("core"), "core", Set.of())))
                .isEmpty();
    }
}
