package org.parkbench.site.pages;

import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Verification;

/**
 * What the pages say about a park's MOFCOM confirmation: the year of the park's own
 * {@code mofcom_confirmed} cell, else "Confirmed (year not given)" when the park names a
 * {@code mofcom_source} or a verified zone of the
 * confirmed list links the park; so the park catalogue and the zone table never contradict each other.
 */
final class MofcomStatus {
    private MofcomStatus() {
    }

    static String of(Site site, Park p) {
        String yearNotGiven = site.text.text("profile.mofcom.no-year");
        if (p.mofcomConfirmed() != null) {
            return p.mofcomConfirmed().toString();
        }
        if (!p.mofcomSource().isEmpty()) {
            return yearNotGiven;
        }
        for (CaseStudy c : site.casebook.cases()) {
            for (ConfirmedZone z : c.zones()) {
                if (z.verification() == Verification.YES && z.caseParkId().filter(p.id()::equals).isPresent()) {
                    return yearNotGiven;
                }
            }
        }
        return "";
    }
}
