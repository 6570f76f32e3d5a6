package org.parkbench.core.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * The ids of one kind defined so far (park ids, source keys…), each with where it was first
 * defined, so that a repeat is reported (PB301) naming the first, and references can be checked.
 * An id set is <em>incomplete</em> when its file could not be read in full; references into it
 * are then not reported as unknown, since the fault is elsewhere and already reported.
 */
final class KnownIds {
    private final String what;
    private final String referenceName;
    private final Map<String, Origin> first = new LinkedHashMap<>();
    private boolean complete = true;

    /**
     * @param what          how messages name an id of this kind, e.g. "park id"
     * @param referenceName how they name what a reference points to, e.g. "park" in "unknown park 'x'"
     */
    KnownIds(String what, String referenceName) {
        this.what = what;
        this.referenceName = referenceName;
    }

    /** Registers {@code id} defined at {@code at}; reports PB301 and returns false when it is a repeat. */
    boolean add(String id, Origin at, Diagnostics diagnostics) {
        Origin earlier = first.putIfAbsent(id, at);
        if (earlier == null) {
            return true;
        }
        diagnostics.report(at, DiagnosticCode.PB301, "duplicate " + what + " '" + id + "': first defined "
                + where(earlier, at), "give each " + what + " one row, or a different id");
        return false;
    }

    /** "on line 3" in the same file, else the full position. */
    static String where(Origin earlier, Origin now) {
        return earlier.file().equals(now.file()) ? "on line " + earlier.line() : "at " + earlier;
    }

    boolean contains(String id) {
        return first.containsKey(id);
    }

    Optional<Origin> origin(String id) {
        return Optional.ofNullable(first.get(id));
    }

    Set<String> ids() {
        return first.keySet();
    }

    /** How a reference to an id of this kind is named: "unknown " + this. */
    String referenceName() {
        return referenceName;
    }

    /** Marks the set as not holding every id its file meant to define. */
    void markIncomplete() {
        complete = false;
    }

    boolean complete() {
        return complete;
    }
}
