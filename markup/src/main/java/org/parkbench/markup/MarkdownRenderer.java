package org.parkbench.markup;

import java.util.List;
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
 * so a case file can never put executable markup or an outside request into a page. It is the
 * one renderer of the project: the site's pages and every export to a learning platform use it,
 * so an export carries exactly the markup the site shows.
 *
 * <p>A paragraph or list item that opens with {@value #READING_LABEL} in emphasis
 * ({@code *Course reading:* …}, in Chinese {@code *课程解读*：…}) is the course's own reading rather than a sourced claim: the
 * label gets the class {@code reading-label} and the paragraph or item the class
 * {@code course-reading}, so the page sets it apart.
 */
public final class MarkdownRenderer {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    private static final String BASE = "https://parkbench.invalid/";
    /** How a heading's anchor starts: {@code ## Context} becomes {@code id="n-context"}. */
    private static final String HEADING_PREFIX = "n-";
    /** The label that marks a paragraph or list item as the course's reading. */
    public static final String READING_LABEL = "Course reading:";
    /**
     * The same label in a Chinese narrative, written {@code *课程解读*：} with the full-width colon after
     * the emphasis: CommonMark does not close emphasis between a punctuation mark and a Han character, so
     * {@code *课程解读：*这…} would show its asterisks.
     */
    public static final String READING_LABEL_ZH = "课程解读";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(),
                HeadingAnchorExtension.builder().idPrefix(HEADING_PREFIX).defaultId("section").build());
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

    /**
     * A table of a narrative scrolls in a box of its own on a narrow screen, as the site's tables do:
     * {@code <div class="table-wrap" tabindex="0" role="region" aria-label="…">}, named by the heading
     * above it (else by its header row), so that a keyboard can scroll it and a screen reader names it.
     */
    private static void wrapTables(Document clean) {
        for (Element table : clean.select("table")) {
            String label = "";
            for (Element e = table.previousElementSibling(); e != null && label.isEmpty(); e = e.previousElementSibling()) {
                if (e.normalName().matches("h[2-6]")) {
                    label = e.text();
                }
            }
            if (label.isEmpty()) {
                Element head = table.selectFirst("tr");
                label = head == null ? "" : head.text();
            }
            table.wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", label.isEmpty() ? "table" : label);
        }
    }

    private static void markReadings(Document clean) {
        for (Element label : clean.select("p > em:first-child, li > em:first-child, li > p > em:first-child")) {
            boolean first = label.previousSibling() == null
                    || label.previousSibling() instanceof org.jsoup.nodes.TextNode t && t.isBlank();
            if (first && isReadingLabel(label)) {
                label.addClass("reading-label");
                label.parent().addClass("course-reading");
            }
        }
    }

    private static boolean isReadingLabel(Element label) {
        String text = label.text().strip();
        return text.equals(READING_LABEL) || text.equals(READING_LABEL_ZH + "：")
                || text.equals(READING_LABEL_ZH) && label.nextSibling() instanceof org.jsoup.nodes.TextNode next
                && next.text().startsWith("：");
    }

    /** A span of the Markdown source to replace with trusted HTML after rendering (a citation). */
    public record Insert(int start, int end, TrustedHtml html) {
    }

    /** Markdown without citations. */
    public TrustedHtml render(String markdown) {
        return render(markdown, List.of());
    }

    /**
     * Markdown in which each of {@code inserts} (non-overlapping spans of {@code markdown}) is
     * replaced by its HTML. The spans become placeholders before parsing, so the Markdown parser and
     * the sanitiser never see the inserted markup.
     */
    public TrustedHtml render(String markdown, List<Insert> inserts) {
        return render(markdown, inserts, HEADING_PREFIX);
    }

    /**
     * As {@link #render(String, List)}, the headings' anchors starting with {@code anchorPrefix}
     * instead of {@code n-}: for several texts on one page (each case's teaching notes), whose
     * headings would otherwise share their ids.
     *
     * @param anchorPrefix letters, digits and hyphens, e.g. {@code notes-suzhou-}
     */
    public TrustedHtml render(String markdown, List<Insert> inserts, String anchorPrefix) {
        if (!anchorPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("an anchor prefix is letters, digits and hyphens: " + anchorPrefix);
        }
        String text = markdown.replace(OPEN, ' ').replace(CLOSE, ' ');
        List<Insert> sorted = inserts.stream().sorted(java.util.Comparator.comparingInt(Insert::start)).toList();
        StringBuilder source = new StringBuilder();
        int at = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Insert in = sorted.get(i);
            source.append(text, at, in.start()).append(OPEN).append(i).append(CLOSE);
            at = in.end();
        }
        source.append(text.substring(at));

        String rendered = renderer.render(parser.parse(source.toString()));
        Document dirty = Jsoup.parseBodyFragment(rendered, BASE);
        for (Element img : dirty.select("img")) {
            // no image may load from a narrative: keep what it says, not what it fetches
            img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
        }
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element link : clean.select("a")) {
            if (link.attr("href").isBlank()) {
                link.unwrap();
            }
        }
        for (Element cell : clean.select("th[align], td[align]")) {
            // align is obsolete in HTML5: keep the author's alignment as a class
            cell.addClass("align-" + cell.attr("align")).removeAttr("align");
        }
        markReadings(clean);
        wrapTables(clean);
        if (!anchorPrefix.equals(HEADING_PREFIX)) {
            for (Element heading : clean.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
                String id = heading.id();
                heading.attr("id", anchorPrefix + (id.startsWith(HEADING_PREFIX) ? id.substring(HEADING_PREFIX.length()) : id));
            }
        }
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();

        Matcher p = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            p.appendReplacement(out, Matcher.quoteReplacement(sorted.get(Integer.parseInt(p.group(1))).html().html()));
        }
        p.appendTail(out);
        return new TrustedHtml(out.toString());
    }
}
