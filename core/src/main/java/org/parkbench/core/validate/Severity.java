package org.parkbench.core.validate;

/** How serious a diagnostic is: errors stop a case from loading, warnings do not (unless {@code --strict}). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
