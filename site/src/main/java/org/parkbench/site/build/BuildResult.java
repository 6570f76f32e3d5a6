package org.parkbench.site.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parkbench.core.validate.Diagnostic;

/**
 * What a build wrote: the number of HTML pages and figures, every file (relative to the output
 * directory, sorted), how long it took, how many figures it drew (the others were unchanged since
 * the previous build and reused), and the warnings the exercises gave (such as a learning objective
 * no exercise assesses, PB612), for the command line to print.
 */
public record BuildResult(int pagesWritten, int figuresWritten, List<Path> files, Duration duration, int figuresDrawn,
                          List<Diagnostic> warnings) {
    public BuildResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
