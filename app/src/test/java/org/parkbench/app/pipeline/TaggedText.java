package org.parkbench.app.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's text in the order of its structure tree, as a screen reader reads it (and as
 * PDF/UA makes the reading order): each structure element's marked content, page by page, in tree
 * order. The page's painting order can differ (openhtmltopdf paints a line's inline elements after
 * its other text), so this is the order to check a text in.
 */
final class TaggedText {
    private TaggedText() {
    }

    static String of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new HashMap<>();
                collect(extractor.getMarkedContents(), page, texts);
                byPage.put(page, texts);
            }
            StringBuilder out = new StringBuilder();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, byPage, out);
            return out.toString();
        }
    }

    private static void collect(List<PDMarkedContent> contents, PDPage page, Map<Integer, String> texts) {
        for (PDMarkedContent mc : contents) {
            StringBuilder text = new StringBuilder();
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t) {
                    text.append(t.getUnicode());
                } else if (o instanceof PDMarkedContent inner) {
                    collect(List.of(inner), page, texts);
                }
            }
            int mcid = mcid(mc, page);
            if (mcid >= 0) {
                texts.merge(mcid, text.toString(), String::concat);
            }
        }
    }

    /**
     * A marked content's id: openhtmltopdf names its property list ({@code /Prop1 BDC}, the list in the page's
     * resources) rather than writing it inline, which PDFBox's extractor does not look up.
     */
    private static int mcid(PDMarkedContent mc, PDPage page) {
        if (mc.getMCID() >= 0) {
            return mc.getMCID();
        }
        PDPropertyList properties = page.getResources().getProperties(COSName.getPDFName(mc.getTag()));
        return properties == null ? -1 : properties.getCOSObject().getInt(COSName.MCID, -1);
    }

    private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> byPage, StringBuilder out) {
        if (node instanceof PDStructureElement e && e.getPage() != null) {
            page = e.getPage();
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, page, byPage, out);
            } else if (kid instanceof Integer mcid && page != null) {
                out.append(byPage.getOrDefault(page, Map.of()).getOrDefault(mcid, "")).append(' ');
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage on = ref.getPage() != null ? ref.getPage() : page;
                out.append(byPage.getOrDefault(on, Map.of()).getOrDefault(ref.getMCID(), "")).append(' ');
            }
        }
    }
}
