package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders the Markdown of narratives and exercise bodies to a {@link TrustedHtml} fragment with
 * commonmark-java (tables, heading anchors). Raw HTML in the source is escaped, unsafe link
 * destinations are dropped, and the result is cleaned once more against a jsoup {@link Safelist}
 * that allows text structure and links only (no images, scripts, styles or event attributes),
 * so a case file can never put executable markup or an outside request into a page.
 */
public final class MarkdownRenderer {
    private static final Pattern CITATION = Pattern.compile("\\{\\{(obs|src):([^}]*)}}");
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    private static final String BASE = "https://parkbench.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(),
                HeadingAnchorExtension.builder().idPrefix("n-").defaultId("section").build());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
        safelist = new Safelist()
                .addTags("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "code", "pre",
                        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "sup", "sub", "del")
                .addAttributes("a", "href", "title")
                .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
                .addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("th", "align").addAttributes("td", "align")
                .addAttributes("ol", "start")
                .addProtocols("a", "href", "http", "https", "#")
                .preserveRelativeLinks(true);
    }

    /** Markdown without citations. */
    public TrustedHtml render(String markdown) {
        return render(markdown, (kind, spec) -> Optional.empty(), token -> { });
    }

    /**
     * Markdown whose {@code {{obs:…}}} and {@code {{src:…}}} citations are resolved by
     * {@code citations}; a citation it cannot resolve is shown as such and passed to
     * {@code unresolved}, so the build can fail with a message naming it.
     */
    public TrustedHtml render(String markdown, BiFunction<String, String, Optional<TrustedHtml>> citations,
                              Consumer<String> unresolved) {
        List<String> inserts = new ArrayList<>();
        Matcher m = CITATION.matcher(markdown.replace(OPEN, ' ').replace(CLOSE, ' '));
        StringBuilder source = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String html = citations.apply(m.group(1), m.group(2)).map(TrustedHtml::html).orElseGet(() -> {
                unresolved.accept(token);
                return "<span class=\"cite-missing\">[" + TrustedHtml.escape(token) + ": not found]</span>";
            });
            m.appendReplacement(source, Matcher.quoteReplacement(OPEN + String.valueOf(inserts.size()) + CLOSE));
            inserts.add(html);
        }
        m.appendTail(source);

        String rendered = renderer.render(parser.parse(source.toString()));
        Document dirty = Jsoup.parseBodyFragment(rendered, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element cell : clean.select("th[align], td[align]")) {
            // align is obsolete in HTML5: keep the author's alignment as a class
            cell.addClass("align-" + cell.attr("align")).removeAttr("align");
        }
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();

        Matcher p = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            p.appendReplacement(out, Matcher.quoteReplacement(inserts.get(Integer.parseInt(p.group(1)))));
        }
        p.appendTail(out);
        return new TrustedHtml(out.toString());
    }
}
