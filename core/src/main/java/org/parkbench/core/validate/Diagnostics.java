package org.parkbench.core.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.model.Origin;

/**
 * Collects every problem found while loading, so that all of them are reported at once. At most
 * {@link #LISTED_PER_FILE} are kept for one file; the others are counted, and listed as one more
 * diagnostic at the first of them: a file of a million bad rows would otherwise fill the memory
 * (and the screen) with a million messages.
 */
public final class Diagnostics {
    /** The most problems listed for one file. */
    public static final int LISTED_PER_FILE = 200;

    private final List<Diagnostic> items = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private final Map<String, Unlisted> unlisted = new LinkedHashMap<>();

    public void report(Origin origin, DiagnosticCode code, String message, String hint) {
        add(Diagnostic.of(origin, code, message, hint));
    }

    public void report(Origin origin, DiagnosticCode code, String message) {
        report(origin, code, message, "");
    }

    public void addAll(List<Diagnostic> more) {
        more.forEach(this::add);
    }

    private void add(Diagnostic d) {
        String file = d.origin().file();
        if (perFile.merge(file, 1, Integer::sum) <= LISTED_PER_FILE) {
            items.add(d);
        } else {
            unlisted.computeIfAbsent(file, f -> new Unlisted()).count(d);
        }
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError) || unlisted.values().stream().anyMatch(u -> u.firstError != null);
    }

    public int errorCount() {
        return (int) all().stream().filter(Diagnostic::isError).count();
    }

    public int size() {
        return items.size() + unlisted.size();
    }

    /** All diagnostics, sorted by path, line, column and code, with one line for each file's unlisted problems. */
    public List<Diagnostic> sorted() {
        return all().stream().sorted().toList();
    }

    private List<Diagnostic> all() {
        if (unlisted.isEmpty()) {
            return items;
        }
        List<Diagnostic> all = new ArrayList<>(items);
        unlisted.values().forEach(u -> all.add(u.summary()));
        return all;
    }

    /** The problems of one file past the first {@link #LISTED_PER_FILE}: how many, and the first (error) of them. */
    private static final class Unlisted {
        private int count;
        private Diagnostic first;
        private Diagnostic firstError;

        void count(Diagnostic d) {
            count++;
            first = first == null ? d : first;
            firstError = firstError == null && d.isError() ? d : firstError;
        }

        Diagnostic summary() {
            Diagnostic at = firstError != null ? firstError : first;
            return new Diagnostic(at.origin(), at.severity(), at.code(), String.format(java.util.Locale.ROOT,
                    "%,d more problems in this file are not listed, from here on (the first %d are)", count, LISTED_PER_FILE),
                    "fix the problems listed and run again; they are often one mistake repeated on every row");
        }
    }
}
