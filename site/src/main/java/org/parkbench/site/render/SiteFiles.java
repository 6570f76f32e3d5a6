package org.parkbench.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of a site being built, written under the staging directory. Paths are relative with
 * forward slashes and are checked never to leave the directory; text is UTF-8 with {@code \n}
 * line ends whatever the platform, so builds are byte-identical everywhere.
 */
final class SiteFiles {
    private final Path base;
    private final Path sourceRoot;
    private final List<String> written = new ArrayList<>();

    /** Files under {@code base}; resources are read from {@code sourceRoot} first when it is not null. */
    SiteFiles(Path base, Path sourceRoot) {
        this.base = base;
        this.sourceRoot = sourceRoot;
    }

    void text(String relative, String content) {
        bytes(relative, content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }

    void bytes(String relative, byte[] content) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
        written.add(relative);
    }

    /** Copies a classpath resource into the site. */
    void resource(String classpathName, String relative) {
        if (sourceRoot != null && Files.isRegularFile(sourceRoot.resolve(classpathName))) {
            try {
                bytes(relative, Files.readAllBytes(sourceRoot.resolve(classpathName)));
                return;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + classpathName + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = SiteFiles.class.getClassLoader().getResourceAsStream(classpathName)) {
            if (in == null) {
                throw new IllegalStateException("resource " + classpathName + " is missing from the classpath");
            }
            bytes(relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + classpathName + ": " + e.getMessage(), e);
        }
    }

    Path resolve(String relative) {
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base) || relative.contains("\\")) {
            throw new IllegalArgumentException("site path " + relative + " leaves the site");
        }
        return file;
    }

    List<Path> written() {
        return written.stream().sorted(Comparator.naturalOrder()).map(Path::of).toList();
    }

    int count(String suffix) {
        return (int) written.stream().filter(w -> w.endsWith(suffix)).count();
    }
}
