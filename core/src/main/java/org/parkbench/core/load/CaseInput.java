package org.parkbench.core.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parkbench.core.spi.CaseModule;

/**
 * Where a case's files are, and how diagnostics name that place: a path relative to the working
 * directory for files on disk ({@code cases/huajian/src/main/resources/parkbench/cases/huajian}),
 * {@code <jar>!/parkbench/cases/<id>} for a case inside a jar.
 */
public record CaseInput(Path directory, String displayDirectory) {
    private static final String RESOURCES = "src/main/resources/parkbench/cases";

    public CaseInput {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(displayDirectory, "displayDirectory");
    }

    /**
     * The case a user named on the command line: a case data directory (holding {@code case.md}),
     * its {@code case.md} itself, or a case module directory (holding {@code pom.xml} and exactly one
     * {@code src/main/resources/parkbench/cases/<id>/case.md}). Relative paths resolve against
     * {@code workingDir}.
     *
     * @throws CaseInputException when the path is none of these; the message says what was expected
     */
    public static CaseInput resolve(Path given, Path workingDir) throws CaseInputException {
        Path wd = workingDir.toAbsolutePath().normalize();
        Path path = wd.resolve(given).normalize();
        if (!Files.exists(path)) {
            throw missing(given, path);
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().equals("case.md")) {
            path = path.getParent();
        }
        if (!Files.isDirectory(path)) {
            throw new CaseInputException(given + ": not a directory; give a case directory (holding case.md) or a case module");
        }
        if (Files.isRegularFile(path.resolve("case.md"))) {
            return new CaseInput(path, display(path, wd));
        }
        if (Files.isRegularFile(path.resolve("pom.xml"))) {
            Path cases = path.resolve(RESOURCES);
            List<Path> found = caseDirectories(cases);
            if (found.size() == 1) {
                return new CaseInput(found.get(0), display(found.get(0), wd));
            }
            if (found.isEmpty()) {
                throw new CaseInputException(given + ": a Maven module without case data; expected " + RESOURCES
                        + "/<id>/case.md inside it");
            }
            throw new CaseInputException(given + ": a case module must hold one case, but " + RESOURCES + " holds "
                    + found.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + "; give the case directory itself");
        }
        throw new CaseInputException(given + ": neither a case directory (holding case.md) nor a case module "
                + "(holding pom.xml and " + RESOURCES + "/<id>/case.md)");
    }

    /**
     * Why nothing can be read at {@code path}: it does not exist, or a symbolic link on the way
     * loops or leads nowhere (which {@link Files#exists} does not tell apart from nothing there).
     */
    private static CaseInputException missing(Path given, Path path) {
        try {
            path.toRealPath();
        } catch (NoSuchFileException e) {
            if (!Files.isSymbolicLink(path)) {
                return new CaseInputException(given + ": no such file or directory");
            }
            return new CaseInputException(given + ": " + TextFile.describe(path, e), true);
        } catch (IOException e) {
            return new CaseInputException(given + ": " + TextFile.describe(path, e), true);
        }
        return new CaseInputException(given + ": cannot be read", true);
    }

    /** The data of a case module found on the classpath. */
    public static CaseInput of(CaseModule module) {
        return of(module, Path.of(""));
    }

    static CaseInput of(CaseModule module, Path workingDir) {
        Path directory = module.dataDirectory();
        return new CaseInput(directory, display(directory, workingDir.toAbsolutePath().normalize()));
    }

    /** How diagnostics name {@code directory}. */
    static String display(Path directory, Path workingDir) {
        if (directory.getFileSystem() != FileSystems.getDefault()) {
            return insideArchive(directory);
        }
        Path absolute = directory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
        String text = shown.toString().replace(absolute.getFileSystem().getSeparator(), "/");
        return text.isEmpty() ? "." : text;
    }

    private static String insideArchive(Path directory) {
        String inside = directory.toAbsolutePath().toString();
        inside = inside.startsWith("/") ? inside.substring(1) : inside;
        String uri = directory.toUri().toString();
        int bang = uri.indexOf("!/");
        if (uri.startsWith("jar:") && bang > 0) {
            String archive = uri.substring("jar:".length(), bang);
            try {
                Path file = Path.of(URI.create(archive)).getFileName();
                if (file != null) {
                    return file + "!/" + inside;
                }
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // fall through to the archive's URI as written
            }
            return archive.substring(archive.lastIndexOf('/') + 1) + "!/" + inside;
        }
        return directory.toUri().toString();
    }

    private static List<Path> caseDirectories(Path cases) throws CaseInputException {
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(cases)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().toList();
        } catch (IOException e) {
            throw new CaseInputException(cases + ": cannot list the directory: " + e.getMessage());
        }
    }

    /** The case directory's name, which the front matter id must equal. */
    public String directoryName() {
        Path name = directory.getFileName();
        return name == null ? "" : name.toString().replace("/", "");
    }

    /** How diagnostics name the file {@code name} of this case. */
    public String displayFile(String name) {
        return displayDirectory.isEmpty() || displayDirectory.equals(".") ? name : displayDirectory + "/" + name;
    }
}
