package org.parkbench.exercises.export;

import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.markup.XhtmlFragment;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Puts an exercise's text, sanitised as the site shows it ({@link ExportText}), into a QTI 2.1
 * item as the XHTML subset QTI allows, in the QTI namespace: the site's elements are all QTI's but
 * {@code del}, which is unwrapped (its text kept); of the attributes only a link's {@code href} and
 * {@code class} (a table cell's alignment) stay, since QTI knows no {@code title} or {@code start}
 * and an {@code id} would repeat where the solution is shown with both feedbacks; HTML's
 * {@code lang} (English words in a Chinese text) becomes QTI's {@code xml:lang}. A table without
 * body rows gets its header as its body ({@code tbody} is required).
 */
final class QtiMarkup {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static final Set<String> ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em",
            "strong", "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "sup", "sub", "span",
            "div");
    private static final Map<String, Set<String>> KEPT = Map.of("a", Set.of("href", "class"));
    private static final Set<String> COMMON = Set.of("class");

    private QtiMarkup() {
    }

    /** The blocks of {@code html}, appended to {@code parent} (an element of a QTI document). */
    static void appendBlocks(Element parent, TrustedHtml html) {
        Node last = parent.getLastChild();
        XhtmlFragment.append(html, parent);
        Node n = last == null ? parent.getFirstChild() : last.getNextSibling();
        while (n != null) {
            Node next = n.getNextSibling();
            clean(n);
            n = next;
        }
    }

    private static void clean(Node node) {
        for (Node c = node.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            clean(c);
            c = next;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.getLocalName();
        if (!ELEMENTS.contains(name)) {
            unwrap(e);
            return;
        }
        Set<String> kept = KEPT.getOrDefault(name, COMMON);
        String lang = e.getAttribute("lang");
        NamedNodeMap attributes = e.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            String attribute = attributes.item(i).getNodeName();
            if (!kept.contains(attribute)) {
                e.removeAttribute(attribute);
            }
        }
        if (!lang.isEmpty()) {
            e.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
        }
        if (name.equals("table") && e.getElementsByTagNameNS(NS, "tbody").getLength() == 0) {
            Element head = (Element) e.getElementsByTagNameNS(NS, "thead").item(0);
            if (head != null) {
                e.getOwnerDocument().renameNode(head, NS, "tbody");
            }
        }
    }

    private static void unwrap(Element e) {
        Node parent = e.getParentNode();
        while (e.getFirstChild() != null) {
            parent.insertBefore(e.getFirstChild(), e);
        }
        parent.removeChild(e);
    }
}
