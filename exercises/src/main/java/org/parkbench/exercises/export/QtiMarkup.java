package org.parkbench.exercises.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns an exercise's Markdown into the XHTML subset QTI 2.1 allows inside an item, in the QTI
 * namespace: CommonMark renders it (raw HTML escaped, never passed through), the result is parsed
 * as XML and every attribute QTI does not know is dropped ({@code href} on links and
 * {@code src}/{@code alt} on images are kept).
 */
final class QtiMarkup {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Map<String, Set<String>> KEPT = Map.of("a", Set.of("href"), "img", Set.of("src", "alt"));

    private QtiMarkup() {
    }

    /** The blocks of {@code markdown}, imported into {@code doc} and appended to {@code parent}. */
    static void appendBlocks(Element parent, String markdown) {
        Document doc = parent.getOwnerDocument();
        for (Node n : parse(HTML.render(MARKDOWN.parse(markdown)))) {
            Node imported = doc.importNode(n, true);
            clean(imported);
            parent.appendChild(imported);
        }
    }

    private static List<Node> parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            Document d = b.parse(new InputSource(new StringReader("<div xmlns=\"" + NS + "\">" + html + "</div>")));
            List<Node> nodes = new java.util.ArrayList<>();
            for (Node n = d.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    nodes.add(n);
                }
            }
            return nodes;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("CommonMark's XHTML did not parse as XML: " + e.getMessage(), e);
        }
    }

    private static void clean(Node node) {
        if (node instanceof Element e) {
            Set<String> kept = KEPT.getOrDefault(e.getLocalName(), Set.of());
            NamedNodeMap attributes = e.getAttributes();
            for (int i = attributes.getLength() - 1; i >= 0; i--) {
                String name = attributes.item(i).getNodeName();
                if (!kept.contains(name) && !name.equals("xmlns")) {
                    e.removeAttribute(name);
                }
            }
            if (e.getLocalName().equals("img") && !e.hasAttribute("alt")) {
                e.setAttribute("alt", "");
            }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            clean(c);
        }
    }
}
