package org.parkbench.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A {@link TrustedHtml} fragment as XML nodes, for a format that embeds XHTML (a QTI item): the
 * fragment is parsed as HTML and its elements, attributes and text are copied into a W3C DOM, each
 * element in the namespace of the element it is appended to. Nothing is added or reinterpreted:
 * the nodes are the sanitised markup the site shows, and a format keeps or drops their attributes
 * by its own schema. Whitespace between top-level blocks is not copied.
 */
public final class XhtmlFragment {
    private XhtmlFragment() {
    }

    /** Appends the nodes of {@code html} to {@code parent}. */
    public static void append(TrustedHtml html, Element parent) {
        for (Node n : Jsoup.parseBodyFragment(html.html()).body().childNodes()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                copy(n, parent);
            }
        }
    }

    private static void copy(Node node, Element parent) {
        Document doc = parent.getOwnerDocument();
        if (node instanceof TextNode text) {
            parent.appendChild(doc.createTextNode(text.getWholeText()));
        } else if (node instanceof org.jsoup.nodes.Element element) {
            Element copy = doc.createElementNS(parent.getNamespaceURI(), element.normalName());
            for (Attribute a : element.attributes()) {
                copy.setAttribute(a.getKey(), a.getValue());
            }
            parent.appendChild(copy);
            for (Node child : element.childNodes()) {
                copy(child, copy);
            }
        }
        // a sanitised fragment holds elements and text only: comments and data nodes are not carried
    }
}
