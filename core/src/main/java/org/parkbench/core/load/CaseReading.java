package org.parkbench.core.load;

import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * What the readers of one case share while it loads: the diagnostics, and the ids defined so far
 * (source keys, park ids) that later files refer to.
 */
final class CaseReading {
    private final Diagnostics diagnostics;
    private final String caseId;
    private final KnownIds sourceKeys = new KnownIds("source key", "source key");
    private final KnownIds parkIds = new KnownIds("park id", "park");

    /** @param caseId the case's id, a slug, given to the parks it covers */
    CaseReading(Diagnostics diagnostics, String caseId) {
        this.diagnostics = diagnostics;
        this.caseId = caseId;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    String caseId() {
        return caseId;
    }

    KnownIds sourceKeys() {
        return sourceKeys;
    }

    KnownIds parkIds() {
        return parkIds;
    }

    Cells cells(CsvTable table, CsvRow row) {
        return new Cells(table, row, diagnostics);
    }

    /**
     * Builds the row's record when no error was reported for it. The model's constructors check
     * their invariants too; should one refuse a row the readers let through, the refusal becomes a
     * diagnostic at the row rather than an exception.
     */
    boolean build(Cells cells, Runnable construction) {
        if (cells.failed()) {
            return false;
        }
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            diagnostics.report(cells.origin(), DiagnosticCode.PB203, "row cannot be loaded: " + e.getMessage(), "");
            cells.fail();
            return false;
        }
    }
}
