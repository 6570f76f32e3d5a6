package org.parkbench.site.build;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.load.TeachingNotesFiles;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Severity;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.site.figures.FigureFiles;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.FigureCache;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.output.OutputLock;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.ScriptText;
import org.parkbench.site.output.StyleText;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.ModelStylesheet;
import org.parkbench.site.pages.PageOutput;
import org.parkbench.site.pages.PageSet;
import org.parkbench.site.pages.PhaseClock;
import org.parkbench.site.pages.SiteContent;
import org.parkbench.site.template.Templates;

/**
 * Builds the course site: every page, asset, data file and figure of a course, written to a
 * staging directory and swapped into place only when complete. The course's exercises are loaded
 * here, once per build, from the cases of the request: an exercise that does not load (or whose
 * key the data cannot give) fails the build like bad case data, and its warnings, with the
 * learning objectives no exercise assesses, come back in the {@link BuildResult}. The same request
 * gives byte-identical files (nothing depends on time, locale, platform, map order or thread
 * timing), unless the course asks for the build date to be shown.
 *
 * <p>The pipeline (see docs/decisions/006-scaling.md): the casebook is loaded and validated once
 * before; pages and figures are rendered on every core ({@link RenderPool}) with one shared
 * engine; each case is one job that draws its figures (or reuses the previous build's drawing of
 * an unchanged figure, {@link FigureCache}), writes its page, its parks' pages and its data files,
 * and then lets its figures go, so pages stream to disk and memory does not grow with the course;
 * everything derived (per-park rows, classifications, the bibliography) is computed once.
 */
public final class SiteBuilder {
    static final String ASSET_ROOT = "parkbench/site/assets/";
    static final String STYLESHEET = "site.css";
    static final List<String> ASSETS = List.of(STYLESHEET, "site.js", "search.js", "favicon.svg", "exercises.css", "exercise-progress.js",
            "exercise-page.js", "exercise-index.js");
    /** The exercises engine's browser scripts (variant choice, answer check, answer files), shipped as the site's own (ScriptText). */
    static final String ENGINE_ROOT = "parkbench/exercises/";
    static final List<String> ENGINE_SCRIPTS = List.of("variant.js", "check.js", "answers.js");

    private final Clock clock;
    private final Path sourceRoot;
    private final Templates templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteBuilder() {
        this(Clock.systemUTC(), null);
    }

    /**
     * A builder whose build date (shown only when a course asks for it) comes from {@code clock},
     * and which reads templates and assets from {@code sourceRoot} (the site module's
     * {@code src/main/resources}) before the classpath when it is not null, as {@code serve} does so
     * that edits to templates show at the next rebuild.
     */
    public SiteBuilder(Clock clock, Path sourceRoot) {
        this.clock = clock;
        this.sourceRoot = sourceRoot;
        this.templates = sourceRoot == null ? new Templates() : null;
    }

    /**
     * Builds the site.
     *
     * @throws OutputRefusedException     when the output directory is foreign (nothing written)
     * @throws OutputBusyException        when another build or preview is writing the same folder (nothing written)
     * @throws InvalidSiteInputException when the course or the data cannot make a correct site
     *                                    (the previous site is untouched)
     */
    public BuildResult build(BuildRequest request) {
        return build(request, new LiveSite.State(), null);
    }

