package org.parkbench.site.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parkbench.site.render.BuildRequest;
import org.parkbench.site.render.BuildResult;
import org.parkbench.site.render.SiteBuilder;

/**
 * {@code parkbench serve}: builds the site, serves it on 127.0.0.1, and rebuilds whenever case data,
 * templates or the course file change; open pages then reload themselves. A rebuild that fails
 * (invalid data) is reported through {@code log} and the last good site stays online.
 *
 * <p>{@code request} is called for every build, so it re-reads the course file and the cases from
 * disk; it may throw (invalid input) and is reported like a failed build.
 */
public final class Preview implements AutoCloseable {
    private final Callable<BuildRequest> request;
    private final SiteBuilder builder;
    private final Consumer<String> log;
    private PreviewServer server;
    private ChangeWatcher watcher;

    public Preview(Callable<BuildRequest> request, SiteBuilder builder, Consumer<String> log) {
        this.request = request;
        this.builder = builder;
        this.log = log;
    }

    /**
     * Builds once, then serves {@code siteDir} on {@code port} and watches {@code watched}.
     *
     * @throws Exception from the first build: nothing is served when there is no site to serve
     */
    public URI start(Path siteDir, int port, List<Path> watched) throws Exception {
        BuildResult first = builder.build(request.call());
        log.accept("built " + first.pagesWritten() + " pages in " + first.duration().toMillis() + " ms");
        server = PreviewServer.start(siteDir, port);
        watcher = ChangeWatcher.start(watched, this::rebuild);
        return server.uri();
    }

    /** Rebuilds now; on success open pages reload. Returns whether the rebuild succeeded. */
    public synchronized boolean rebuild() {
        try {
            BuildResult result = builder.build(request.call());
            server.bumpVersion();
            log.accept("rebuilt " + result.pagesWritten() + " pages in " + result.duration().toMillis() + " ms");
            return true;
        } catch (Exception e) {
            log.accept("rebuild failed; still serving the previous site:" + System.lineSeparator() + e.getMessage());
            return false;
        }
    }

    public PreviewServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
