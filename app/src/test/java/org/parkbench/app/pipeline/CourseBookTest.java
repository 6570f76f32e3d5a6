package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkbench.app.pipeline.CaseHandoutsTest.flat;
import static org.parkbench.app.pipeline.CaseHandoutsTest.plainSentences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.Glossary;
import org.parkbench.site.pages.Profile;
import org.parkbench.site.pdf.HandoutBuilder;
import org.parkbench.site.pdf.Paper;
import org.parkbench.site.pdf.PdfFonts;
import org.parkbench.site.pdf.PdfRequest;
import org.parkbench.site.pdf.PdfUa;

/**
 * The course book and the answer key of a course file that sets every cover field and orders the shipped
 * cases its own way (the reverse of the shipped order), read back with PDFBox: the cover's fields, every
 * case in the course's order, each on the page its contents entry gives, a bookmark per case, the glossary
 * and every source's address; the student's book holds no key or worked solution; the answer key holds
 * every variant's key and tolerance, and is written only for the instructor; veraPDF finds no PDF/UA-1
 * failure in either language; the Chinese book is Chinese with every glyph and font; two runs, same bytes.
 * Each book is rendered once, here, and shared by the tests.
 */
class CourseBookTest {
    private static final String TITLE = "Parks Abroad Seminar Kappa";
    private static final String INSTITUTION = "Example University, School of Geography";
    private static final String TERM = "Autumn term 2027";
    private static final String LECTURER = "Dr. Lin Wenjing";

    @TempDir
    static Path tmp;
    static Casebook casebook;
    static ExerciseSet exercises;
    static HandoutBuilder builder;
    static Course course;
    static List<CaseStudy> inOrder;
    static Path student;
    static Path instructor;

    @BeforeAll
    static void build() throws Exception {
        builder = new HandoutBuilder(PdfFonts.shipped());
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        exercises = ExerciseLoader.load(casebook).value();
        inOrder = new ArrayList<>(casebook.cases());
        Collections.reverse(inOrder);
        StringBuilder yaml = new StringBuilder("title: \"" + TITLE + "\"\ninstitution: \"" + INSTITUTION + "\"\nterm: \"" + TERM
                + "\"\nlecturer: \"" + LECTURER + "\"\nlanguages: [en, zh]\nsessions:\n");
        for (CaseStudy c : inOrder) {
            yaml.append("  - title: \"On ").append(c.id()).append("\"\n    cases: [").append(c.id()).append("]\n");
        }
        Path file = tmp.resolve("course.yml");
        Files.writeString(file, yaml);
        course = CourseLoader.load(file);
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        builder.build(new PdfRequest(course, casebook, student, Profile.STUDENT, List.of(Language.EN, Language.ZH), Paper.A4));
        builder.build(new PdfRequest(course, casebook, instructor, Profile.INSTRUCTOR, List.of(Language.EN, Language.ZH), Paper.A4));
    }

