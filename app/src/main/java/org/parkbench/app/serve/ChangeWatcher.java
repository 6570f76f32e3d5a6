package org.parkbench.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches directories (recursively) and single files for changes and calls back with the changed
 * files once a burst of changes has settled (no event for {@value #SETTLE_MILLIS} ms), so saving
 * five CSV files rebuilds once. The pause is short because it is part of what a reader waits for
 * between saving a file and seeing the page change. Runs on its own daemon thread.
 */
public final class ChangeWatcher implements AutoCloseable {
    static final long SETTLE_MILLIS = 25;
    private final WatchService service;
    private final List<Path> files;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    private ChangeWatcher(WatchService service, List<Path> files, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.files = files;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "parkbench-watch");
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
        WatchService service = FileSystems.getDefault().newWatchService();
        List<Path> files = paths.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile).toList();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                registerTree(abs, service);
            } else if (Files.isRegularFile(abs)) {
                abs.getParent().register(service, kinds());
            }
        }
        ChangeWatcher watcher = new ChangeWatcher(service, files, onChange);
        watcher.thread.start();
        return watcher;
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

    @SuppressWarnings("unchecked")
    private static WatchEvent.Kind<Path>[] kinds() {
        return new WatchEvent.Kind[] {StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE};
    }

    private static void registerTree(Path dir, WatchService service) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(service, kinds());
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                drain(key, changed);
                // let the burst settle: keep draining until quiet
                WatchKey next;
                while ((next = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key, Set<Path> changedFiles) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changedFiles.add(dir); // events were lost: the whole directory counts as changed
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            boolean watchedFile = files.contains(changed);
            boolean inWatchedTree = files.stream().noneMatch(f -> f.getParent().equals(dir)) || watchedFile;
            if (watchedFile || inWatchedTree) {
                changedFiles.add(changed);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed) && inWatchedTree) {
                try {
                    registerTree(changed, service);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
