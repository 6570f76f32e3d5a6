package org.parkbench.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Origin;

/** Problems are listed in full up to a number per file, and counted past it, errors first. */
class DiagnosticsTest {
    @Test
    void aFileOfManyProblemsIsListedUpToTheLimitAndCountedPastIt() {
        Diagnostics d = new Diagnostics();
        for (int line = 1; line <= Diagnostics.LISTED_PER_FILE + 5000; line++) {
            d.report(new Origin("big.csv", line, 1), line <= Diagnostics.LISTED_PER_FILE + 2 ? DiagnosticCode.PB504 : DiagnosticCode.PB201,
                    "problem on line " + line);
        }
        d.report(new Origin("other.csv", 3, 1), DiagnosticCode.PB201, "a problem of its own");

        assertThat(d.hasErrors()).isTrue();
        assertThat(d.sorted()).hasSize(Diagnostics.LISTED_PER_FILE + 2);
        assertThat(d.sorted()).filteredOn(x -> x.origin().file().equals("big.csv")).last().extracting(Diagnostic::headline)
                .isEqualTo("big.csv:203:1: error: [PB201] 5,000 more problems in this file are not listed, from here on (the first 200 are)");
        assertThat(d.sorted()).last().extracting(Diagnostic::headline).isEqualTo("other.csv:3:1: error: [PB201] a problem of its own");
    }

    @Test
    void theLimitHoldsForProblemsAddedFromElsewhereToo() {
        Diagnostics from = new Diagnostics();
        Diagnostics to = new Diagnostics();
        for (int line = 1; line <= Diagnostics.LISTED_PER_FILE; line++) {
            from.report(new Origin("f.md", line, 1), DiagnosticCode.PB401, "x");
            to.report(new Origin("f.md", line, 2), DiagnosticCode.PB401, "y");
        }
        to.addAll(from.sorted());

        assertThat(to.sorted()).hasSize(Diagnostics.LISTED_PER_FILE + 1);
        assertThat(to.errorCount()).isEqualTo(Diagnostics.LISTED_PER_FILE + 1);
    }
}
