package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.Profile;
import org.parkbench.site.pdf.HandoutBuilder;
import org.parkbench.site.pdf.PdfFonts;
import org.parkbench.site.pdf.PdfUa;
import org.parkbench.site.pdf.Paper;
import org.parkbench.site.pdf.PdfRequest;
import org.parkbench.site.pdf.PdfResult;

/**
 * The handouts of the shipped course, read back with PDFBox as a reader's PDF viewer reads them:
 * each holds its case's narrative, every figure's caption and source line, every source's web
 * address (as text and as a link); the student's holds no key and no worked solution, the
 * instructor's holds both; the Chinese ones are in Chinese with every glyph found and every font
 * embedded; veraPDF finds no PDF/UA-1 failure; and two runs write the same bytes.
 */
class CaseHandoutsTest {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @TempDir
    static Path tmp;
    static Casebook casebook;
    static ExerciseSet exercises;
    static HandoutBuilder builder;
    static Course course;
    static Path student;
    static Path instructor;

    @BeforeAll
    static void build() {
        builder = new HandoutBuilder(PdfFonts.shipped());
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        exercises = ExerciseLoader.load(casebook).value();
        course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        PdfResult written = builder.build(new PdfRequest(course, casebook, student, Profile.STUDENT, List.of(Language.EN, Language.ZH), Paper.A4));
        assertThat(written.files().stream().filter(f -> !f.endsWith(HandoutBuilder.BOOK))).hasSize(casebook.cases().size() * 2);
        builder.build(new PdfRequest(course, casebook, instructor, Profile.INSTRUCTOR, List.of(Language.EN), Paper.LETTER));
    }

    @Test
    void eachHandoutHoldsItsNarrativeFiguresAndReferences() throws IOException {
        for (CaseStudy c : casebook.cases()) {
            Path pdf = student.resolve("en").resolve(c.id() + ".pdf");
            String text = flat(text(pdf));
            assertThat(text).as(c.id() + ": its title").contains(flat(c.meta().title()));
            assertThat(plainSentences(c.narrative())).as(c.id() + ": a sentence of its case.md").anyMatch(text::contains);
            for (Figure f : FigureCatalogue.ofCase(c, FigureCatalogue.contributions(getClass().getClassLoader()),
                    Profile.STUDENT.withholding(exercises), Language.EN).figures()) {
                assertThat(text).as(c.id() + ": caption of " + f.id()).contains(flat(f.caption()));
                assertThat(text).as(c.id() + ": source of " + f.id()).contains(flat(f.sourceLine()));
            }
            String unspaced = text;
            Set<String> linked = links(pdf);
            Bibliography bibliography = new Bibliography(casebook);
            for (String key : c.sources().keySet()) {
                Bibliography.Entry entry = bibliography.entry(c.id(), key);
                if (entry.hasLink()) {
                    assertThat(unspaced).as(c.id() + ": the address of " + key).contains(entry.link());
                    assertThat(linked).as(c.id() + ": a link to " + key).contains(entry.link());
                }
            }
        }
    }

    @Test
    void theStudentHandoutHoldsNoKeyOrSolutionAndTheInstructorsHoldsThem() throws IOException {
        int solutions = 0;
        for (CaseStudy c : casebook.cases()) {
            String studentText = flat(text(student.resolve("en").resolve(c.id() + ".pdf")));
            String instructorText = flat(text(instructor.resolve("en").resolve(c.id() + ".pdf")));
            for (Exercise e : exercises.exercises(c.id())) {
                for (ExerciseVariant v : exercises.variants(e.id())) {
                    List<String> sentences = plainSentences(v.solution());
                    if (!sentences.isEmpty()) {
                        solutions++;
                        assertThat(sentences).as(e.id() + " variant " + v.index() + ": its worked solution").noneMatch(studentText::contains);
                        assertThat(sentences).as(e.id() + " variant " + v.index() + ": its worked solution").anyMatch(instructorText::contains);
                    }
                }
            }
        }
        assertThat(solutions).as("worked solutions sought").isGreaterThan(10);
        Path studentText = tmp.resolve("text-student");
        Path instructorText = tmp.resolve("text-instructor");
        for (CaseStudy c : casebook.cases()) {
            Files.createDirectories(studentText);
            Files.createDirectories(instructorText);
            Files.writeString(studentText.resolve(c.id() + ".txt"), text(student.resolve("en").resolve(c.id() + ".pdf")));
            Files.writeString(instructorText.resolve(c.id() + ".txt"), text(instructor.resolve("en").resolve(c.id() + ".pdf")));
        }
        NumericKeyScan scan = NumericKeyScan.of(exercises, casebook);
        assertThat(scan.scan(studentText)).as("numeric keys in the student handouts").isEmpty();
        assertThat(scan.scan(instructorText)).as("numeric keys in the instructor handouts").isNotEmpty();
    }

