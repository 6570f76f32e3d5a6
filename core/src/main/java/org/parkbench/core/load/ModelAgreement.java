package org.parkbench.core.load;

import java.util.stream.Collectors;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.FiredRule;
import org.parkbench.core.model.Park;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Warns (PB502) where a park's declared development model differs from what the classifier reads
 * from its actors and stakes (the classification the case was made with). Not an error: a disagreement is often the most interesting thing to
 * discuss about a case, but an author should see it and decide.
 */
final class ModelAgreement {
    private ModelAgreement() {
    }

    static void check(CaseStudy study, Diagnostics d) {
        for (Park park : study.parks()) {
            Classification c = study.classification(park.id()).orElseThrow();
            if (c.disagrees() && c.top().isPresent()) {
                String rules = c.fired().stream().map(FiredRule::ruleId).collect(Collectors.joining(", "));
                d.report(park.origin(), DiagnosticCode.PB502, "park " + park.id() + " is declared " + park.model().word()
                        + ", but its actors and stakes point to " + c.top().get().word() + " (rules fired: " + rules + ")",
                        "fine if the case discusses it; otherwise check the kinds and roles in actors.csv ('parkbench stats' explains the rules)");
            }
        }
    }
}
