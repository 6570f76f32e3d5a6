package org.parkbench.site.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build wrote: the number of HTML pages and figures, every file (relative to the output
 * directory, sorted) and how long it took.
 */
public record BuildResult(int pagesWritten, int figuresWritten, List<Path> files, Duration duration) {
    public BuildResult {
        files = List.copyOf(files);
    }
}
