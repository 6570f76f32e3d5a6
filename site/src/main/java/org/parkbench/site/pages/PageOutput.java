package org.parkbench.site.pages;

import java.util.Map;
import java.util.Objects;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.template.Templates;

/**
 * How the pages of one build are made and where they go: the template engine and the Markdown
 * renderer, the files being written, the render threads, the search index collected from the
 * pages, and each case's data-file row counts. A preview keeps the index and the row counts from
 * one update to the next, so it passes the same ones again.
 */
public record PageOutput(Templates templates, MarkdownRenderer markdown, SiteFiles files, RenderPool pool, SearchIndex search,
                         Map<String, int[]> rowCounts) {
    public PageOutput {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(rowCounts, "rowCounts");
    }
}
