package org.parkbench.exercises.key;

import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * A key could not be computed for a variant: a derivation failed, a fact disagrees with the typed
 * key, an item is missing from the data. The loader turns it into a diagnostic at {@code origin}
 * (the part of the file that selects the data) with {@code code}.
 */
public class KeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Origin origin;
    private final DiagnosticCode code;
    private final String hint;

    public KeyException(DiagnosticCode code, Origin origin, String message, String hint) {
        super(message);
        this.code = code;
        this.origin = origin;
        this.hint = hint == null ? "" : hint;
    }

    /** A problem with the key as a whole (PB610 for accuracy, raised before an origin is known). */
    public KeyException(String message, String hint) {
        this(DiagnosticCode.PB610, null, message, hint);
    }

    public DiagnosticCode code() {
        return code;
    }

    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    public String hint() {
        return hint;
    }
}
