package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

/** PB502: a declared model that the actors and stakes do not support is flagged, as a warning only. */
class ModelAgreementTest {

    @Test
    void aDeclaredModelTheStakesDoNotSupportIsAWarningAtThePark(@TempDir Path dir) {
        // fixture-north is built by a private enterprise with a host-country partner: private-led, not company-led
        FixtureCase fixture = FixtureCase.copy(dir).replace("parks.csv", ",private-led,single-enterprise,", ",company-led,,");

        Loaded<CaseStudy> loaded = CaseLoader.load(new CaseInput(fixture.directory(), "test-fixture"));

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.warnings()).extracting(Diagnostic::headline).contains(
                "test-fixture/parks.csv:3:1: warning: [PB502] park fixture-north is declared company-led, but its actors "
                        + "and stakes point to private-led (rules fired: G3, P1, P2)");
    }

    @Test
    void anAgreeingModelIsNotFlagged(@TempDir Path dir) {
        Loaded<CaseStudy> loaded = CaseLoader.load(new CaseInput(FixtureCase.copy(dir).directory(), "test-fixture"));
        assertThat(loaded.diagnostics()).noneMatch(d -> d.code().name().equals("PB502"));
    }
}
