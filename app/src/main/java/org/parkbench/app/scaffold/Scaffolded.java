package org.parkbench.app.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code new-case} made: the case's data directory (the one holding {@code case.md}), the
 * module directory for a module case (null for a data-only case), and every file written, in the
 * order written.
 */
public record Scaffolded(NewCase request, Path dataDirectory, Path moduleDirectory, List<Path> files) {
    public Scaffolded {
        files = List.copyOf(files);
    }

    public boolean dataOnly() {
        return moduleDirectory == null;
    }
}
