package org.parkbench.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * A small course for tests, copied into a temporary directory so a test can add, change or remove
 * exercise files: the real Suez TEDA case data with one exercise of each type, and a reduced
 * overview (two published statistics, four confirmed zones) with two exercises.
 */
public final class FixtureCourse {
    public static final String COURSE = "fixture-course";
    private final Path root;

    private FixtureCourse(Path root) {
        this.root = root;
    }

    /** Copies the fixture course into {@code dir}. */
    public static FixtureCourse copyTo(Path dir) {
        try {
            Path source = Path.of(FixtureCourse.class.getResource("/fixtures/course").toURI());
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path target = dir.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return new FixtureCourse(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path caseDirectory(String caseId) {
        return root.resolve(caseId);
    }

    /** Writes (or replaces) {@code exercises/<name>} of a case. */
    public FixtureCourse write(String caseId, String name, String text) {
        try {
            Path file = caseDirectory(caseId).resolve("exercises").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureCourse delete(String caseId, String name) {
        try {
            Files.delete(caseDirectory(caseId).resolve("exercises").resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String caseId, String name) {
        try {
            return Files.readString(caseDirectory(caseId).resolve("exercises").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Casebook casebook() {
        Loaded<Casebook> loaded = CasebookLoader.load(List.of(
                new CaseInput(caseDirectory("overview"), "course/overview"),
                new CaseInput(caseDirectory("suez-teda"), "course/suez-teda"))).casebook();
        if (loaded.hasErrors()) {
            throw new IllegalStateException("the fixture data does not load: " + loaded.errors());
        }
        return loaded.value();
    }

    public Loaded<ExerciseSet> load() {
        return ExerciseLoader.load(casebook());
    }

    /** The exercises, failing the test with the diagnostics when there are errors. */
    public ExerciseSet exercises() {
        Loaded<ExerciseSet> loaded = load();
        if (loaded.hasErrors()) {
            throw new AssertionError("the fixture exercises do not load:\n"
                    + String.join("\n", loaded.diagnostics().stream().map(d -> d.format()).toList()));
        }
        return loaded.value();
    }
}