    /**
     * Builds, leaving in {@code keep} what a preview needs to update the site one case at a time,
     * under the output's lock {@code held} by the caller (or, when null, taken for this build).
     */
    BuildResult build(BuildRequest request, LiveSite.State keep, OutputLock held) {
        long start = System.nanoTime();
        PhaseClock phases = PhaseClock.start();
        Casebook casebook = select(request);
        List<Language> languages = request.course().siteLanguages();
        // every language's exercises are read before anything is written: all problems at once
        Map<Language, ExerciseSet> exerciseSets = new EnumMap<>(Language.class);
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Language language : languages) {
            Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook.in(language), language);
            errors.addAll(exercises.errors());
            if (!exercises.hasErrors()) {
                exerciseSets.put(language, exercises.value());
                List<Diagnostic> unset = OwnExercises.unset(request.course(), exercises.value().leftOut());
                errors.addAll(unset);
                warnings.addAll(exercises.warnings().stream().filter(w -> !warnings.contains(w)).toList());
                if (language == languages.get(0)) {
                    warnings.addAll(exercises.value().unassessedObjectiveWarnings());
                }
            }
            if (language != Language.EN) {
                warnings.addAll(untranslatedCases(casebook, language));
                if (request.profile().isInstructor()) { // only the instructor site shows teaching notes
                    warnings.addAll(TeachingNotesFiles.untranslated(casebook, language));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSiteInputException(errors.stream().distinct().sorted().toList());
        }
        phases.lap("exercises loaded");
        OutputDirectory out = OutputDirectory.prepare(request.outDir(), held);
        try (RenderPool pool = RenderPool.forThisMachine()) {
            int pagesWritten = 0;
            int figuresWritten = 0;
            int figuresDrawn = 0;
            List<Path> filesWritten = new ArrayList<>();
            boolean several = languages.size() > 1;
            for (Language language : languages) {
                String folder = several ? language.code() + "/" : "";
                LiveSite.State state = several ? keep.of(language) : keep;
                SiteFiles files = new SiteFiles(out.staging().resolve(folder), sourceRoot);
                FigureCache cache = request.figures() ? FigureCache.of(out.target().resolve(folder)) : FigureCache.empty();
                FigureFiles figureFiles = request.figures() ? new FigureFiles(files, cache, pool, language) : null;
                writeSite(request, casebook.in(language), exerciseSets.get(language), language, files, cache, figureFiles, pool,
                        state, phases);
                pagesWritten += files.count(".html");
                files.written().forEach(f -> filesWritten.add(folder.isEmpty() ? f : Path.of(folder).resolve(f)));
                figuresWritten += figureFiles == null ? 0 : figureFiles.written();
                figuresDrawn += figureFiles == null ? 0 : figureFiles.drawn();
            }
            if (several) {
                keep.built(request, casebook, SiteFigures.none(), null, null); // each language's own is in keep.of(it)
                SiteFiles root = new SiteFiles(out.staging(), sourceRoot);
                org.parkbench.site.pages.LanguageChooser.write(engine(), root, request.course(), languages);
                filesWritten.addAll(root.written());
                pagesWritten += root.count(".html");
            }
            out.commit();
            phases.lap("swapped in, old site deleted");
            return new BuildResult(pagesWritten, figuresWritten, filesWritten, Duration.ofNanos(System.nanoTime() - start),
                    figuresDrawn, warnings.stream().distinct().sorted().toList());
        } catch (RuntimeException | Error e) {
            out.abandon();
            throw e;
        }
    }

