package org.parkbench.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The files of a site being built, written under the staging directory. Paths are relative with
 * forward slashes and are checked never to leave the directory; text is UTF-8 with {@code \n}
 * line ends whatever the platform, so builds are byte-identical everywhere. Safe to use from the
 * render threads at once: each file is written by one job, and the list of written files is shared.
 */
public final class SiteFiles {
    private final Path base;
    private final Path sourceRoot;
    private final Queue<String> written = new ConcurrentLinkedQueue<>();
    private final java.util.Set<Path> directories = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final boolean inPlace;

    /** Files under {@code base}; resources are read from {@code sourceRoot} first when it is not null. */
    public SiteFiles(Path base, Path sourceRoot) {
        this(base, sourceRoot, false);
    }

    private SiteFiles(Path base, Path sourceRoot, boolean inPlace) {
        this.base = base;
        this.sourceRoot = sourceRoot;
        this.inPlace = inPlace;
    }

    /**
     * Files of a site that is being served while they change (a preview's update): each file is
     * written beside its place and renamed over it, so a reader gets the old file or the new one,
     * never half of one.
     */
    public static SiteFiles inPlace(Path site, Path sourceRoot) {
        return new SiteFiles(site, sourceRoot, true);
    }

    /** Deletes a file of the site (a page of a park that is gone). */
    public void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + relative + ": " + e.getMessage(), e);
        }
    }

    public void text(String relative, String content) {
        bytes(relative, unixLines(content).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} with CRLF line ends made LF, as every text file of the site has them. */
    public static String unixLines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    public void bytes(String relative, byte[] content) {
        Path file = resolve(relative);
        try {
            directoryOf(file);
            if (inPlace) {
                Path next = beside(file);
                Files.write(next, content);
                replace(next, file);
            } else {
                Files.write(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
        written.add(relative);
    }

    /** Opens {@code relative} for streaming UTF-8 text (large CSV files are written row by row, never held whole). */
    public Writer writer(String relative) {
        Path file = resolve(relative);
        try {
            directoryOf(file);
            Writer out = new java.io.OutputStreamWriter(output(relative), StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code relative} for streaming bytes. */
    public java.io.OutputStream output(String relative) {
        Path file = resolve(relative);
        try {
            directoryOf(file);
            written.add(relative);
            if (!inPlace) {
                return new java.io.BufferedOutputStream(Files.newOutputStream(file));
            }
            Path next = beside(file);
            return new java.io.BufferedOutputStream(Files.newOutputStream(next)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    replace(next, file);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
    }

    /** Links {@code relative} to an identical file of an earlier build (a hard link, or a copy where links do not work). */
    public void reuse(String relative, Path earlier) {
        Path file = resolve(relative);
        if (file.toAbsolutePath().normalize().equals(earlier.toAbsolutePath().normalize())) {
            written.add(relative); // already in place
            return;
        }
        try {
            directoryOf(file);
            try {
                Files.createLink(file, earlier);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(earlier, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reuse " + earlier + " as " + relative + ": " + e.getMessage(), e);
        }
        written.add(relative);
    }

    private static Path beside(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".next-" + Thread.currentThread().getId());
    }

    private static void replace(Path next, Path file) throws IOException {
        try {
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void directoryOf(Path file) throws IOException {
        Path dir = file.getParent();
        if (!directories.contains(dir)) {
            Files.createDirectories(dir);
            directories.add(dir);
        }
    }

    /** Copies a classpath resource into the site. */
    public void resource(String classpathName, String relative) {
        bytes(relative, read(classpathName));
    }

    /** The text of a classpath resource (from the source folder first, as {@link #resource} copies it). */
    public String resourceText(String classpathName) {
        return new String(read(classpathName), StandardCharsets.UTF_8);
    }

    private byte[] read(String classpathName) {
        if (sourceRoot != null && Files.isRegularFile(sourceRoot.resolve(classpathName))) {
            try {
                return Files.readAllBytes(sourceRoot.resolve(classpathName));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + classpathName + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = SiteFiles.class.getClassLoader().getResourceAsStream(classpathName)) {
            if (in == null) {
                throw new IllegalStateException("resource " + classpathName + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + classpathName + ": " + e.getMessage(), e);
        }
    }

    public Path resolve(String relative) {
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base) || relative.contains("\\")) {
            throw new IllegalArgumentException("site path " + relative + " leaves the site");
        }
        return file;
    }

    public List<Path> written() {
        return written.stream().sorted(Comparator.naturalOrder()).map(Path::of).toList();
    }

    public int count(String suffix) {
        return (int) written.stream().filter(w -> w.endsWith(suffix)).count();
    }
}
