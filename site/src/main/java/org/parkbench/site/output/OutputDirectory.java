package org.parkbench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Where a build writes, so that a reader never sees half a site and never finds the folder gone.
 * The target must be absent, empty, or an earlier Parkbench output (it holds {@value #MARKER});
 * anything else is refused before a byte is written. When {@code --out} is a symbolic link, the
 * folder it leads to is the target: the link stays as it is and what it points at is updated.
 *
 * <p>A build holds the folder's {@link OutputLock} from {@link #prepare} to {@link #commit} or
 * {@link #abandon}, and writes into a fresh staging folder {@code .NAME.building-*} beside the
 * target {@code NAME}, made with the permissions the user's umask gives. {@link #commit} marks it
 * complete (the marker is its last file) and puts it in place in one step: on Linux the two
 * folders are exchanged ({@link DirectorySwap}, {@code renameat2} with {@code RENAME_EXCHANGE}), so
 * the target always exists, then the previous site, now under the staging name, is deleted. Where
 * no exchange exists (Windows, macOS, network file systems) the target is renamed to
 * {@code .NAME.previous-*} and the staging folder to the target: between those two renames the
 * target is missing, and a build killed there is repaired by the next one, which first puts the
 * newest complete site back. Every {@code .NAME.building-*} and {@code .NAME.previous-*} folder a
 * killed build left (or an earlier version of Parkbench) is deleted by the next build before it
 * writes, so after a successful build only the target and its lock file {@code .NAME.lock} are
 * there (docs/decisions/010-site-commit.md).
 */
public final class OutputDirectory {
    public static final String MARKER = ".parkbench-site";
    static final String MARKER_TEXT = "This directory is a course site written by Parkbench. Each build replaces it whole.\n";
    static final String BUILDING = ".building-";
    static final String PREVIOUS = ".previous-";
    private static final int MAX_LINKS = 40;

    private final Path target;
    private final Path staging;
    private final OutputLock lock;
    private final boolean ownsLock;
    private final boolean exchange;
    private boolean finished;

    private OutputDirectory(Path target, Path staging, OutputLock lock, boolean ownsLock, boolean exchange) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
        this.ownsLock = ownsLock;
        this.exchange = exchange;
    }

    /**
     * Checks {@code out}, takes its lock for this build, and creates the staging directory beside it.
     *
     * @throws OutputRefusedException when the target is a file or a foreign non-empty directory
     * @throws OutputBusyException    when another build or preview is writing it
     */
    public static OutputDirectory prepare(Path out) {
        return prepare(out, null);
    }

    /**
     * As {@link #prepare(Path)}, under a lock the caller holds for longer (a preview holds it while it
     * runs); {@code held} null takes the lock for this build only.
     */
    public static OutputDirectory prepare(Path out, OutputLock held) {
        return prepare(out, held, true);
    }

    /** {@code exchange} false always renames twice, as systems without an exchange do (for tests of that path). */
    static OutputDirectory prepare(Path out, OutputLock held, boolean exchange) {
        Path target = place(out);
        check(target);
        if (held != null && !held.covers(target)) {
            throw new IllegalArgumentException("the lock held is not the lock of " + target);
        }
        OutputLock lock = held != null ? held : OutputLock.ofPlace(target);
        try {
            check(target); // again, now that no other build can change it
            restore(target);
            removeLeftovers(target);
            return new OutputDirectory(target, staging(target), lock, held == null, exchange);
        } catch (IOException e) {
            if (held == null) {
                lock.close();
            }
            throw new UncheckedIOException("cannot prepare " + target + " for a new site: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (held == null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * The folder a build of {@code out} replaces: {@code out} itself, or, when it is a symbolic link,
     * the folder the link (and any link that leads to) points at.
     */
    public static Path place(Path out) {
        Path p = out.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new OutputRefusedException(out, "its symbolic links lead round in a loop (or more than " + MAX_LINKS + " deep)");
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the symbolic link " + p + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Throws {@link OutputRefusedException} unless {@code target} may be replaced by a site. */
    public static void check(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputRefusedException(target, "it is a file, not a directory");
        }
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new OutputRefusedException(target, "it is not empty and was not written by Parkbench (it has no "
                        + MARKER + " file); choose another --out, or empty it yourself");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** The directory to write the new site into. */
    public Path staging() {
        return staging;
    }

    /** The folder the site goes to (symbolic links followed). */
    public Path target() {
        return target;
    }

    /** Marks the staged site as Parkbench output, puts it in place of the target and deletes the previous site. */
    public void commit() {
        try {
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            check(target);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(staging, target);
            } else if (exchange && DirectorySwap.exchange(staging, target)) {
                discardQuietly(staging); // the previous site, under the staging name now
            } else {
                renameTwice();
            }
            finished = true;
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot put the new site in place at " + target + ": "
                    + e.getMessage(), e);
            try {
                abandon();
            } catch (UncheckedIOException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
            throw failure;
        } finally {
            releaseOwnLock();
        }
    }

    /** The commit where the system has no exchange: the target is missing between the two renames. */
    private void renameTwice() throws IOException {
        Path previous = sibling(target, PREVIOUS + suffix());
        move(target, previous);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(previous, target);
            throw e;
        }
        discardQuietly(previous);
    }

    /** Deletes the staging directory and releases the lock; the target is untouched. Does nothing after a commit. */
    public void abandon() {
        try {
            if (!finished) {
                finished = true;
                delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging directory " + staging + ": " + e.getMessage(), e);
        } finally {
            releaseOwnLock();
        }
    }

    private void releaseOwnLock() {
        if (ownsLock) {
            lock.close();
        }
    }

    /**
     * After a kill between the two renames of a commit without exchange the target is missing: the
     * newest complete site beside it (its marker written last) takes its place, before anything else.
     */
    private static void restore(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<Path> newest = leftovers(target).stream().filter(d -> Files.isRegularFile(d.resolve(MARKER), LinkOption.NOFOLLOW_LINKS))
                .max(Comparator.comparing(OutputDirectory::markerTime));
        if (newest.isPresent()) {
            move(newest.get(), target);
        }
    }

    private static FileTime markerTime(Path site) {
        try {
            return Files.getLastModifiedTime(site.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Deletes what killed builds left beside the target: staging folders and previous sites. */
    private static void removeLeftovers(Path target) throws IOException {
        for (Path leftover : leftovers(target)) {
            try {
                discard(leftover);
            } catch (IOException e) {
                throw new IOException("cannot delete " + leftover + ", left by an interrupted build (" + e.getMessage()
                        + "); delete it yourself and build again", e);
            }
        }
    }

    /** The {@code .NAME.building-*} and {@code .NAME.previous-*} entries beside the target {@code NAME}. */
    static List<Path> leftovers(Path target) throws IOException {
        String name = target.getFileName().toString();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            siblings.filter(s -> {
                String n = s.getFileName().toString();
                return n.startsWith("." + name + BUILDING) || n.startsWith("." + name + PREVIOUS);
            }).sorted().forEach(found::add);
        }
        return found;
    }

    /** A new staging folder beside the target, with the permissions the umask gives (not a temporary folder's 0700). */
    private static Path staging(Path target) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(sibling(target, BUILDING + suffix()));
            } catch (FileAlreadyExistsException e) {
                // a name drawn twice: draw again
            }
        }
    }

    private static Path sibling(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + kind);
    }

    private static String suffix() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a site folder, its marker first, so that a deletion cut short never leaves something that looks complete. */
    private static void discard(Path site) throws IOException {
        if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(site.resolve(MARKER));
        }
        delete(site);
    }

    /** Deletes the previous site once the new one is in place; what cannot be deleted now, the next build deletes. */
    private static void discardQuietly(Path previous) {
        try {
            discard(previous);
        } catch (IOException e) {
            // the new site is in place; the leftover is removed (or reported) by the next build
        }
    }

    /** Deletes {@code dir} and everything in it; a symbolic link is deleted, not followed. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
