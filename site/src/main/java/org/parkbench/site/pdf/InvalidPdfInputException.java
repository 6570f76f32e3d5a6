package org.parkbench.site.pdf;

import java.util.List;
import org.parkbench.core.validate.Diagnostic;

/** The course, its data or its exercises cannot make correct handouts: every problem found, positioned; nothing was written. */
public final class InvalidPdfInputException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public InvalidPdfInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s) stop the PDFs");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
