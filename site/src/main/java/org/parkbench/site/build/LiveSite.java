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
        if (request.course().siteLanguages().size() > 1) {
            // a site in several languages is rebuilt whole: every language's pages of the case change
            BuildResult whole = build(request);
            pageReady.run();
            return whole;
        }
        long start = System.nanoTime();
        PhaseClock phases = PhaseClock.start();
        Language language = request.course().siteLanguages().get(0);
        Casebook casebook = SiteBuilder.select(request).in(language);
        CaseStudy changed = casebook.caseStudy(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        CaseStudy before = state.casebook.caseStudy(caseId).orElse(null);
        List<CaseStudy> cases = casebook.cases();
        int index = cases.indexOf(changed);
        Path dir = request.outDir().toAbsolutePath().normalize();
        try (RenderPool pool = RenderPool.forThisMachine()) {
            SiteFiles files = SiteFiles.inPlace(dir, builder.sourceRoot());
            FigureCache cache = request.figures() ? state.cache.continuing(dir) : FigureCache.empty();
            FigureFiles figureFiles = request.figures() ? new FigureFiles(files, cache, pool, language) : null;
            // the case's page first, with the exercises as they were (loading them all again takes longer than the page);
            // step 2 loads them afresh and writes the page again with them
            // and the bibliography as it was while the case's sources are the same (its anchors are then the same)
            boolean sameSources = before != null && before.sources().equals(changed.sources());
            Bibliography bibliography = sameSources ? state.bibliography : new Bibliography(casebook);
            PageOutput output = new PageOutput(state.templates, builder.markdown(), files, pool, state.search, state.rowCounts);
            PageSet site = PageSet.of(new SiteContent(request.course().in(language), casebook, state.exercises, request.profile(),
                    bibliography, state.figures, builder.buildDate(request), language), output);
            phases.lap("update: site ready");

            // 1. the case itself: its page, the pages and figures of its parks that changed, its data files
            Set<String> dirty = changedParks(before, changed);
            List<SiteFigures.FigureView> views = caseFigures(figureFiles, changed, dirty, cache, files,
                    request.profile().withholding(state.exercises));
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
                    state.search.remove(SitePaths.park(id));
                });
            }
            List<Diagnostic> problems = site.problems();
            phases.lap("update: case pages written");
            pageReady.run();

            // 2. what shows every case, and the case's page again with its exercises loaded afresh
            Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook, language);
            if (exercises.hasErrors()) {
                throw new InvalidSiteInputException(exercises.diagnostics());
            }
            SiteFigures figures = state.figures;
            Withholding withholding = request.profile().withholding(exercises.value());
            if (figureFiles != null) {
                figures = state.figures.withGeneral(figureFiles.general(casebook, withholding));
            }
            Bibliography references = sameSources ? new Bibliography(casebook) : bibliography;
            PageSet all = site.with(figures, exercises.value(), references);
            pool.submit(() -> all.casePage(index, views));
            pool.submit(() -> all.caseData(changed));
            if (figureFiles != null) {
                orderCaseFigures(figureFiles, changed);
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
            deleteSurplusPages(files, state.casebook, casebook);
            Set<String> exerciseIds = new HashSet<>(exercises.value().exercises().stream().map(e -> e.id()).toList());
            state.exercises.exercises().stream().map(e -> e.id()).filter(id -> !exerciseIds.contains(id)).forEach(id -> {
                files.delete(SitePaths.exercise(id)); // an exercise that is gone
                state.search.remove(SitePaths.exercise(id));
            });
            all.dataPage();
            files.text(SitePaths.ASSETS + "search-index.js", state.search.script());
            if (request.figures()) {
                files.text(FigureCache.MANIFEST, cache.manifest());
            }
            state.built(request, casebook, figures, state.templates, exercises.value());
            state.cache = cache;
            state.bibliography = references;
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
        }
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
    private List<SiteFigures.FigureView> caseFigures(FigureFiles figureFiles, CaseStudy c, Set<String> dirty, FigureCache cache,
                                                 SiteFiles files, Withholding withholding) {
        if (figureFiles == null) {
            return List.of();
        }
        boolean everyPark = !PageSet.showsParksApart(c) || dirty.size() == c.parks().size();
        CaseStudy subject = everyPark ? c : c.withParks(dirty);
        List<SiteFigures.FigureView> views = figureFiles.ofCase(subject, withholding);
        Set<String> ids = new HashSet<>(views.stream().map(SiteFigures.FigureView::id).toList());
        List<SiteFigures.FileEntry> kept = new ArrayList<>();
        for (SiteFigures.FileEntry old : state.figures.caseFiles(c.id())) {
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
        state.figures.registerFiles(c.id(), entries); // in catalogue order once orderCaseFigures has run
        return views;
    }

    /** Puts the case's figure files back in catalogue order (the data page and datapackage.json list them so). */
    private void orderCaseFigures(FigureFiles figureFiles, CaseStudy c) {
        Map<String, Integer> position = new java.util.HashMap<>();
        List<String> order = figureFiles.order(c);
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        List<SiteFigures.FileEntry> entries = new ArrayList<>(state.figures.caseFiles(c.id()));
        entries.sort(java.util.Comparator.comparingInt(e -> position.getOrDefault(e.id(), Integer.MAX_VALUE)));
        state.figures.registerFiles(c.id(), entries);
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
