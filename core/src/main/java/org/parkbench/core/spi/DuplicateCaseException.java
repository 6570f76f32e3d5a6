package org.parkbench.core.spi;

/** Two case modules on the classpath claim the same id; the message names both classes. */
public final class DuplicateCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String caseId;

    public DuplicateCaseException(String caseId, String firstClass, String secondClass) {
        super("two case modules claim the id '" + caseId + "': " + firstClass + " and " + secondClass
                + "; give each case a unique id");
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
