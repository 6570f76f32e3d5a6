package org.parkbench.site.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The proof that openhtmltopdf, the shipped PDF fonts and veraPDF work together: a small page with
 * every structure a handout has (headings, English and Chinese paragraphs, a table with header
 * cells, an SVG figure with a caption, a list, links out and within, bookmarks, a running footer over
 * two pages) is written as tagged PDF, veraPDF finds no
 * PDF/UA-1 failure in it, its text is in the shipped fonts only, and writing it twice gives the same
 * bytes. docs/decisions/014-pdf-ua.md says what each setting is for.
 */
class PdfUaProbeTest {
    static final String FONTS = "/parkbench/site/pdf-fonts/";
    static final String LATIN = "Parkbench Sans Text";
    static final String CHINESE = "Parkbench Sans SC Text";
    /** The date every probe claims as its creation date: a PDF of the same page must be the same file. */
    private static final Calendar CREATED = fixedDate();
    private static final byte[] DOCUMENT_ID = "parkbench-pdf-ua-probe".getBytes(StandardCharsets.US_ASCII);

    private static final String PAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
              <title>Probe: a tagged handout page</title>
              <meta name="subject" content="Checks that a handout page is written as accessible PDF"/>
              <bookmarks>
                <bookmark name="A tagged handout page" href="#top"/>
                <bookmark name="A table" href="#table"/>
              </bookmarks>
              <style>
                @page { size: A4; margin: 20mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'Parkbench Sans Text'; font-size: 9pt; } }
                h2.next { page-break-before: always; }
                body { font-family: 'Parkbench Sans Text', 'Parkbench Sans SC Text'; font-size: 11pt; }
                th, td { border: 1px solid #555; padding: 2pt 6pt; text-align: left; }
                table { border-collapse: collapse; }
              </style>
            </head>
            <body>
              <h1 id="top">A tagged handout page</h1>
              <p>This page holds each structure a case handout uses, so that <em>every one</em> of them is checked
                 against PDF/UA-1: <strong>headings</strong>, paragraphs, a table, a figure, a list and a link.</p>
              <h2>In Chinese</h2>
              <p lang="zh-Hans">本页包含案例讲义用到的每一种结构：标题、段落、表格、图、列表和链接。</p>
              <h2 id="table">A table</h2>
              <table>
                <thead><tr><th scope="col">Structure</th><th scope="col">Tag</th></tr></thead>
                <tbody>
                  <tr><th scope="row">Heading</th><td>H1, H2</td></tr>
                  <tr><th scope="row">Paragraph</th><td>P</td></tr>
                </tbody>
              </table>
              <h2>A figure</h2>
              <figure>
                <svg xmlns="http://www.w3.org/2000/svg" width="160" height="60" viewBox="0 0 160 60"
                     alt="A blue square beside an orange circle">
                  <rect x="5" y="5" width="50" height="50" fill="#1f5f8b"/>
                  <circle cx="110" cy="30" r="25" fill="#d9822b"/>
                  <text x="5" y="58" font-family="Parkbench Sans Text" font-size="8">Square, circle 圆</text>
                </svg>
                <figcaption>Figure 1. Two shapes drawn as vectors.</figcaption>
              </figure>
              <h2 class="next">A list and a link</h2>
              <ul>
                <li>Tagged text in the shipped fonts</li>
                <li>A figure with alternative text</li>
              </ul>
              <p>The rules are those of <a href="https://www.pdfa.org/resource/iso-14289-pdfua/"
                 title="ISO 14289, PDF/UA, at the PDF Association">ISO 14289-1</a> → PDF/UA-1.</p>
              <p>The <a href="#table" title="The table on page 1">table</a> names the tags;
                 <a href="https://verapdf.org/">veraPDF</a> checks them.</p>
              <p>The renderer is told so with <code>usePdfUaAccessibility(true)</code>.</p>
            </body>
            </html>
            """.strip();

    /** The same page in Chinese, as a Chinese handout is: the document's language zh-Hans, one English paragraph. */
    private static final String PAGE_ZH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hans">
            <head>
              <title>探针：带标签的讲义页</title>
              <meta name="subject" content="检查讲义页是否写成无障碍 PDF"/>
              <bookmarks>
                <bookmark name="带标签的讲义页" href="#top"/>
                <bookmark name="表格" href="#table"/>
              </bookmarks>
              <style>
                @page { size: A4; margin: 20mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-family: 'Parkbench Sans Text', 'Parkbench Sans SC Text'; font-size: 9pt; } }
                h2.next { page-break-before: always; }
                body { font-family: 'Parkbench Sans Text', 'Parkbench Sans SC Text'; font-size: 11pt; }
                th, td { border: 1px solid #555; padding: 2pt 6pt; text-align: left; }
                table { border-collapse: collapse; }
              </style>
            </head>
            <body>
              <h1 id="top">带标签的讲义页</h1>
              <p>本页包含案例讲义用到的每一种结构：<strong>标题</strong>、段落、表格、图、列表和链接，每一种都按 PDF/UA-1 检查。</p>
              <h2 lang="en">In English</h2>
              <p lang="en">This page holds each structure a case handout uses.</p>
              <h2 id="table">表格</h2>
              <table>
                <thead><tr><th scope="col">结构</th><th scope="col">标签</th></tr></thead>
                <tbody>
                  <tr><th scope="row">标题</th><td>H1、H2</td></tr>
                  <tr><th scope="row">段落</th><td>P</td></tr>
                </tbody>
              </table>
              <h2>图</h2>
              <figure>
                <svg xmlns="http://www.w3.org/2000/svg" width="160" height="60" viewBox="0 0 160 60"
                     alt="蓝色正方形旁边有一个橙色圆形">
                  <rect x="5" y="5" width="50" height="50" fill="#1f5f8b"/>
                  <circle cx="110" cy="30" r="25" fill="#d9822b"/>
                  <text x="5" y="58" font-family="Parkbench Sans SC Text" font-size="8">正方形、圆形</text>
                </svg>
                <figcaption>图 1. 两个矢量图形。</figcaption>
              </figure>
              <h2 class="next">列表和链接</h2>
              <ul>
                <li>用随附字体排版的带标签文本</li>
                <li>带替代文本的图</li>
              </ul>
              <p>规则见 <a href="https://www.pdfa.org/resource/iso-14289-pdfua/" title="PDF 协会的 ISO 14289（PDF/UA）页面">ISO 14289-1</a>；
                 <a href="#table" title="第 1 页的表格">表格</a>列出了标签，<a href="https://verapdf.org/">veraPDF</a> 检查它们。</p>
              <p>渲染器由 <code>usePdfUaAccessibility(true)</code> 开启这一模式。</p>
            </body>
            </html>
            """.strip();

    static {
        // openhtmltopdf tells of each font it loads and each stylesheet it parses; its warnings still show
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private static Calendar fixedDate() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2026, Calendar.JANUARY, 1, 0, 0, 0);
        return date;
    }

    /**
     * The shipped fonts, each read from the class path when the renderer needs it: for the page's
     * text and for text inside SVG (Batik draws it as outlines, with these fonts rather than the
     * machine's); the regular styles once more as the last resort of text whose CSS names no shipped
     * family (a {@code <code>}'s monospace), which in PDF/UA mode would otherwise stop the render.
     * Twice, because openhtmltopdf puts a font registered as a last resort in that group only: the
     * family would then lack its regular style and set body text in bold.
     */
    static void useShippedFonts(PdfRendererBuilder builder) {
        Set<FSFontUseCase> page = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        Set<FSFontUseCase> lastResort = EnumSet.of(FSFontUseCase.FALLBACK_FINAL);
        builder.useFont(() -> font("ParkbenchSansText-Regular.ttf"), LATIN, 400, FontStyle.NORMAL, true, page);
        builder.useFont(() -> font("ParkbenchSansText-Bold.ttf"), LATIN, 700, FontStyle.NORMAL, true, page);
        builder.useFont(() -> font("ParkbenchSansText-Italic.ttf"), LATIN, 400, FontStyle.ITALIC, true, page);
        builder.useFont(() -> font("ParkbenchSansText-BoldItalic.ttf"), LATIN, 700, FontStyle.ITALIC, true, page);
        builder.useFont(() -> font("ParkbenchSansSCText-Regular.ttf"), CHINESE, 400, FontStyle.NORMAL, true, page);
        builder.useFont(() -> font("ParkbenchSansText-Regular.ttf"), LATIN, 400, FontStyle.NORMAL, true, lastResort);
        builder.useFont(() -> font("ParkbenchSansSCText-Regular.ttf"), CHINESE, 400, FontStyle.NORMAL, true, lastResort);
    }

    private static InputStream font(String file) {
        InputStream in;
        try {
            in = PdfFonts.open(PdfUaProbeTest.class.getClassLoader(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (in == null) {
            throw new UncheckedIOException(new IOException("no font " + FONTS + file + " on the class path"));
        }
        return in;
    }

    private static Document xhtml(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] render(String page, boolean accessible) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(accessible);
        builder.useSVGDrawer(new BatikSVGDrawer());
        useShippedFonts(builder);
        builder.withW3cDocument(xhtml(page), null);
        builder.withProducer("Parkbench");
        builder.toStream(out);

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            // openhtmltopdf stamps the clock's time, and PDFBox makes an ID from it: both fixed here
            pdf.getDocumentInformation().setCreationDate(CREATED);
            COSArray id = new COSArray();
            id.add(new COSString(DOCUMENT_ID));
            id.add(new COSString(DOCUMENT_ID));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            LinkDescriptions.addTo(pdf);
            pdf.save(out);
        }
        return out.toByteArray();
    }

    private static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    // a subset's name is six letters, a plus sign, then the font's own PostScript name
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return names;
    }

    /** The font (PostScript name, no subset tag) of the first character of the first occurrence of a word. */
    private static String fontOf(byte[] pdf, String word) throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> fonts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    text.append(position.getUnicode());
                    for (int i = 0; i < position.getUnicode().length(); i++) {
                        fonts.add(position.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        int at = text.indexOf(word);
        assertThat(at).as("\"" + word + "\" in the PDF's text").isNotNegative();
        return fonts.get(at);
    }

    /** The description (/Contents) of each link annotation, page by page. */
    private static List<String> linkDescriptions(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> descriptions = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        descriptions.add(annotation.getContents());
                    }
                }
            }
            return descriptions;
        }
    }

    /** The document's language, then each language a structure element declares, in reading order. */
    private static List<String> languages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> languages = new ArrayList<>();
            languages.add(doc.getDocumentCatalog().getLanguage());
            collectLanguages(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), languages);
            return languages;
        }
    }

    private static void collectLanguages(List<Object> kids, List<String> languages) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    languages.add(element.getLanguage());
                }
                collectLanguages(element.getKids(), languages);
            }
        }
    }

    @Test
    void theProbePageIsPdfUa1InTheShippedFontsAndTheSameBytesEachTime(@TempDir Path dir) throws Exception {
        byte[] first = render(PAGE, true);
        Path file = Files.write(dir.resolve("probe.pdf"), first);

        assertThat(PdfUa.failures(file)).as("veraPDF's PDF/UA-1 failures").isEmpty();
        assertThat(fontNames(first)).as("fonts the PDF's pages use")
                .containsExactlyInAnyOrder("ParkbenchSansText-Regular", "ParkbenchSansText-Bold",
                        "ParkbenchSansText-Italic", "ParkbenchSansSCText-Regular");
        // body text regular, <strong> bold, <em> italic, Chinese in the Chinese font, <code> in the last resort
        assertThat(fontOf(first, "paragraphs")).isEqualTo("ParkbenchSansText-Regular");
        assertThat(fontOf(first, "headings")).isEqualTo("ParkbenchSansText-Bold");
        assertThat(fontOf(first, "every one")).isEqualTo("ParkbenchSansText-Italic");
        assertThat(fontOf(first, "本页")).isEqualTo("ParkbenchSansSCText-Regular");
        assertThat(fontOf(first, "usePdfUa")).isEqualTo("ParkbenchSansText-Regular");
        // what a screen reader says of each link: its title, else where it goes
        assertThat(linkDescriptions(first)).as("the links' descriptions").containsExactly(
                "ISO 14289, PDF/UA, at the PDF Association", "The table on page 1", "https://verapdf.org/");
        // a screen reader switches to a Chinese voice for the Chinese paragraph
        assertThat(languages(first)).as("the document's language, then the elements'").startsWith("en").contains("zh-Hans");
        assertThat(render(PAGE, true)).as("a second PDF of the same page").isEqualTo(first);
    }

    @Test
    void theChinesePageIsPdfUa1InTheShippedFontsAndTheSameBytesEachTime(@TempDir Path dir) throws Exception {
        byte[] first = render(PAGE_ZH, true);
        Path file = Files.write(dir.resolve("probe-zh.pdf"), first);

        assertThat(PdfUa.failures(file)).as("veraPDF's PDF/UA-1 failures").isEmpty();
        assertThat(fontNames(first)).as("fonts the PDF's pages use").contains("ParkbenchSansSCText-Regular")
                .allMatch(name -> name.startsWith("ParkbenchSansText-") || name.equals("ParkbenchSansSCText-Regular"));
        assertThat(fontOf(first, "This page")).as("the English paragraph's font").isEqualTo("ParkbenchSansText-Regular");
        assertThat(fontOf(first, "本页")).isEqualTo("ParkbenchSansSCText-Regular");
        assertThat(linkDescriptions(first)).as("the links' descriptions").containsExactly(
                "PDF 协会的 ISO 14289（PDF/UA）页面", "第 1 页的表格", "https://verapdf.org/");
        assertThat(languages(first)).as("the document's language, then the elements'").startsWith("zh-Hans").contains("en");
        assertThat(render(PAGE_ZH, true)).as("a second PDF of the same page").isEqualTo(first);
    }

    @Test
    void veraPdfFailsTheSamePageWrittenWithoutTags(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("untagged.pdf"), render(PAGE, false));

        List<String> failures = PdfUa.failures(file);
        assertThat(failures).as("PDF/UA-1 failures of an untagged PDF").isNotEmpty();
        assertThat(String.join("\n", failures)).as("the rule that a PDF/UA file is tagged")
                .containsPattern("(?m)^7\\.1-");
    }
}