    @Test
    void theCoverShowsTheCourseFileAndEveryCaseIsOnThePageTheContentsGive() throws IOException {
        Path book = student.resolve("en").resolve(HandoutBuilder.BOOK);
        String text = flat(CaseHandoutsTest.text(book));
        for (String field : List.of(TITLE, INSTITUTION, TERM, LECTURER)) {
            assertThat(text).as("the cover's " + field).contains(flat(field));
        }
        List<String> pages = pageTexts(book);
        assertThat(flat(pages.get(0))).as("the cover").contains(flat(TITLE), flat(LECTURER));
        // a case's first page is the only one with its kicker, the course title set in capitals (the cover's is page 1)
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < pages.size(); i++) {
            if (flat(pages.get(i)).contains(flat(TITLE.toUpperCase(java.util.Locale.ROOT)))) {
                starts.add(i + 1);
            }
        }
        assertThat(starts).as("pages on which a case begins").hasSize(inOrder.size());
        String contents = flat(pages.get(1));
        for (int i = 0; i < inOrder.size(); i++) {
            CaseStudy c = inOrder.get(i);
            int page = starts.get(i);
            assertThat(flat(pages.get(page - 1))).as(c.id() + ": its title on the " + i + "th case's first page").contains(flat(c.meta().title()));
            // the entry: the title, its dot leader, the page number
            assertThat(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(flat(c.meta().title())) + "\\.*" + page + "(?!\\d)")
                    .matcher(contents).find()).as(c.id() + ": its contents entry gives page " + page + " in " + contents).isTrue();
        }
        try (PDDocument doc = Loader.loadPDF(book.toFile())) {
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(flat(item.getTitle()));
                if (inOrder.stream().anyMatch(c -> flat(c.meta().title()).equals(flat(item.getTitle())))) {
                    assertThat(item.hasChildren()).as(item.getTitle() + ": bookmarks of its sections").isTrue();
                }
            }
            assertThat(marks).as("a bookmark per case, in course order")
                    .containsSubsequence(inOrder.stream().map(c -> flat(c.meta().title())).toList());
        }
    }

    @Test
    void theBookHoldsTheGlossaryAndEverySourcesAddress() throws IOException {
        String text = flat(CaseHandoutsTest.text(student.resolve("en").resolve(HandoutBuilder.BOOK)));
        for (Glossary.Term term : Glossary.load().terms()) {
            assertThat(text).as("the glossary's " + term.english()).contains(flat(term.english()), flat(term.pinyin()));
        }
        Bibliography bibliography = new Bibliography(casebook);
        for (CaseStudy c : inOrder) {
            for (String key : c.sources().keySet()) {
                Bibliography.Entry entry = bibliography.entry(c.id(), key);
                if (entry.hasLink()) {
                    assertThat(text).as(c.id() + ": the address of " + key).contains(entry.link());
                }
            }
        }
    }

    @Test
    void theStudentBookHoldsNoKeyOrSolutionAndTheInstructorsHoldsThem() throws IOException {
        String studentText = flat(CaseHandoutsTest.text(student.resolve("en").resolve(HandoutBuilder.BOOK)));
        String instructorText = flat(CaseHandoutsTest.text(instructor.resolve("en").resolve(HandoutBuilder.BOOK)));
        int solutions = 0;
        for (Exercise e : exercises.exercises()) {
            for (ExerciseVariant v : exercises.variants(e.id())) {
                List<String> sentences = plainSentences(v.solution());
                if (!sentences.isEmpty()) {
                    solutions++;
                    assertThat(sentences).as(e.id() + " variant " + v.index()).noneMatch(studentText::contains);
                    assertThat(sentences).as(e.id() + " variant " + v.index()).anyMatch(instructorText::contains);
                }
            }
        }
        assertThat(solutions).as("worked solutions sought").isGreaterThan(10);
        Path studentDir = Files.createDirectories(tmp.resolve("book-text-student"));
        Path instructorDir = Files.createDirectories(tmp.resolve("book-text-instructor"));
        Files.writeString(studentDir.resolve("book.txt"), CaseHandoutsTest.text(student.resolve("en").resolve(HandoutBuilder.BOOK)));
        Files.writeString(instructorDir.resolve("book.txt"), CaseHandoutsTest.text(instructor.resolve("en").resolve(HandoutBuilder.BOOK)));
        NumericKeyScan scan = NumericKeyScan.of(exercises, casebook);
        assertThat(scan.scan(studentDir)).as("numeric keys in the student book").isEmpty();
        assertThat(scan.scan(instructorDir)).as("numeric keys in the instructor book").isNotEmpty();
    }

    @Test
    void theAnswerKeyHoldsEveryVariantsKeyAndIsTheInstructorsOnly() throws IOException {
        assertThat(student.resolve("en").resolve(HandoutBuilder.ANSWER_KEY)).doesNotExist();
        assertThat(student.resolve("zh").resolve(HandoutBuilder.ANSWER_KEY)).doesNotExist();
        Path key = instructor.resolve("en").resolve(HandoutBuilder.ANSWER_KEY);
        String text = flat(CaseHandoutsTest.text(key));
        int keys = 0;
        int lastCase = -1;
        for (CaseStudy c : inOrder) {
            int at = text.indexOf(flat(c.meta().title()));
            if (!exercises.exercises(c.id()).isEmpty()) {
                assertThat(at).as(c.id() + ": its title, after the case before it").isGreaterThan(lastCase);
                lastCase = at;
            }
            for (Exercise e : exercises.exercises(c.id())) {
                assertThat(text).as(e.id()).contains(e.id());
                for (ExerciseVariant v : exercises.variants(e.id())) {
                    if (v.key() instanceof Key.Manual) {
                        continue;
                    }
                    keys++;
                    assertThat(text).as(e.id() + " variant " + v.index() + ": its key").contains(flat(v.key().text(Language.EN)));
                    if (v.key() instanceof Key.Number n) {
                        n.accuracy().describeTolerance(Language.EN).ifPresent(tolerance ->
                                assertThat(text).as(e.id() + " variant " + v.index() + ": its tolerance").contains(flat(tolerance)));
                    }
                    for (String sentence : plainSentences(v.solution())) {
                        assertThat(text).as(e.id() + " variant " + v.index() + ": its worked solution").contains(sentence);
                    }
                }
            }
        }
        assertThat(keys).as("keys sought").isGreaterThan(10);
    }

    @Test
    void veraPdfFindsNoPdfUaFailureInTheBookTheAnswerKeyOrTheChineseInstructorHandouts() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            pdfs.add(student.resolve(lang).resolve(HandoutBuilder.BOOK));
            pdfs.add(instructor.resolve(lang).resolve(HandoutBuilder.BOOK));
            pdfs.add(instructor.resolve(lang).resolve(HandoutBuilder.ANSWER_KEY));
        }
        for (CaseStudy c : inOrder) {
            pdfs.add(instructor.resolve("zh").resolve(c.id() + ".pdf"));
        }
        for (Path pdf : pdfs) {
            assertThat(PdfUa.failures(pdf)).as(tmp.relativize(pdf) + ": PDF/UA-1 failures").isEmpty();
        }
    }

    @Test
    void theChineseBookIsChineseWithEveryGlyphAndEveryFontEmbedded() throws IOException {
        for (Path pdf : List.of(student.resolve("zh").resolve(HandoutBuilder.BOOK), instructor.resolve("zh").resolve(HandoutBuilder.ANSWER_KEY))) {
            String text = CaseHandoutsTest.text(pdf);
            long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            assertThat(han).as(pdf.getFileName() + ": Chinese characters").isGreaterThan(500);
            assertThat(text).as(pdf.getFileName() + ": no replacement character").doesNotContain("\uFFFD");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(pdf.getFileName() + ": font " + font.getName() + " embedded").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void twoRunsWriteTheSameBook() throws IOException {
        Path again = tmp.resolve("again");
        builder.build(new PdfRequest(course, casebook, again, Profile.STUDENT, List.of(Language.EN), Paper.A4));
        assertThat(Files.readAllBytes(again.resolve("en").resolve(HandoutBuilder.BOOK)))
                .isEqualTo(Files.readAllBytes(student.resolve("en").resolve(HandoutBuilder.BOOK)));
    }

    /** Each page's text as painted (page numbers of the contents are generated text, outside the tags). */
    private static List<String> pageTexts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
        }
        return out;
    }
}
