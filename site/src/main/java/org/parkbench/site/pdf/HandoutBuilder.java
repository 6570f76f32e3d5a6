package org.parkbench.site.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRenderer;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.XhtmlDocument;
import org.parkbench.site.figures.FigureFiles;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.Handouts;
import org.parkbench.site.pages.SiteContent;
import org.parkbench.site.template.Templates;
import org.w3c.dom.Document;

/**
 * Writes the handout of every case of a course, one {@code <case-id>.pdf} per case in a folder per
 * language ({@code en/suzhou.pdf}, {@code zh/suzhou.pdf}), and beside them the course book
 * ({@code course-book.pdf}) and, in the instructor profile, the answer key ({@code answer-key.pdf}). The exercises are loaded first, every
 * language's, so that all problems are reported at once and nothing is written; the PDFs go to a
 * staging folder that {@link OutputDirectory} swaps in only when every one was written, so a failed
 * run leaves the previous PDFs as they were. Each case is one job on the render threads, with a
 * renderer of its own: its figures drawn, its XHTML made from the case page's view
 * ({@link Handouts}), prepared for paper ({@link HandoutDom}) and rendered ({@link TaggedPdf}).
 */
public final class HandoutBuilder {
    /** The course book's file name in a language's folder. */
    public static final String BOOK = "course-book.pdf";
    /** The answer key's file name in a language's folder (instructor profile only). */
    public static final String ANSWER_KEY = "answer-key.pdf";
    private final PdfFonts fonts;
    private final Clock clock;
    private final Templates templates = new Templates();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final List<FigureContribution> contributions = FigureCatalogue.contributions(FigureCatalogue.class.getClassLoader());

    /** A builder setting every PDF in {@code fonts}. */
    public HandoutBuilder(PdfFonts fonts) {
        this(fonts, Clock.systemUTC());
    }

    /** A builder setting every PDF in {@code fonts}, dating them by {@code clock} where the course asks for the date. */
    public HandoutBuilder(PdfFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Writes the handouts.
     *
     * @throws InvalidPdfInputException when the course, its cases or their exercises have errors (nothing written)
     * @throws org.parkbench.site.output.OutputRefusedException when {@code outDir} is a folder Parkbench did not write
     * @throws org.parkbench.site.output.OutputBusyException when another run writes the same folder
     */
    public PdfResult build(PdfRequest request) {
        long start = System.nanoTime();
        // a course that stamps its pages with the build date dates its PDFs by the day too; else the fixed date
        LocalDate date = request.course().stampBuildDate() ? LocalDate.now(clock) : null;
        Casebook casebook = select(request);
        Map<Language, ExerciseSet> exerciseSets = new EnumMap<>(Language.class);
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Language language : request.languages()) {
            Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook.in(language), language);
            errors.addAll(exercises.errors());
            exercises.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            if (!exercises.hasErrors()) {
                exerciseSets.put(language, exercises.value());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPdfInputException(errors.stream().distinct().sorted().toList());
        }
        OutputDirectory out = OutputDirectory.prepare(request.outDir());
        try (RenderPool pool = RenderPool.forThisMachine()) {
            List<Path> written = Collections.synchronizedList(new ArrayList<>());
            List<Handouts> all = new ArrayList<>();
            for (Language language : request.languages()) {
                Casebook book = casebook.in(language);
                ExerciseSet exercises = exerciseSets.get(language);
                Withholding withholding = request.profile().withholding(exercises);
                Handouts handouts = new Handouts(new SiteContent(request.course().in(language), book, exercises, request.profile(),
                        new Bibliography(book), SiteFigures.none(), "", language), templates, markdown, pool);
                all.add(handouts);
                Path folder = out.staging().resolve(language.code());
                createDirectories(folder);
                List<CaseStudy> cases = handouts.cases();
                // the book is the longest job: submitted first, it runs beside the handouts, not after them
                pool.submit(() -> {
                    String name = language.code() + "/" + BOOK;
                    write(folder.resolve(BOOK), book(handouts, withholding, language, request.paper(), name, date));
                    written.add(Path.of(language.code(), BOOK));
                });
                if (request.profile().isInstructor()) {
                    pool.submit(() -> {
                        String name = language.code() + "/" + ANSWER_KEY;
                        Document doc = XhtmlDocument.parse(handouts.answerKey(request.paper().cssSize()));
                        HandoutDom.prepare(doc, Map.of());
                        write(folder.resolve(ANSWER_KEY), TaggedPdf.render(doc, fonts, name, date));
                        written.add(Path.of(language.code(), ANSWER_KEY));
                    });
                }
                for (int i = 0; i < cases.size(); i++) {
                    int at = i;
                    pool.submit(() -> {
                        CaseStudy c = cases.get(at);
                        String name = language.code() + "/" + c.id() + ".pdf";
                        byte[] pdf = handout(handouts, at, c, withholding, language, request.paper(), name, date);
                        write(folder.resolve(c.id() + ".pdf"), pdf);
                        written.add(Path.of(language.code(), c.id() + ".pdf"));
                    });
                }
            }
            pool.await();
            List<Diagnostic> problems = all.stream().flatMap(h -> h.problems().stream()).distinct().sorted().toList();
            if (!problems.isEmpty()) {
                throw new InvalidPdfInputException(problems);
            }
            out.commit();
            List<Path> files = new ArrayList<>(written);
            Collections.sort(files);
            return new PdfResult(files, Duration.ofNanos(System.nanoTime() - start), warnings.stream().sorted().toList());
        } catch (RuntimeException | Error e) {
            out.abandon();
            throw e;
        }
    }

