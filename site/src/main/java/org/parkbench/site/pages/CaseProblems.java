package org.parkbench.site.pages;

import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Problems in case data that only show when a page is built, reported as diagnostics where they
 * are written: a citation at the line and column core placed it at when it resolved it.
 */
final class CaseProblems {
    private CaseProblems() {
    }

    static Diagnostic unresolvedCitation(CaseStudy c, ResolvedCitation citation) {
        String token = citation.text();
        boolean obs = token.startsWith("{{obs:");
        return Diagnostic.of(citation.origin(), obs ? DiagnosticCode.PB302 : DiagnosticCode.PB303,
                "citation " + token + " names no " + (obs ? "observation" : "source") + " of case " + c.id(),
                obs ? "write {{obs:park/indicator/as_of}} with a park, indicator and as_of that observations.csv has"
                        : "write {{src:key}} with a key from sources.csv");
    }
}
