package org.parkbench.app.scorm;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The package's launch page, {@code scorm-launch.html}: the page the LMS opens, which stays open
 * for the whole visit. SCORM 1.2 allows one LMSInitialize and one LMSFinish per launch, while the
 * student moves between the site's pages, so the session lives here and the site's pages are shown
 * in a frame inside it ({@code scorm.js} follows their progress in the browser's storage).
 */
final class LaunchPage {
    static final String SCRIPT = "scorm.js";
    private static final String BUNDLE = "parkbench/app/messages";

    private LaunchPage() {
    }

    /** The page's HTML; its words from the app's bundle, escaped by the DOM's HTML serialisation. */
    static String html(Language language, String courseTitle) {
        Messages words = Messages.load(LaunchPage.class.getClassLoader(), BUNDLE, language);
        Document doc = newDocument();
        Element html = doc.createElement("html");
        doc.appendChild(html);
        html.setAttribute("lang", language.htmlTag());
        Element head = child(html, "head");
        // the HTML serialisation writes the charset's meta element itself
        Element viewport = child(head, "meta");
        viewport.setAttribute("name", "viewport");
        viewport.setAttribute("content", "width=device-width, initial-scale=1");
        child(head, "title").setTextContent(courseTitle);
        // the frame fills the LMS's window; the site inside scrolls
        child(head, "style").setTextContent("html,body{height:100%;margin:0}iframe{display:block;width:100%;height:100%;border:0}");
        Element body = child(html, "body");
        Element frame = child(body, "iframe");
        frame.setAttribute("id", "parkbench-site");
        frame.setAttribute("title", words.format("scorm.frame.title", courseTitle));
        child(child(body, "noscript"), "p").setTextContent(words.text("scorm.noscript"));
        for (String script : new String[] {"assets/variant.js", "assets/exercise-progress.js", TrackedExercises.FILE, SCRIPT}) {
            child(body, "script").setAttribute("src", script);
        }
        return "<!DOCTYPE html>\n" + serialise(doc);
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.METHOD, "html");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
