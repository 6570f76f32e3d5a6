package org.parkbench.exercises.export;

import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How the Canvas tests read a QTI 1.2 file, as Canvas's importer does, by XPath over local names,
 * independently of the exporter's classes; and how they list what differs from the model.
 */
final class CanvasXml {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private CanvasXml() {
    }

    /** Adds "what: actual, expected expected" to {@code problems} when the two differ. */
    static void check(List<String> problems, String what, String actual, String expected) {
        if (!expected.equals(actual)) {
            problems.add(what + ": " + actual + ", expected " + expected);
        }
    }

    static List<Element> elements(Node context, String path) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPATH.evaluate(path, context, XPathConstants.NODESET);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static Element first(Node context, String path) throws XPathExpressionException {
        return (Element) XPATH.evaluate(path, context, XPathConstants.NODE);
    }

    /** The string value of {@code path}, stripped. */
    static String text(Node context, String path) throws XPathExpressionException {
        return ((String) XPATH.evaluate(path, context, XPathConstants.STRING)).strip();
    }
}
