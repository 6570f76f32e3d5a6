package org.parkbench.site.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.w3c.dom.Document;

/**
 * One XHTML document rendered into a tagged PDF (PDF/UA-1: structure tags, the document's language
 * and title from its {@code <html lang>} and {@code <title>}, each figure's alternative text from
 * its {@code alt}, bookmarks from its {@code <bookmarks>}) by openhtmltopdf, SVG drawn as vectors
 * by Batik. Deterministic: the producer, the dates and the document id are fixed (the id from the
 * document's {@code name}, so two documents differ; the date the fixed one, or the day's where the
 * course asks for the build date), never the time of day, so the same document gives the same bytes. A renderer is made per document: openhtmltopdf's are not thread-safe.
 */
final class TaggedPdf {
    static final String PRODUCER = "Parkbench";
    /** The date every PDF carries (PDF needs one; a clock would make every run's bytes differ). */
    private static final Calendar FIXED_DATE = fixedDate();

    static {
        // openhtmltopdf logs every font load and stylesheet parse at INFO; its warnings are kept
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private TaggedPdf() {
    }

    /**
     * The PDF of {@code xhtml}, set in {@code fonts}; {@code name} (a path such as {@code en/suzhou.pdf})
     * seeds its id; dated {@code date} at midnight UTC (so a day's runs still give the same bytes), or,
     * when null, by the fixed date.
     */
    static byte[] render(Document xhtml, PdfFonts fonts, String name, java.time.LocalDate date) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer(PRODUCER);
        fonts.register(builder);
        // no resource is loaded: figures are inline SVG and every font is registered above
        builder.withW3cDocument(xhtml, "about:blank");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            fix(pdf, name, date == null ? FIXED_DATE : GregorianCalendar.from(date.atStartOfDay(java.time.ZoneOffset.UTC)));
            // openhtmltopdf 1.1.31 gives link annotations no /Contents, which PDF/UA-1 asks for (decision 014)
            LinkDescriptions.addTo(pdf);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fixed producer, dates and id, in place of what the renderer and PDFBox would take from the clock. */
    private static void fix(PDDocument pdf, String name, Calendar date) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] id = Arrays.copyOf(sha256(name), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static Calendar fixedDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
        return c;
    }
}
