package org.parkbench.site.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.figures.FigureFiles;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.FigureCache;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputLock;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.PageLimits;
import org.parkbench.site.pages.PageOutput;
import org.parkbench.site.pages.PageSet;
import org.parkbench.site.pages.PhaseClock;
import org.parkbench.site.pages.SearchIndex;
import org.parkbench.site.pages.SiteContent;
import org.parkbench.site.template.Templates;

/**
 * A site a preview serves and keeps up to date. The first build (and any change the preview
 * cannot narrow down) is a full build, staged and swapped in as {@code build} does it; a change
 * confined to one case is an {@link #update} in place: the case's page, the pages of its parks
 * whose data changed and the figures whose data changed are written first (then
 * {@code pageReady} runs, so the preview can tell open pages to reload), and then the pages that
 * show every case (home, catalogue, comparison, models, references, data, search index, general
 * figures). Each file is replaced atomically, so the server never sends half a page. While it is
 * live it holds the output folder's {@link OutputLock}: a {@code build} into the same folder is
 * refused rather than swapping a site in under the preview's updates.
 */
public final class LiveSite implements AutoCloseable {
    /** What a build leaves for the next update: the search index, the figures, the data files' row counts. */
    static final class State {
        final SearchIndex search = new SearchIndex();
        final Map<String, int[]> rowCounts = new ConcurrentHashMap<>();
        private BuildRequest request;
        private Casebook casebook;
        private SiteFigures figures = SiteFigures.none();
        private Templates templates;
        private ExerciseSet exercises;
        private FigureCache cache = FigureCache.empty();
        private Bibliography bibliography;
        /** For a site in several languages: what each language's build left (this one holds only the request). */
        private final Map<Language, State> languages = new java.util.EnumMap<>(Language.class);

        /** What the build of {@code language}'s folder leaves, in a site of several languages. */
        State of(Language language) {
            return languages.computeIfAbsent(language, l -> new State());
        }

        void remember(FigureCache figures, Bibliography references) {
            this.cache = figures;
            this.bibliography = references;
        }

        void built(BuildRequest request, Casebook casebook, SiteFigures figures, Templates templates, ExerciseSet exercises) {
            this.request = request;
            this.casebook = casebook;
            this.figures = figures;
            this.templates = templates;
            this.exercises = exercises;
        }
    }

    private final SiteBuilder builder;
    private State state;
    private OutputLock lock;

    public LiveSite(SiteBuilder builder) {
        this.builder = builder;
    }

    /**
     * A full build (staged, then swapped in); the basis of later updates. The first one takes the
     * output folder's lock, which is then held until {@link #close}, so no build into the same folder
     * runs while the site is live; a first build that fails lets it go again.
     *
     * @throws OutputBusyException when another build or preview is writing the folder
     */
    public synchronized BuildResult build(BuildRequest request) {
        if (lock == null || !lock.covers(request.outDir())) {
            close();
            lock = OutputLock.acquire(request.outDir());
        }
        State next = new State();
        try {
            BuildResult result = builder.build(request, next, lock);
            state = next;
            return result;
        } catch (RuntimeException | Error e) {
            if (state == null) {
                close();
            }
            throw e;
        }
    }

    /** Lets the output folder's lock go: builds into it may run again. The site stays as it is. */
    @Override
    public synchronized void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** Whether there is a built site to update. */
    public synchronized boolean isBuilt() {
        return state != null && state.request != null;
    }

    /** The request of the last build or update. */
    public synchronized BuildRequest current() {
        return state == null ? null : state.request;
    }

