package org.parkbench.site.render;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * Builds the course site: every page, asset, data file and figure of a course, written to a
 * staging directory and swapped into place only when complete. The course's exercises are loaded
 * here, once per build, from the cases of the request: an exercise that does not load (or whose
 * key the data cannot give) fails the build like bad case data, and its warnings, with the
 * learning objectives no exercise assesses, come back in the {@link BuildResult}. The same request gives
 * byte-identical files (nothing depends on time, locale, platform or map order), unless the
 * course asks for the build date to be shown.
 */
public final class SiteBuilder {
    static final String ASSET_ROOT = "parkbench/site/assets/";
    static final List<String> ASSETS = List.of("site.css", "site.js", "search.js", "favicon.svg", "exercises.css", "exercise-progress.js",
            "exercise-page.js", "exercise-index.js");
    /** The exercises engine's browser scripts (variant choice, answer check, answer files), shipped as they are. */
    static final String ENGINE_ROOT = "parkbench/exercises/";
    static final List<String> ENGINE_SCRIPTS = List.of("variant.js", "check.js", "answers.js");
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/";

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
        this.templates = new Templates(sourceRoot);
    }

    /**
     * Builds the site.
     *
     * @throws OutputRefusedException     when the output directory is foreign (nothing written)
     * @throws InvalidSiteInputException when the course or the data cannot make a correct site
     *                                    (the previous site is untouched)
     */
    public BuildResult build(BuildRequest request) {
        long start = System.nanoTime();
        Casebook casebook = select(request);
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook);
        if (exercises.hasErrors()) {
            throw new InvalidSiteInputException(exercises.diagnostics());
        }
        List<Diagnostic> warnings = new ArrayList<>(exercises.warnings());
        warnings.addAll(exercises.value().unassessedObjectiveWarnings());
        OutputDirectory out = OutputDirectory.prepare(request.outDir());
        try {
            SiteFiles files = new SiteFiles(out.staging(), sourceRoot);
            Figures figures = request.figures() ? FigureFiles.write(casebook, files) : Figures.none();
            String buildDate = request.course().stampBuildDate() ? LocalDate.now(clock).toString() : "";
            Site site = new Site(request.course(), casebook, exercises.value(), request.profile(), templates, markdown, figures, files,
                    buildDate);
            copyAssets(files);
            new HomePage(site).write();
            new ModelPages(site).write();
            new CasePages(site).write();
            new ExercisePages(site).write();
            new ComparePage(site).write();
            new ParkCatalogue(site).write();
            new DataPage(site).write();
            Glossary.load().write(site);
            new SimplePages(site).write();
            if (request.profile().isInstructor()) {
                new InstructorPages(site).write();
            }
            files.text(SitePaths.ASSETS + "search-index.js", site.search.script());
            if (!site.problems.isEmpty()) {
                throw new InvalidSiteInputException(site.problems);
            }
            out.commit();
            return new BuildResult(files.count(".html"), figures.all().size(), files.written(),
                    Duration.ofNanos(System.nanoTime() - start), warnings.stream().sorted().toList());
        } catch (RuntimeException | Error e) {
            out.abandon();
            throw e;
        }
    }

    /** The course's cases, in course order; every case the course names must be loaded. */
    private static Casebook select(BuildRequest request) {
        Casebook all = request.casebook();
        List<Diagnostic> problems = request.course().checkCases(all.cases().stream().map(CaseStudy::id).toList());
        if (!problems.isEmpty()) {
            throw new InvalidSiteInputException(problems);
        }
        return new Casebook(request.course().caseIds().stream().map(all::caseStudy).flatMap(Optional::stream).toList());
    }

    private static void copyAssets(SiteFiles files) {
        for (String a : ASSETS) {
            files.resource(ASSET_ROOT + a, SitePaths.ASSETS + a);
        }
        for (String a : ENGINE_SCRIPTS) {
            files.resource(ENGINE_ROOT + a, SitePaths.ASSETS + a);
        }
        files.resource(LUNR + "lunr.min.js", SitePaths.ASSETS + "lunr.min.js");
        files.resource(LUNR + "LICENSE", SitePaths.ASSETS + "lunr-LICENSE.txt");
    }
}
