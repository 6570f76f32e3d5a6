package org.parkbench.site.output;

import java.nio.file.Path;

/**
 * Another build or preview is writing the same site folder right now (it holds the folder's lock,
 * {@link OutputLock}). Nothing was written or deleted; building again once it has finished works.
 */
public final class OutputBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path directory;

    public OutputBusyException(Path directory, String holder) {
        super("the site in " + directory + " is being written by " + holder
                + "; wait for it to finish (or stop it), then build again. Nothing was written.");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