    @Test
    void theChineseHandoutIsChineseWithEveryGlyphAndEveryFontEmbedded() throws IOException {
        for (CaseStudy c : casebook.cases()) {
            Path pdf = student.resolve("zh").resolve(c.id() + ".pdf");
            String text = text(pdf);
            long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            long latin = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
            assertThat(han).as(c.id() + ": Chinese characters").isGreaterThan(latin / 2).isGreaterThan(500);
            assertThat(text).as(c.id() + ": no replacement character").doesNotContain("\uFFFD");
            if (c.isTranslatedInto(Language.ZH)) {
                String flatText = flat(text);
                assertThat(chineseSentences(c.in(Language.ZH).narrative())).as(c.id() + ": a sentence of case.zh.md").anyMatch(flatText::contains);
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(c.id() + ": font " + font.getName() + " embedded").isTrue();
                        assertThat(font.isDamaged()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void veraPdfFindsNoPdfUaFailureInAnyHandout() throws IOException {
        for (CaseStudy c : casebook.cases()) {
            for (Path pdf : List.of(student.resolve("en/" + c.id() + ".pdf"), student.resolve("zh/" + c.id() + ".pdf"),
                    instructor.resolve("en/" + c.id() + ".pdf"))) {
                assertThat(PdfUa.failures(pdf)).as(tmp.relativize(pdf) + ": PDF/UA-1 failures").isEmpty();
            }
        }
    }

    @Test
    void twoRunsWriteTheSameBytes() throws IOException {
        Path again = tmp.resolve("again");
        builder.build(new PdfRequest(course, casebook, again, Profile.STUDENT, List.of(Language.EN), Paper.A4));
        for (CaseStudy c : casebook.cases()) {
            assertThat(Files.readAllBytes(again.resolve("en").resolve(c.id() + ".pdf")))
                    .as(c.id()).isEqualTo(Files.readAllBytes(student.resolve("en").resolve(c.id() + ".pdf")));
        }
    }

    /** The PDF's text in reading order: its tags' (TaggedText); the page painting order can differ. */
    static String text(Path pdf) throws IOException {
        return TaggedText.of(pdf);
    }

    static Set<String> links(Path pdf) throws IOException {
        Set<String> uris = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    /**
     * {@code text} without white space (a PDF breaks lines where the page does, between two Chinese
     * characters too) and with compatibility characters decomposed (ligatures such as U+FB01 "ﬁ").
     */
    static String flat(String text) {
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * The plain sentences of a Markdown text's paragraphs (no citation, link, emphasis or list item), as a
     * reader sees them.
     */
    static List<String> plainSentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String paragraph : markdown.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || "#|->*0123456789".indexOf(p.charAt(0)) >= 0) {
                continue;
            }
            for (String sentence : SPACE.matcher(p).replaceAll(" ").split("(?<=[.?!]) ")) {
                if (sentence.length() >= 40 && sentence.matches("[A-Z][A-Za-z ,;'’()\\-]+[.?!]")) {
                    out.add(flat(sentence));
                }
            }
        }
        return out;
    }

    /** As {@link #plainSentences}, for a Chinese text. */
    static List<String> chineseSentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String paragraph : markdown.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || "#|->*".indexOf(p.charAt(0)) >= 0) {
                continue;
            }
            for (String sentence : SPACE.matcher(p).replaceAll(" ").split("(?<=。)")) {
                if (sentence.length() >= 12 && !sentence.matches(".*(\\{\\{|\\[|\\*|`|_).*")) {
                    out.add(flat(sentence));
                }
            }
        }
        return out;
    }
}