    /**
     * Updates the site for {@code request}, which differs from the last one only in case
     * {@code caseId}: that case's pages first, then {@code pageReady}, then the pages over every case.
     *
     * @throws InvalidSiteInputException when the case's pages cannot be made correctly (a citation
     *                                    that names nothing); the pages already written show it marked
     */
    public synchronized BuildResult update(BuildRequest request, String caseId, Runnable pageReady) {
        if (!isBuilt()) {
            throw new IllegalStateException("update before a first build");
        }
        List<Language> languages = request.course().siteLanguages();
        boolean several = languages.size() > 1;
        Path base = request.outDir().toAbsolutePath().normalize();
        try (RenderPool pool = RenderPool.forThisMachine()) {
            // the case's pages in every language first, then the reload, then what shows every case
            List<java.util.function.Supplier<BuildResult>> rest = new ArrayList<>();
            for (Language language : languages) {
                State st = several ? state.of(language) : state;
                rest.add(caseFirst(request, caseId, language, st, several ? base.resolve(language.code()) : base, pool));
            }
            pageReady.run();
            List<BuildResult> results = new ArrayList<>();
            rest.forEach(r -> results.add(r.get()));
            if (several) {
                state.built(request, null, SiteFigures.none(), null, null);
            }
            return results.size() == 1 ? results.get(0) : combined(results, languages);
        }
    }

    /** The results of one update per language as one: pages, files (under each language's folder), figures, warnings. */
    private static BuildResult combined(List<BuildResult> results, List<Language> languages) {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        int pages = 0;
        int figures = 0;
        int drawn = 0;
        Duration took = Duration.ZERO;
        for (int i = 0; i < results.size(); i++) {
            BuildResult r = results.get(i);
            Path folder = Path.of(languages.get(i).code());
            r.files().forEach(f -> files.add(folder.resolve(f)));
            r.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            pages += r.pagesWritten();
            figures += r.figuresWritten();
            drawn += r.figuresDrawn();
            took = took.plus(r.duration());
        }
        return new BuildResult(pages, figures, files, took, drawn, warnings.stream().sorted().toList());
    }

