package org.parkbench.app.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches directories (recursively) and single files for changes and calls back with the changed
 * files once a burst of changes has settled (no event for {@value #SETTLE_MILLIS} ms), so saving
 * five CSV files rebuilds once. The pause is short because it is part of what a reader waits for
 * between saving a file and seeing the page change. The watching is io.methvin's directory-watcher:
 * the JDK's {@code WatchService} on Linux and Windows, and on macOS the native file-system events
 * where the JDK's own service polls every few seconds. A single file is watched through its
 * directory, that directory alone (not what is below it), and only changes to the file count.
 */
public final class ChangeWatcher implements AutoCloseable {
    static final long SETTLE_MILLIS = 25;
    /** Visits a directory and the files directly in it, not its subdirectories: for a watched file's folder. */
    private static final FileTreeVisitor TOP_LEVEL = (dir, onDirectory, onFile) -> {
        onDirectory.call(dir);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    onFile.call(entry);
                }
            }
        }
    };

    private final List<DirectoryWatcher> watchers = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parkbench-watch");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Path> events = new LinkedBlockingQueue<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    private ChangeWatcher(Consumer<Set<Path>> onChange) {
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "parkbench-watch-settle");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code paths}: a directory is watched with everything under it, a file through
     * its directory (only changes to that file count).
     */
    public static ChangeWatcher start(List<Path> paths, Runnable onChange) throws IOException {
        return watch(paths, changed -> onChange.run());
    }

    /** As {@link #start}, telling which files changed (absolute paths; a directory's own path when an event is lost). */
    public static ChangeWatcher watch(List<Path> paths, Consumer<Set<Path>> onChange) throws IOException {
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Path> dirs = absolute.stream().filter(Files::isDirectory).distinct().toList();
        Set<Path> files = Set.copyOf(absolute.stream().filter(Files::isRegularFile).toList());
        ChangeWatcher watcher = new ChangeWatcher(onChange);
        try {
            if (!dirs.isEmpty()) {
                watcher.add(DirectoryWatcher.builder().paths(dirs).fileHashing(false)
                        .listener(e -> watcher.offer(e, null)).build());
            }
            if (!files.isEmpty()) {
                List<Path> folders = files.stream().map(Path::getParent).distinct().toList();
                watcher.add(DirectoryWatcher.builder().paths(folders).fileHashing(false).fileTreeVisitor(TOP_LEVEL)
                        .listener(e -> watcher.offer(e, files)).build());
            }
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void add(DirectoryWatcher w) {
        watchers.add(w);
        w.watchAsync(threads);
    }

    /** Queues what an event changed: its file, or (events lost) the watched root; only {@code only} when it is given. */
    private void offer(DirectoryChangeEvent event, Set<Path> only) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            events.add(event.rootPath());
            return;
        }
        Path changed = event.path() == null ? event.rootPath() : event.path().toAbsolutePath().normalize();
        if (only == null || only.contains(changed)) {
            events.add(changed);
        }
    }

    /**
     * The watched directory that {@code out} is inside (or is), if any: what is written there counts as
     * a change, so a site built there would set off the next build, and that one the next. A watched
     * file's own directory does not count, as only changes to the file itself do. Symbolic links are
     * followed, also for the part of {@code out} that exists already.
     */
    static Optional<Path> watchedAround(Path out, List<Path> watched) {
        Path site = real(out);
        return watched.stream().filter(Files::isDirectory).filter(w -> site.startsWith(real(w))).findFirst();
    }

    /** The absolute path with links resolved as far as it exists (the rest, not written yet, as given). */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(events.take());
                // let the burst settle: keep draining until quiet
                Path next;
                while ((next = events.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed.add(next);
                }
                onChange.accept(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        IOException first = null;
        for (DirectoryWatcher w : watchers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        threads.shutdownNow();
        if (first != null) {
            throw first;
        }
    }
}
