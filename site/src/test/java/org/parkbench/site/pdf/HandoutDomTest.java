package org.parkbench.site.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkbench.markup.XhtmlDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A citation is a link only where the PDF holds what it cites: in a handout it points at the
 * handout's reference list; in the answer key, which has none, it is plain text, so the PDF has no
 * link without a target (and the renderer no warning for each, as the instructor run printed 542).
 */
class HandoutDomTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void aCitationLinksToTheReferenceListWhereThereIsOneAndIsPlainTextWhereThereIsNone() {
        String citation = "<p>As <a class=\"cite\" href=\"references.html#ref-yeerken-2017\">[1]</a> found,"
                + " see <a href=\"#notes\">the notes</a> and <a href=\"https://example.org/a\">a source</a>.</p>";
        Document handout = XhtmlDocument.parse("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + citation + "<h2 id=\"notes\">Notes</h2><ol><li id=\"ref-yeerken-2017\">Yeerken et al. 2017</li></ol></body></html>");
        HandoutDom.prepare(handout, Map.of());
        assertThat(links(handout)).containsExactly("#ref-yeerken-2017 [1]", "#notes the notes", "https://example.org/a a source");

        Document answerKey = XhtmlDocument.parse("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + citation + "</body></html>");
        HandoutDom.prepare(answerKey, Map.of());
        assertThat(links(answerKey)).containsExactly("https://example.org/a a source");
        assertThat(answerKey.getDocumentElement().getTextContent()).contains("As [1] found, see the notes and a source.");
        Element cite = (Element) answerKey.getElementsByTagNameNS(XHTML, "span").item(0);
        assertThat(cite.getAttribute("class")).isEqualTo("cite");
    }

    private static List<String> links(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList as = doc.getElementsByTagNameNS(XHTML, "a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            out.add(a.getAttribute("href") + " " + a.getTextContent());
        }
        return out;
    }
}
