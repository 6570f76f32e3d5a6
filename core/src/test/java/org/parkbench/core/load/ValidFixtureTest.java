package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

class ValidFixtureTest {
    @Test
    void theValidFixtureLoadsWithoutAnyDiagnostic() {
        Loaded<CaseStudy> loaded = CaseLoader.load(new CaseInput(FixtureCase.VALID, "test-fixture"));
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(loaded.value()).isNotNull();
    }
}