    /**
     * One language's update of case {@code caseId} into {@code dir}: the case's own pages now; what
     * shows every case when the returned step is run.
     */
    private java.util.function.Supplier<BuildResult> caseFirst(BuildRequest request, String caseId, Language language, State st,
                                                               Path dir, RenderPool pool) {
        long start = System.nanoTime();
        PhaseClock phases = PhaseClock.start();
        Casebook casebook = SiteBuilder.select(request).in(language);
        CaseStudy changed = casebook.caseStudy(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        CaseStudy before = st.casebook.caseStudy(caseId).orElse(null);
        List<CaseStudy> cases = casebook.cases();
        int index = cases.indexOf(changed);
        SiteFiles files = SiteFiles.inPlace(dir, builder.sourceRoot());
        FigureCache cache = request.figures() ? st.cache.continuing(dir) : FigureCache.empty();
        FigureFiles figureFiles = request.figures() ? new FigureFiles(files, cache, pool, language) : null;
        // the case's page first, with the exercises as they were (loading them all again takes longer than the page);
        // step 2 loads them afresh and writes the page again with them
        // and the bibliography as it was while the case's sources are the same (its anchors are then the same)
        boolean sameSources = before != null && before.sources().equals(changed.sources());
        Bibliography bibliography = sameSources ? st.bibliography : new Bibliography(casebook);
        PageOutput output = new PageOutput(st.templates, builder.markdown(), files, pool, st.search, st.rowCounts);
        PageSet site = PageSet.of(new SiteContent(request.course().in(language), casebook, st.exercises, request.profile(),
                bibliography, st.figures, builder.buildDate(request), language), output);
        phases.lap("update: site ready");

        // 1. the case itself: its page, the pages and figures of its parks that changed, its data files
        Set<String> dirty = changedParks(before, changed);
        List<SiteFigures.FigureView> views = caseFigures(st, figureFiles, changed, dirty, cache, files,
                request.profile().withholding(st.exercises));
        phases.lap("update: case figures");
        site.casePage(index, views);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < changed.parks().size(); i++) {
            if (dirty.contains(changed.parks().get(i).id())) {
                positions.add(i);
            }
        }
        pool.forEach(positions, i -> site.parkPage(changed, i, views.stream()
                .filter(f -> f.parkId().equals(changed.parks().get(i).id())).toList()));
        if (before != null) {
            Set<String> now = new HashSet<>(changed.parks().stream().map(Park::id).toList());
            before.parks().stream().map(Park::id).filter(id -> !now.contains(id)).forEach(id -> {
                files.delete(SitePaths.park(id));
                st.search.remove(SitePaths.park(id));
            });
        }
        List<Diagnostic> problems = site.problems();
        phases.lap("update: case pages written");
        return () -> {
            // 2. what shows every case, and the case's page again with its exercises loaded afresh
            Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook, language);
            if (exercises.hasErrors()) {
                throw new InvalidSiteInputException(exercises.diagnostics());
            }
            SiteFigures figures = st.figures;
            Withholding withholding = request.profile().withholding(exercises.value());
            if (figureFiles != null) {
                figures = st.figures.withGeneral(figureFiles.general(casebook, withholding));
            }
            Bibliography references = sameSources ? new Bibliography(casebook) : bibliography;
            PageSet all = site.with(figures, exercises.value(), references);
            pool.submit(() -> all.casePage(index, views));
            pool.submit(() -> all.caseData(changed));
            if (figureFiles != null) {
                orderCaseFigures(st, figureFiles, changed);
            }
            boolean titleChanged = before == null || !before.meta().title().equals(changed.meta().title());
            if (titleChanged) {
                for (int neighbour : List.of(index - 1, index + 1)) {
                    if (neighbour >= 0 && neighbour < cases.size()) {
                        CaseStudy n = cases.get(neighbour);
                        List<SiteFigures.FigureView> nViews = figureFiles == null || PageSet.showsParksApart(n) ? List.of()
                                : figureFiles.ofCase(n, withholding);
                        pool.submit(() -> all.casePage(neighbour, nViews));
                    }
                }
            }
            all.coursePages();
            pool.await();
            phases.lap("update: pages over every case");
            deleteSurplusPages(files, st.casebook, casebook);
            Set<String> exerciseIds = new HashSet<>(exercises.value().exercises().stream().map(e -> e.id()).toList());
            st.exercises.exercises().stream().map(e -> e.id()).filter(id -> !exerciseIds.contains(id)).forEach(id -> {
                files.delete(SitePaths.exercise(id)); // an exercise that is gone
                st.search.remove(SitePaths.exercise(id));
            });
            all.dataPage();
            files.text(SitePaths.ASSETS + "search-index.js", st.search.script());
            if (request.figures()) {
                files.text(FigureCache.MANIFEST, cache.manifest());
            }
            st.built(request, casebook, figures, st.templates, exercises.value());
            st.cache = cache;
            st.bibliography = references;
            phases.lap("update: data and search index");
            List<org.parkbench.core.validate.Diagnostic> later = new ArrayList<>(problems);
            all.problems().stream().filter(p -> !problems.contains(p)).forEach(later::add);
            if (!later.isEmpty()) {
                throw new InvalidSiteInputException(later.stream().sorted().toList());
            }
            List<org.parkbench.core.validate.Diagnostic> warnings = new ArrayList<>(exercises.warnings());
            warnings.addAll(exercises.value().unassessedObjectiveWarnings());
            return new BuildResult(files.count(".html"), figureFiles == null ? 0 : figureFiles.written(), files.written(),
                    Duration.ofNanos(System.nanoTime() - start), figureFiles == null ? 0 : figureFiles.drawn(),
                    warnings.stream().sorted().toList());
        };
    }

    /**
     * The parks of {@code changed} whose page may differ from the last build: all of them when the
     * case's title, sources or park list changed (every park page shows them), else those whose
     * row, observations, stakes or events differ.
     */
    private static Set<String> changedParks(CaseStudy before, CaseStudy changed) {
        Set<String> all = new HashSet<>(changed.parks().stream().map(Park::id).toList());
        if (before == null || !before.meta().equals(changed.meta()) || !before.sources().equals(changed.sources())
                || !before.parks().stream().map(Park::id).toList().equals(changed.parks().stream().map(Park::id).toList())
                || !before.parks().stream().map(Park::nameEn).toList().equals(changed.parks().stream().map(Park::nameEn).toList())) {
            return all;
        }
        Set<String> dirty = new HashSet<>();
        for (Park p : changed.parks()) {
            if (!Objects.equals(before.park(p.id()).orElse(null), p) || !before.observations(p.id()).equals(changed.observations(p.id()))
                    || !before.stakes(p.id()).equals(changed.stakes(p.id())) || !before.events(p.id()).equals(changed.events(p.id()))) {
                dirty.add(p.id());
            }
        }
        return dirty;
    }

    /**
     * The figures the case page and the dirty park pages show: all of a case shown inline (few
     * parks), else only the dirty parks' ones. SiteFigures of the case that no longer exist are deleted.
     */
    private List<SiteFigures.FigureView> caseFigures(State st, FigureFiles figureFiles, CaseStudy c, Set<String> dirty, FigureCache cache,
                                                 SiteFiles files, Withholding withholding) {
        if (figureFiles == null) {
            return List.of();
        }
        boolean everyPark = !PageSet.showsParksApart(c) || dirty.size() == c.parks().size();
        CaseStudy subject = everyPark ? c : c.withParks(dirty);
        List<SiteFigures.FigureView> views = figureFiles.ofCase(subject, withholding);
        Set<String> ids = new HashSet<>(views.stream().map(SiteFigures.FigureView::id).toList());
        List<SiteFigures.FileEntry> kept = new ArrayList<>();
        for (SiteFigures.FileEntry old : st.figures.caseFiles(c.id())) {
            boolean ofDirtyPark = dirty.contains(old.parkId());
            if (ids.contains(old.id())) {
                continue; // drawn (or found unchanged) again just now
            }
            if (everyPark || ofDirtyPark) {
                files.delete(old.image());
                files.delete(old.csv());
                cache.forget(old.id());
            } else {
                kept.add(old);
            }
        }
        List<SiteFigures.FileEntry> entries = new ArrayList<>(kept);
        views.forEach(v -> entries.add(v.file()));
        st.figures.registerFiles(c.id(), entries); // in catalogue order once orderCaseFigures has run
        return views;
    }

    /** Puts the case's figure files back in catalogue order (the data page and datapackage.json list them so). */
    private void orderCaseFigures(State st, FigureFiles figureFiles, CaseStudy c) {
        Map<String, Integer> position = new java.util.HashMap<>();
        List<String> order = figureFiles.order(c);
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        List<SiteFigures.FileEntry> entries = new ArrayList<>(st.figures.caseFiles(c.id()));
        entries.sort(java.util.Comparator.comparingInt(e -> position.getOrDefault(e.id(), Integer.MAX_VALUE)));
        st.figures.registerFiles(c.id(), entries);
    }

    /** Deletes catalogue and comparison pages beyond the last one, when parks were removed. */
    private static void deleteSurplusPages(SiteFiles files, Casebook before, Casebook after) {
        int parksBefore = before.cases().stream().mapToInt(c -> c.parks().size()).sum();
        int parksAfter = after.cases().stream().mapToInt(c -> c.parks().size()).sum();
        for (String first : List.of(SitePaths.PARKS, SitePaths.COMPARE)) {
            int perPage = first.equals(SitePaths.PARKS) ? PageLimits.CATALOGUE_ROWS : PageLimits.COMPARE_ROWS;
            int pagesBefore = Math.max(1, (parksBefore + perPage - 1) / perPage);
            int pagesAfter = Math.max(1, (parksAfter + perPage - 1) / perPage);
            for (int n = pagesAfter + 1; n <= pagesBefore; n++) {
                files.delete(SitePaths.listPage(first, n));
            }
        }
    }
}
