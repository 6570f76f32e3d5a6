package org.parkbench.site.course;

import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.validate.Diagnostic;

/**
 * A course file that cannot be used: every problem found, each with the file, line and column, in
 * the same form as case diagnostics. The command line prints {@link #diagnostics()} and exits 1.
 */
public final class InvalidCourseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InvalidCourseException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().sorted().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator())));
        this.diagnostics = diagnostics.stream().sorted().toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
