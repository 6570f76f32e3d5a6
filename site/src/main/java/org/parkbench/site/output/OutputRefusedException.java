package org.parkbench.site.output;

import java.nio.file.Path;

/**
 * The output directory cannot be used: it is a file, or a non-empty directory that no earlier
 * Parkbench build wrote (it has no marker file). Nothing was written or deleted.
 */
public final class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path directory;

    public OutputRefusedException(Path directory, String reason) {
        super("refusing to write the site to " + directory + ": " + reason);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
