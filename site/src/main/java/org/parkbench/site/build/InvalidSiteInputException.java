package org.parkbench.site.build;

import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.validate.Diagnostic;

/**
 * The course or case data cannot make a correct site (a course naming a case that is not loaded,
 * a narrative citing a figure that does not exist). Every problem found is reported; no file of the
 * previous site was touched.
 */
public final class InvalidSiteInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InvalidSiteInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().sorted().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator())));
        this.diagnostics = diagnostics.stream().sorted().toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
