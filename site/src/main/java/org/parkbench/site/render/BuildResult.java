package org.parkbench.site.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build wrote: the number of HTML pages and figures, every file (relative to the output
 * directory, sorted), how long it took, and how many figures it drew (the others were unchanged
 * since the previous build and reused).
 */
public record BuildResult(int pagesWritten, int figuresWritten, List<Path> files, Duration duration, int figuresDrawn) {
    public BuildResult {
        files = List.copyOf(files);
    }
}
