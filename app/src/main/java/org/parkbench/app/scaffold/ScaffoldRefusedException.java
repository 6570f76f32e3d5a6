package org.parkbench.app.scaffold;

/**
 * A scaffold that cannot be made as asked (an id that is not a slug or is taken, an unknown model
 * or country, no project to add a module to); the message says why and what to do instead.
 * Nothing has been written when it is thrown.
 */
public final class ScaffoldRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScaffoldRefusedException(String message) {
        super(message);
    }
}
