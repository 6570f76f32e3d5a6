package org.parkbench.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.Origin;

/** Collects every problem found while loading, so that all of them are reported at once. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void report(Origin origin, DiagnosticCode code, String message, String hint) {
        items.add(Diagnostic.of(origin, code, message, hint));
    }

    public void report(Origin origin, DiagnosticCode code, String message) {
        report(origin, code, message, "");
    }

    public void addAll(List<Diagnostic> more) {
        items.addAll(more);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    public int size() {
        return items.size();
    }

    /** All diagnostics, sorted by path, line, column and code. */
    public List<Diagnostic> sorted() {
        return items.stream().sorted().toList();
    }
}
