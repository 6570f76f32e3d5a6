package org.parkbench.site.pdf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parkbench.core.validate.Diagnostic;

/** What a PDF run wrote: each file relative to the output folder ({@code en/suzhou.pdf}), how long it took, its warnings. */
public record PdfResult(List<Path> files, Duration duration, List<Diagnostic> warnings) {
    public PdfResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
