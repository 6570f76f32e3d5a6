package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.validate.Diagnostic;

/**
 * A copy of the valid test fixture case in a temporary directory, to be broken one way per test.
 * Diagnostics name its files {@code test-fixture/<file>}.
 */
final class FixtureCase {
    static final Path VALID = Path.of("src/test/resources/org/parkbench/core/load/test-fixture");

    private final Path directory;

    private FixtureCase(Path directory) {
        this.directory = directory;
    }

    /** Copies the valid fixture into {@code parent/<name>}. */
    static FixtureCase copy(Path parent, String name) {
        Path target = parent.resolve(name);
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(VALID)) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureCase(target);
    }

    static FixtureCase copy(Path parent) {
        return copy(parent, "test-fixture");
    }

    Path directory() {
        return directory;
    }

    String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code old} in {@code file}. */
    FixtureCase replace(String file, String old, String replacement) {
        String text = read(file);
        assertThat(text).as("fixture %s", file).contains(old);
        assertThat(text.indexOf(old)).as("'%s' occurs once in %s", old, file).isEqualTo(text.lastIndexOf(old));
        return write(file, text.replace(old, replacement));
    }

    /** Replaces every occurrence of {@code old} in every file of the case. */
    FixtureCase replaceEverywhere(String old, String replacement) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                write(name, read(name).replace(old, replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A second valid case, "other-fixture", whose parks are other-north and other-south. */
    static FixtureCase other(Path parent) {
        return copy(parent, "other-fixture").replaceEverywhere("test-fixture", "other-fixture")
                .replaceEverywhere("fixture-north", "other-north").replaceEverywhere("fixture-south", "other-south");
    }

    /** Appends {@code line} and a line end to {@code file}. */
    FixtureCase append(String file, String line) {
        return write(file, read(file) + line + "\n");
    }

    FixtureCase write(String file, String content) {
        return writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    FixtureCase writeBytes(String file, byte[] content) {
        try {
            Files.write(directory.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixtureCase delete(String file) {
        try {
            Files.delete(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CaseInput input() {
        return new CaseInput(directory, directory.getFileName().toString());
    }

    Loaded<CaseStudy> load() {
        return CaseLoader.load(input());
    }

    /** The headline of every diagnostic, in the order reported. */
    List<String> headlines() {
        return load().diagnostics().stream().map(Diagnostic::headline).toList();
    }
}
