package org.parkbench.site.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.Fixtures;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * What a reader's assistive technology finds in a handout (the fixture course, set in DejaVu Sans
 * until the shipped fonts are on the class path): the document's language and title, shown as its
 * title; every figure a Figure with the figure's generated alternative text; every table header a
 * TH with its scope; a bookmark per section; and the paper asked for.
 */
class HandoutStructureTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    @TempDir
    static Path tmp;
    static Casebook casebook;

    @BeforeAll
    static void write() throws IOException {
        Path regular = DEJAVU.resolve("DejaVuSans.ttf");
        Path bold = DEJAVU.resolve("DejaVuSans-Bold.ttf");
        Assumptions.assumeTrue(Files.isRegularFile(regular) && Files.isRegularFile(bold), "needs fonts-dejavu-core (apt-get install)");
        PdfFonts fonts = PdfFonts.of(List.of(new PdfFonts.Face(PdfFonts.TEXT, 400, false, Files.readAllBytes(regular)),
                new PdfFonts.Face(PdfFonts.TEXT, 700, false, Files.readAllBytes(bold))));
        casebook = Fixtures.casebook();
        new HandoutBuilder(fonts).build(new PdfRequest(CourseLoader.defaultCourse(casebook), casebook, tmp.resolve("pdf"),
                Profile.STUDENT, List.of(Language.EN), Paper.LETTER));
    }

    @Test
    void eachHandoutIsTaggedWithItsLanguageTitleFiguresAndTableHeaders() throws IOException {
        int figures = 0;
        for (CaseStudy c : casebook.cases()) {
            try (PDDocument doc = Loader.loadPDF(tmp.resolve("pdf/en/" + c.id() + ".pdf").toFile())) {
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(c.meta().title());
                assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
                assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(doc.getPage(0).getMediaBox().getWidth()).as("letter is 8.5 in wide").isEqualTo(612f, Offset.offset(1f));
                List<PDStructureElement> elements = new ArrayList<>();
                collect(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
                List<String> alts = elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                        .map(PDStructureElement::getAlternateDescription).toList();
                for (Figure f : FigureCatalogue.ofCase(c, FigureCatalogue.contributions(getClass().getClassLoader()), Withholding.NONE,
                        Language.EN).figures()) {
                    assertThat(alts).as(c.id() + ": the Figure of " + f.id()).contains(f.altText());
                    figures++;
                }
                List<PDStructureElement> headers = elements.stream().filter(e -> "TH".equals(e.getStructureType())).toList();
                assertThat(headers).as(c.id() + ": table headers").isNotEmpty();
                assertThat(headers).as(c.id() + ": each header's scope")
                        .allMatch(e -> String.valueOf(e.getCOSObject().getDictionaryObject(COSName.A)).contains("Scope"));
                List<String> marks = new ArrayList<>();
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    marks.add(item.getTitle());
                }
                assertThat(marks).as(c.id() + ": bookmarks").contains("The case");
            }
        }
        assertThat(figures).as("figures checked").isPositive();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }
}
