package org.parkbench.core.analysis;

/**
 * A derivation could not be computed from the facts it was given: a zero area, units that do not
 * convert, an observation that is missing or ambiguous, an unknown derivation or parameter. The
 * message is written for the person who asked (a student, an exercise author, a lecturer) and
 * says what was wrong and what to give instead; no stack trace is meant to reach them.
 */
public class DerivationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DerivationException(String message) {
        super(message);
    }
}
