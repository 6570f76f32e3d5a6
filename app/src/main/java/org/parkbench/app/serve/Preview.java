package org.parkbench.app.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureRenderer;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.InvalidSiteInputException;
import org.parkbench.site.build.LiveSite;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.output.OutputRefusedException;

/**
 * {@code parkbench serve}: builds the site, serves it on 127.0.0.1, and rebuilds whenever case data,
 * templates or the course file change; open pages then reload themselves. A change confined to
 * one case's files (the usual edit) is narrowed down by a {@link CaseReload} and updates only what
 * depends on that case, its own page first ({@link LiveSite#update}); any other change rebuilds
 * everything. A rebuild that fails (invalid data) is reported through {@code log} and the last good
 * site stays online.
 *
 * <p>{@code request} is called for every full build, so it re-reads the course file and the cases
 * from disk; it may throw (invalid input) and is reported like a failed build.
 */
public final class Preview implements AutoCloseable {
    /** Narrows a change down to one case and re-reads only that case. */
    public interface CaseReload {
        /**
         * The request after re-reading the one case whose files are {@code changed}, or empty when
         * the change is not confined to one case's data (the course file, a template, two cases,
         * an id that now clashes with another case's).
         *
         * @throws Exception when the case's data is invalid (its diagnostics in the message)
         */
        Optional<Reloaded> reload(BuildRequest current, Set<Path> changed) throws Exception;
    }

    /** A request with one case re-read. */
    public record Reloaded(BuildRequest request, String caseId) {
    }

    private final Callable<BuildRequest> request;
    private final CaseReload reload;
    private final LiveSite site;
    private final Consumer<String> log;
    private PreviewServer server;
    private ChangeWatcher watcher;

    public Preview(Callable<BuildRequest> request, SiteBuilder builder, Consumer<String> log) {
        this(request, (current, changed) -> Optional.empty(), builder, log);
    }

    public Preview(Callable<BuildRequest> request, CaseReload reload, SiteBuilder builder, Consumer<String> log) {
        this.request = request;
        this.reload = reload;
        this.site = new LiveSite(builder);
        this.log = log;
    }

    /**
     * Builds once, then serves {@code siteDir} on {@code port} and watches {@code watched}.
     *
     * @throws OutputRefusedException before anything is built, when {@code siteDir} is inside a
     *         watched directory (each build would set off the next, for ever)
     * @throws Exception from the first build: nothing is served when there is no site to serve
     */
    public URI start(Path siteDir, int port, List<Path> watched) throws Exception {
        Optional<Path> around = ChangeWatcher.watchedAround(siteDir, watched);
        if (around.isPresent()) {
            throw new OutputRefusedException(siteDir, "it is inside " + around.get() + ", which the preview watches for changes, "
                    + "so every build would set off another; choose an --out outside the case folders and templates");
        }
        BuildRequest initial = request.call();
        BuildResult first = site.build(initial);
        log.accept("built " + first.pagesWritten() + " pages in " + first.duration().toMillis() + " ms");
        if (initial.figures() && first.figuresDrawn() == 0 && !initial.casebook().cases().isEmpty()) {
            warmUpCharts(initial.casebook().cases().get(0));
        }
        server = PreviewServer.start(siteDir, port);
        watcher = ChangeWatcher.watch(watched, this::changed);
        return server.uri();
    }

    /**
     * Every figure of the first build was reused from the site before, so nothing in this process
     * has drawn a chart yet, and the first edit would pay for loading and compiling the chart code
     * (about 200 ms). One figure of {@code c} is drawn in the background now, and thrown away.
     */
    private static void warmUpCharts(CaseStudy c) {
        Thread warm = new Thread(() -> {
            try {
                FigureCatalogue.ofCase(c, FigureCatalogue.contributions(Preview.class.getClassLoader())).figures().stream()
                        .findFirst().ifPresent(FigureRenderer::svg);
            } catch (RuntimeException e) {
                // only a warm-up: the edit that needs the figure draws it and reports any problem
            }
        }, "parkbench-chart-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** Rebuilds everything now; on success open pages reload. Returns whether the rebuild succeeded. */
    public synchronized boolean rebuild() {
        try {
            BuildResult result = site.build(request.call());
            server.problems("");
            server.bumpVersion();
            log.accept("rebuilt " + result.pagesWritten() + " pages in " + result.duration().toMillis() + " ms");
            return true;
        } catch (Exception e) {
            failed(e);
            return false;
        }
    }

    /**
     * Reacts to changed files: updates one case when the change is confined to it, else rebuilds
     * everything. Returns whether the site now reflects the change.
     */
    public synchronized boolean changed(Set<Path> files) {
        long start = System.nanoTime();
        Optional<Reloaded> one;
        try {
            one = site.isBuilt() ? reload.reload(site.current(), files) : Optional.empty();
        } catch (Exception e) {
            failed(e);
            return false;
        }
        if (one.isEmpty()) {
            return rebuild();
        }
        try {
            BuildResult result = site.update(one.get().request(), one.get().caseId(), () -> {
                server.problems("");
                server.bumpVersion();
                log.accept("updated case " + one.get().caseId() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            });
            server.bumpVersion();
            log.accept("updated the pages over every case; " + result.pagesWritten() + " pages and " + result.figuresDrawn()
                    + " figures written in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return true;
        } catch (InvalidSiteInputException e) {
            server.problems(e.getMessage());
            server.bumpVersion();
            log.accept("updated, but the case has problems (shown marked in its page):" + System.lineSeparator() + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            log.accept("update failed (" + e.getMessage() + "); rebuilding everything");
            return rebuild();
        }
    }

    /** A build that failed: told in the terminal and laid over the open pages, the previous site still served. */
    private void failed(Exception e) {
        log.accept("rebuild failed; still serving the previous site:" + System.lineSeparator() + e.getMessage());
        server.problems(e.getMessage());
    }

    public PreviewServer server() {
        return server;
    }

    /** Stops watching and serving, and lets the output folder's lock go. */
    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        site.close();
    }
}
