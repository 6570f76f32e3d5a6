package org.parkbench.site.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * What a reader's assistive technology finds in a handout of the fixture course: the document's language and title, shown as its
 * title; every figure a Figure with the figure's generated alternative text; every table header a
 * TH with its scope; a bookmark per section; and the paper asked for.
 */
class HandoutStructureTest {
    @TempDir
    static Path tmp;
    static Casebook casebook;

    @BeforeAll
    static void write() throws IOException {
        PdfFonts fonts = PdfFonts.shipped();
        casebook = Fixtures.casebook();
        new HandoutBuilder(fonts).build(new PdfRequest(CourseLoader.defaultCourse(casebook), casebook, tmp.resolve("pdf"),
                Profile.STUDENT, List.of(Language.EN), Paper.LETTER));
    }

    @Test
    void aHandoutIsDatedByTheDayOnlyWhenTheCourseAsksForTheBuildDate() throws IOException {
        Course plain = CourseLoader.defaultCourse(casebook);
        Course dated = new Course(plain.id(), plain.title(), plain.subtitle(), plain.institution(), plain.term(), plain.lecturer(),
                plain.language(), true, plain.sessions(), plain.caseDirectories(), plain.origin(), plain.languages(), plain.wordings());
        java.time.Clock evening = java.time.Clock.fixed(java.time.Instant.parse("2026-03-14T18:45:00Z"), java.time.ZoneOffset.UTC);
        java.time.Clock later = java.time.Clock.fixed(java.time.Instant.parse("2026-03-14T23:10:00Z"), java.time.ZoneOffset.UTC);
        String first = casebook.cases().get(0).id() + ".pdf";
        new HandoutBuilder(PdfFonts.shipped(), evening).build(new PdfRequest(dated, casebook, tmp.resolve("dated"),
                Profile.STUDENT, List.of(Language.EN), Paper.LETTER));
        new HandoutBuilder(PdfFonts.shipped(), later).build(new PdfRequest(dated, casebook, tmp.resolve("dated-later"),
                Profile.STUDENT, List.of(Language.EN), Paper.LETTER));
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("dated/en/" + first).toFile())) {
            java.util.Calendar created = doc.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(java.time.Instant.parse("2026-03-14T00:00:00Z"));
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(created.toInstant());
        }
        assertThat(java.nio.file.Files.readAllBytes(tmp.resolve("dated-later/en/" + first)))
                .as("a later build the same day gives the same bytes").isEqualTo(java.nio.file.Files.readAllBytes(tmp.resolve("dated/en/" + first)));
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("pdf/en/" + first).toFile())) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).as("without stampBuildDate: the fixed date")
                    .isEqualTo(java.time.Instant.parse("2000-01-01T00:00:00Z"));
        }
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

    @Test
    void veraPdfFindsNoPdfUaFailure() throws IOException {
        for (CaseStudy c : casebook.cases()) {
            assertThat(PdfUa.failures(tmp.resolve("pdf/en/" + c.id() + ".pdf"))).as(c.id()).isEmpty();
        }
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
