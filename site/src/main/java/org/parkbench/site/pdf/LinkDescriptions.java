package org.parkbench.site.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The alternate description PDF/UA-1 (ISO 14289-1, 7.18.5) asks of every link annotation, its
 * {@code /Contents}, which openhtmltopdf 1.1.31 does not write. The description is the one the
 * link's structure element already carries, which openhtmltopdf takes from the {@code <a title>}
 * (or an enclosing element's title); a link to a URI with none is described by its URI, so that a
 * reader still hears where it goes. A link within the document without a title stays without a
 * description rather than get one in a language the page may not be in: veraPDF then names it.
 * Runs on the open document after rendering, before it is saved.
 */
public final class LinkDescriptions {
    private LinkDescriptions() {
    }

    /** Gives each link annotation of the tagged PDF without {@code /Contents} its description. */
    public static void addTo(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            describe(root.getKids(), null);
        }
    }

    private static void describe(List<Object> kids, String inherited) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                String own = element.getAlternateDescription();
                describe(element.getKids(), own == null || own.isBlank() ? inherited : own);
            } else if (kid instanceof PDObjectReference reference) {
                COSObjectable target = reference.getReferencedObject();
                if (target instanceof PDAnnotationLink link && link.getContents() == null) {
                    String description = inherited != null ? inherited : uri(link);
                    if (description != null) {
                        link.setContents(description);
                    }
                }
            }
        }
    }

    private static String uri(PDAnnotationLink link) {
        PDAction action = link.getAction();
        return action instanceof PDActionURI uri ? uri.getURI() : null;
    }
}
