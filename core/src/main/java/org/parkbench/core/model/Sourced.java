package org.parkbench.core.model;

/** A fact that names its source and knows where it was read from. */
public interface Sourced {
    /** The key of the {@link Source} in the same case. */
    String source();

    Origin origin();
}
