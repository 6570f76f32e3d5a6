package org.parkbench.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XhtmlFragmentTest {
    private static final String NS = "urn:example:item";

    @Test
    void theSanitisedFragmentBecomesWellFormedXmlInTheParentsNamespace() throws Exception {
        TrustedHtml html = new MarkdownRenderer().render("Raw <script>alert(1)</script> & [a link](https://example.org/?a=1&b=2)"
                + " and a break  \nhere\n\n---\n\n| a |\n|--:|\n| 1 |\n");
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
        Element root = doc.createElementNS(NS, "item");
        doc.appendChild(root);

        XhtmlFragment.append(html, root);

        assertThat(root.getChildNodes().getLength()).as("blocks, without the whitespace between them").isEqualTo(3);
        assertThat(root.getFirstChild().getNamespaceURI()).isEqualTo(NS);
        assertThat(xml(doc)).contains("<p>Raw &lt;script&gt;alert(1)&lt;/script&gt; &amp; <a href=\"https://example.org/?a=1&amp;b=2\">a link</a>"
                + " and a break<br/>", "<hr/>", "<td class=\"align-right\">1</td>").doesNotContain("<script");
    }

    @Test
    void withoutIdsDropsHeadingAnchorsAndKeepsTheRest() {
        TrustedHtml html = new MarkdownRenderer().render("## Where the sources disagree\n\nText \"quoted\".");
        assertThat(html.html()).contains(" id=\"n-where-the-sources-disagree\"");
        assertThat(html.withoutIds().html()).isEqualTo("<h2>Where the sources disagree</h2>\n<p>Text \"quoted\".</p>\n");
        TrustedHtml plain = TrustedHtml.text("no ids");
        assertThat(plain.withoutIds()).isSameAs(plain);
    }

    private static String xml(Document doc) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