    /** One language's site, into {@code files}: the general figures, every case's pages, the pages over all cases. */
    private void writeSite(BuildRequest request, Casebook casebook, ExerciseSet exercises, Language language, SiteFiles files,
                           FigureCache cache, FigureFiles figureFiles, RenderPool pool, LiveSite.State keep, PhaseClock phases) {
        Withholding withholding = request.profile().withholding(exercises);
        SiteFigures figures = figureFiles == null ? SiteFigures.none() : new SiteFigures(figureFiles.general(casebook, withholding));
        Templates engine = engine();
        Bibliography bibliography = new Bibliography(casebook);
        PageSet pages = PageSet.of(
                new SiteContent(request.course().in(language), casebook, exercises, request.profile(), bibliography, figures,
                        buildDate(request), language),
                new PageOutput(engine, markdown, files, pool, keep.search, keep.rowCounts));
        copyAssets(files);
        phases.lap("general figures, site ready");
        List<CaseStudy> cases = casebook.cases();
        for (int i = 0; i < cases.size(); i++) {
            int at = i;
            pool.submit(() -> {
                // one case at a time through figures, case page, park pages and data files: its figures are then dropped
                CaseStudy c = cases.get(at);
                List<SiteFigures.FigureView> views = figureFiles == null ? List.of() : figureFiles.ofCase(c, withholding);
                figures.register(c.id(), views);
                pages.casePage(at, views);
                pages.parkPages(c, views);
                pages.caseData(c);
            });
        }
        pages.coursePages();
        pool.await();
        phases.lap("pages, figures, case data");
        phases.pages(pages.templateTimes());
        pages.dataPage();
        phases.lap("all-cases data, datapackage");
        files.text(SitePaths.ASSETS + "search-index.js", keep.search.script());
        if (request.figures()) {
            files.text(FigureCache.MANIFEST, cache.manifest());
        }
        List<Diagnostic> problems = pages.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSiteInputException(problems.stream().sorted().toList());
        }
        phases.lap("search index");
        keep.built(request, casebook, figures, engine, exercises);
        keep.remember(cache, bibliography);
    }

    /** PB702 for each case of the course with no translation into {@code language}: its pages say so. */
    public static List<Diagnostic> untranslatedCases(Casebook casebook, Language language) {
        return casebook.cases().stream().filter(c -> !c.isTranslatedInto(language))
                .map(c -> new Diagnostic(c.meta().origin(), Severity.WARNING, DiagnosticCode.PB702, "case " + c.id() + " has no "
                        + language.englishName() + " translation (case." + language.code() + ".md)",
                        "its pages show it in English under a notice; translate it as docs/translating.md says"))
                .toList();
    }

    String buildDate(BuildRequest request) {
        return request.course().stampBuildDate() ? LocalDate.now(clock).toString() : "";
    }

    Path sourceRoot() {
        return sourceRoot;
    }

    MarkdownRenderer markdown() {
        return markdown;
    }

    /** The engine: shared across builds, or, when templates come from the source tree, fresh per build so edits show. */
    Templates engine() {
        return sourceRoot == null ? templates : new Templates(sourceRoot);
    }

    /** The course's cases, in course order; every case the course names must be loaded. */
    static Casebook select(BuildRequest request) {
        Casebook all = request.casebook();
        List<Diagnostic> problems = request.course().checkCases(all.cases().stream().map(CaseStudy::id).toList());
        if (!problems.isEmpty()) {
            throw new InvalidSiteInputException(problems);
        }
        List<CaseStudy> chosen = request.course().caseIds().stream().map(all::caseStudy).flatMap(Optional::stream).toList();
        // what the course leaves out stays behind it, for the links across cases to resolve against
        List<CaseStudy> behind = new ArrayList<>(all.whole().cases());
        behind.removeAll(chosen);
        return new Casebook(chosen, behind);
    }

    static void copyAssets(SiteFiles files) {
        for (String a : ASSETS) {
            if (a.equals(STYLESHEET)) {
                // the models' colours are the figures': written from DevelopmentModel, not kept in the file
                String css = files.resourceText(ASSET_ROOT + a);
                files.text(SitePaths.ASSETS + a, StyleText.compact(css + ModelStylesheet.rules(css)));
            } else if (a.endsWith(".css")) {
                files.text(SitePaths.ASSETS + a, StyleText.compact(files.resourceText(ASSET_ROOT + a)));
            } else if (a.endsWith(".js")) {
                files.text(SitePaths.ASSETS + a, ScriptText.compact(files.resourceText(ASSET_ROOT + a)));
            } else {
                files.resource(ASSET_ROOT + a, SitePaths.ASSETS + a);
            }
        }
        for (String a : ENGINE_SCRIPTS) {
            files.text(SitePaths.ASSETS + a, ScriptText.compact(files.resourceText(ENGINE_ROOT + a)));
        }
    }
}
