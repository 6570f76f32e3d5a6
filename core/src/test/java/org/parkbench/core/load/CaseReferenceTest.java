package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

class CaseReferenceTest {
    private static final List<String> KNOWN = List.of("huajian", "suez-teda", "suzhou");
    private final Diagnostics diagnostics = new Diagnostics();
    private final Origin at = new Origin("course.yaml", 4, 5);

    @Test
    void aKnownCaseResolves() {
        assertThat(CaseReference.check("suzhou", at, KNOWN, diagnostics)).isTrue();
        assertThat(diagnostics.size()).isZero();
    }

    @Test
    void anUnknownCaseSuggestsTheClosestKnownOne() {
        assertThat(CaseReference.check("suez-tdea", at, KNOWN, diagnostics)).isFalse();
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.headline()).isEqualTo("course.yaml:4:5: error: [PB305] unknown case 'suez-tdea'; did you mean 'suez-teda'?");
        assertThat(d.hint()).isEqualTo("known cases: huajian, suez-teda, suzhou");
    }

    @Test
    void aCaseIdThatIsNotASlugIsReportedAsSuch() {
        assertThat(CaseReference.check("Suez TEDA", at, KNOWN, diagnostics)).isFalse();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline)
                .containsExactly("course.yaml:4:5: error: [PB306] case id 'Suez TEDA' is not a slug");
    }
}
