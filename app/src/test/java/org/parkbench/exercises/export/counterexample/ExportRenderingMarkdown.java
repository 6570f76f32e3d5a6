package org.parkbench.exercises.export.counterexample;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Counterexample for ArchitectureRulesTest: an export rendering Markdown past the one sanitiser (as GIFT once did). Never used. */
public final class ExportRenderingMarkdown {
    public static String html(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }
}
