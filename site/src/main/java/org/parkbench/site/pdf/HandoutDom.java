package org.parkbench.site.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a handout's XHTML needs for paper, done on its DOM: each figure's slot filled with the
 * figure's SVG (drawn as vectors, its alternative text on it for the PDF's Figure tag); the links
 * to the references page pointed at the handout's own numbered list (same anchors); links to other
 * pages of the site made plain text (spans), since a printed page has no site beside it; every
 * link given a description (its title: the cited text, or the address); and a bookmark for each
 * section with a heading. Web addresses stay links.
 */
final class HandoutDom {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String REFERENCES = "references.html#";
    private static final String GLOSSARY = "glossary.html#";
    private static final String CASE = "case-";

    private HandoutDom() {
    }

    /** Prepares {@code doc} in place; {@code svgs} holds each figure's SVG by figure id. */
    static void prepare(Document doc, Map<String, String> svgs) {
        figures(doc, svgs);
        links(doc);
        bookmarks(doc);
    }

    /**
     * Prepares a course book's {@code doc} in place, as {@link #prepare} does a handout's, first making its
     * chapters one document: each case's ids prefixed with the case's id (every case has a {@code narrative},
     * a {@code figures} …) and its links to them with it, the links to the glossary pointed at the book's
     * glossary; its bookmarks a chapter each, with the chapter's sections under it.
     */
    static void prepareBook(Document doc, Map<String, String> svgs) {
        for (Element chapter : elements(doc, "section")) {
            String id = chapter.getAttribute("id");
            if (id.startsWith(CASE)) {
                prefixIds(chapter, id.substring(CASE.length()) + "-");
            }
        }
        for (Element a : elements(doc, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith(GLOSSARY)) {
                a.setAttribute("href", "#" + href.substring(GLOSSARY.length()));
            }
        }
        figures(doc, svgs);
        links(doc);
        chapterBookmarks(doc);
    }

    /** Gives every id under a case's {@code chapter} the {@code prefix}, and every link within it to one of them. */
    private static void prefixIds(Element chapter, String prefix) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Element> all = descendants(chapter);
        for (Element e : all) {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
                e.setAttribute("id", prefix + id);
            }
        }
        for (Element e : all) {
            String href = e.getAttribute("href");
            if (e.getLocalName().equals("a") && href.startsWith("#") && ids.contains(href.substring(1))) {
                e.setAttribute("href", "#" + prefix + href.substring(1));
            }
        }
    }

    /** A bookmark per chapter (an element of class {@code chapter} with an id and an h1 in it), its sections' under it. */
    private static void chapterBookmarks(Document doc) {
        Element head = elements(doc, "head").get(0);
        Element marks = doc.createElementNS(XHTML, "bookmarks");
        for (Element chapter : descendants(doc.getDocumentElement())) {
            String id = chapter.getAttribute("id");
            // a case's title is in its header, the other chapters' right under them
            Element title = descendants(chapter).stream().filter(e -> e.getLocalName().equals("h1")).findFirst().orElse(null);
            if (id.isEmpty() || title == null || !(" " + chapter.getAttribute("class") + " ").contains(" chapter ")) {
                continue;
            }
            Element mark = bookmark(doc, title, id);
            for (Element section : descendants(chapter)) {
                Element heading = section.getLocalName().equals("section") ? firstChild(section, "h2") : null;
                if (!section.getAttribute("id").isEmpty() && heading != null) {
                    mark.appendChild(bookmark(doc, heading, section.getAttribute("id")));
                }
            }
            marks.appendChild(mark);
        }
        head.appendChild(marks);
    }

    private static Element bookmark(Document doc, Element heading, String id) {
        Element mark = doc.createElementNS(XHTML, "bookmark");
        mark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
        mark.setAttribute("href", "#" + id);
        return mark;
    }

    private static List<Element> descendants(Element root) {
        NodeList list = root.getElementsByTagNameNS(XHTML, "*");
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static void figures(Document doc, Map<String, String> svgs) {
        for (Element slot : elements(doc, "div")) {
            String id = slot.getAttribute("data-figure");
            if (id.isEmpty()) {
                continue;
            }
            String svg = svgs.get(id);
            if (svg == null) {
                throw new IllegalStateException("no SVG for figure " + id);
            }
            Element drawing = (Element) doc.importNode(parse(svg).getDocumentElement(), true);
            drawing.setAttribute("alt", slot.getAttribute("data-alt"));
            slot.removeAttribute("data-alt");
            slot.appendChild(drawing);
        }
    }

    /**
     * Links to the site's reference page point at the document's own reference list; a link within the
     * document whose target the document lacks (a citation in the answer key, which has no reference
     * list), or to another page of the site, becomes plain text: no Link tag without a target, and no
     * warning from the renderer for each.
     */
    private static void links(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : descendants(doc.getDocumentElement())) {
            if (!e.getAttribute("id").isEmpty()) {
                ids.add(e.getAttribute("id"));
            }
        }
        for (Element a : elements(doc, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith(REFERENCES)) {
                href = "#" + href.substring(REFERENCES.length());
                a.setAttribute("href", href);
            }
            if (href.startsWith("#") && ids.contains(href.substring(1))) {
                describe(a, a.getTextContent().strip());
            } else if (href.startsWith("https://") || href.startsWith("http://")) {
                describe(a, href);
            } else {
                plainText(doc, a);
            }
        }
    }

    /** A span in place of {@code a}, holding what it held: no Link tag without a link. */
    private static void plainText(Document doc, Element a) {
        Element span = doc.createElementNS(XHTML, "span");
        while (a.getFirstChild() != null) {
            span.appendChild(a.getFirstChild());
        }
        span.setAttribute("class", a.getAttribute("class"));
        a.getParentNode().replaceChild(span, a);
    }

    /** A link's description (PDF/UA wants one on every link, decision 014), unless the page gave it a title. */
    private static void describe(Element a, String description) {
        if (a.getAttribute("title").isEmpty() && !description.isEmpty()) {
            a.setAttribute("title", description);
        }
    }

    private static void bookmarks(Document doc) {
        Element head = elements(doc, "head").get(0);
        Element marks = doc.createElementNS(XHTML, "bookmarks");
        for (Element section : elements(doc, "section")) {
            String id = section.getAttribute("id");
            Element heading = firstChild(section, "h2");
            if (!id.isEmpty() && heading != null) {
                Element mark = doc.createElementNS(XHTML, "bookmark");
                mark.setAttribute("name", heading.getTextContent().strip());
                mark.setAttribute("href", "#" + id);
                marks.appendChild(mark);
            }
        }
        head.appendChild(marks);
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(XHTML, name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** A figure's SVG, which charts' FigureRenderer wrote: parsed with no DTD and no external entity. */
    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("a figure's SVG is not well-formed XML", e);
        }
    }
}
