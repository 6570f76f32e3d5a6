package org.parkbench.core.load;

import java.util.Collection;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Checks a reference to a case by id, as course files and cross references make them: the id must
 * be a slug (PB306) and name a known case (PB305, with the closest known id suggested).
 */
public final class CaseReference {
    private CaseReference() {
    }

    /**
     * Reports what is wrong with {@code caseId}, written at {@code origin}.
     *
     * @return whether the id names one of {@code knownIds}
     */
    public static boolean check(String caseId, Origin origin, Collection<String> knownIds, Diagnostics diagnostics) {
        if (!Slug.isValid(caseId)) {
            diagnostics.report(origin, DiagnosticCode.PB306, "case id '" + caseId + "' is not a slug",
                    "case ids are lower-case letters a-z, digits and single hyphens");
            return false;
        }
        if (!knownIds.contains(caseId)) {
            diagnostics.report(origin, DiagnosticCode.PB305, "unknown case '" + caseId + "'"
                    + WordSuggestion.didYouMean(caseId, knownIds), "known cases: " + String.join(", ", knownIds));
            return false;
        }
        return true;
    }
}
