package org.parkbench.markup;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

/**
 * A whole HTML page as a well-formed XHTML W3C DOM, for an engine that reads XML only (the PDF
 * handouts' openhtmltopdf): the page is parsed as a browser would parse it and converted with
 * jsoup's {@link W3CDom}, every element in the XHTML namespace. The page is one the project wrote
 * from its templates (every value escaped there, every Markdown text sanitised by
 * {@link MarkdownRenderer}); nothing is sanitised or reinterpreted here.
 */
public final class XhtmlDocument {
    private XhtmlDocument() {
    }

    /** The page {@code html} as a DOM document. */
    public static Document parse(String html) {
        return new W3CDom().namespaceAware(true).fromJsoup(Jsoup.parse(html));
    }
}
