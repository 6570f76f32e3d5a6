package org.parkbench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Where a build writes, so that a reader never sees half a site. Files go to a fresh staging
 * directory beside the target; only a complete build is swapped in ({@link #commit}), and a failed
 * one is thrown away ({@link #abandon}), leaving the previous site as it was. The target must be
 * absent, empty, or an earlier Parkbench output (it holds {@value #MARKER}); anything else is refused
 * before a byte is written.
 */
public final class OutputDirectory {
    public static final String MARKER = ".parkbench-site";
    static final String MARKER_TEXT = "This directory is a course site written by Parkbench. Each build replaces it whole.\n";

    private final Path target;
    private final Path staging;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks {@code target} and creates the staging directory beside it.
     *
     * @throws OutputRefusedException when the target is a file or a foreign non-empty directory
     */
    public static OutputDirectory prepare(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        check(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent == null) {
                throw new OutputRefusedException(target, "a site cannot replace the file-system root");
            }
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
            return new OutputDirectory(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging directory beside " + target + ": " + e.getMessage(), e);
        }
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

    public Path target() {
        return target;
    }

    /** Marks the staged site as Parkbench output and swaps it in place of the target. */
    public void commit() {
        try {
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            check(target);
            Path previous = null;
            if (Files.exists(target)) {
                previous = target.resolveSibling("." + target.getFileName() + ".previous-" + Long.toHexString(System.nanoTime()));
                move(target, previous);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (previous != null) {
                    move(previous, target);
                }
                throw e;
            }
            if (previous != null) {
                delete(previous);
            }
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException("cannot put the new site in place at " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging directory; the target is untouched. */
    public void abandon() {
        try {
            delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging directory " + staging + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
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
