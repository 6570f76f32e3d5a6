package org.parkbench.core.validate;

import java.util.Comparator;
import java.util.Objects;
import org.parkbench.core.model.Origin;

/**
 * One problem found in a case, printed as {@code path:line:column: severity: [CODE] message}
 * with an optional hint on the next line.
 */
public record Diagnostic(Origin origin, Severity severity, DiagnosticCode code, String message, String hint)
        implements Comparable<Diagnostic> {
    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::origin)
            .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        hint = Objects.requireNonNullElse(hint, "");
    }

    public static Diagnostic of(Origin origin, DiagnosticCode code, String message, String hint) {
        return new Diagnostic(origin, code.severity(), code, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line, in the compiler-style form editors understand. */
    public String headline() {
        return origin + ": " + severity.word() + ": [" + code + "] " + message;
    }

    /** The headline, and the hint indented beneath it when there is one. */
    public String format() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "    hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
