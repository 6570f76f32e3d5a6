package org.parkbench.core.load;

/**
 * A path given as a case is neither a case data directory (holding {@code case.md}) nor a case
 * module (holding {@code pom.xml} and one {@code src/main/resources/parkbench/cases/<id>/case.md}).
 * This is a usage error: the command line reports the message and exits with status 2.
 */
public final class CaseInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaseInputException(String message) {
        super(message);
    }
}
