package org.parkbench.core.load;

import org.parkbench.core.validate.DiagnosticCode;

/**
 * A path given as a case is neither a case data directory (holding {@code case.md}) nor a case
 * module (holding {@code pom.xml} and one {@code src/main/resources/parkbench/cases/<id>/case.md}),
 * or it cannot be read (a symbolic link that loops, say). Given on the command line this is a usage
 * error: the command line reports the message and exits with status 2; in a course file it is a
 * diagnostic with {@link #code()} at the entry that names the path.
 */
public final class CaseInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean unreadable;

    public CaseInputException(String message) {
        this(message, false);
    }

    /** @param unreadable whether something is there that cannot be read, rather than no case */
    CaseInputException(String message, boolean unreadable) {
        super(message);
        this.unreadable = unreadable;
    }

    /** PB109 when the path cannot be read, PB100 when it holds no case. */
    public DiagnosticCode code() {
        return unreadable ? DiagnosticCode.PB109 : DiagnosticCode.PB100;
    }
}
