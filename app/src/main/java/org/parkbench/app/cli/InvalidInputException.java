package org.parkbench.app.cli;

import java.util.List;
import org.parkbench.core.validate.Diagnostic;

/** The course or the case data cannot make a site; the diagnostics say where and why. Exit code 1. */
final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s) in the input");
        this.diagnostics = diagnostics.stream().sorted().toList();
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
