package org.parkbench.core.load;

import java.util.List;
import java.util.Optional;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;

/**
 * The outcome of loading: every diagnostic found, sorted by file, line and column, and the value
 * only when none of them is an error ({@code null} otherwise). Warnings never withhold the value.
 */
public record Loaded<T>(T value, List<Diagnostic> diagnostics) {
    public Loaded {
        diagnostics = diagnostics.stream().sorted().toList();
        if (value != null && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a value cannot come with errors");
        }
    }

    /** The value when {@code diagnostics} hold no error, else only the diagnostics. */
    public static <T> Loaded<T> of(T value, Diagnostics diagnostics) {
        return new Loaded<>(diagnostics.hasErrors() ? null : value, diagnostics.sorted());
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** No diagnostic at all, not even a warning. */
    public boolean isClean() {
        return diagnostics.isEmpty();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