    /** The course book: every case's figures drawn, the book made, prepared for paper and rendered. */
    private byte[] book(Handouts handouts, Withholding withholding, Language language, Paper paper, String name, LocalDate date) {
        List<List<SiteFigures.FigureView>> views = new ArrayList<>();
        Map<String, String> svgs = new HashMap<>();
        for (CaseStudy c : handouts.cases()) {
            List<Figure> figures = FigureCatalogue.ofCase(c, contributions, withholding, language).figures();
            views.add(figures.stream().map(FigureFiles::view).toList());
            figures.forEach(f -> svgs.put(f.id(), FigureRenderer.svg(f)));
        }
        Document doc = XhtmlDocument.parse(handouts.book(views, paper.cssSize()));
        HandoutDom.prepareBook(doc, svgs);
        return TaggedPdf.render(doc, fonts, name, date);
    }

    /** One case's handout: its figures drawn, its page made, prepared for paper and rendered. */
    private byte[] handout(Handouts handouts, int index, CaseStudy c, Withholding withholding, Language language, Paper paper,
                           String name, LocalDate date) {
        List<Figure> figures = FigureCatalogue.ofCase(c, contributions, withholding, language).figures();
        List<SiteFigures.FigureView> views = figures.stream().map(FigureFiles::view).toList();
        Map<String, String> svgs = new HashMap<>();
        figures.forEach(f -> svgs.put(f.id(), FigureRenderer.svg(f)));
        Document doc = XhtmlDocument.parse(handouts.xhtml(index, views, paper.cssSize()));
        HandoutDom.prepare(doc, svgs);
        return TaggedPdf.render(doc, fonts, name, date);
    }

    /** The course's cases in course order, with the shipped cases it leaves out behind them (as the site's build selects them). */
    private static Casebook select(PdfRequest request) {
        Casebook all = request.casebook();
        List<Diagnostic> problems = request.course().checkCases(all.cases().stream().map(CaseStudy::id).toList());
        if (!problems.isEmpty()) {
            throw new InvalidPdfInputException(problems);
        }
        List<CaseStudy> chosen = request.course().caseIds().stream().map(all::caseStudy).flatMap(Optional::stream).toList();
        List<CaseStudy> behind = new ArrayList<>(all.whole().cases());
        behind.removeAll(chosen);
        return new Casebook(chosen, behind);
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
