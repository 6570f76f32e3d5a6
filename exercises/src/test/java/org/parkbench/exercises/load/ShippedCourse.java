package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;

/** The shipped cases and their exercises, read from the source tree beside this module. */
public final class ShippedCourse {
    private ShippedCourse() {
    }

    public static Loaded<Casebook> casebook() {
        // Maven runs a module's tests in the module directory; the cases are beside it.
        Path cases = Path.of("").toAbsolutePath().resolveSibling("cases");
        List<CaseInput> inputs;
        try (Stream<Path> modules = Files.list(cases)) {
            inputs = modules.map(m -> m.resolve("src/main/resources/parkbench/cases").resolve(m.getFileName().toString()))
                    .filter(d -> Files.isRegularFile(d.resolve("case.md"))).sorted()
                    .map(d -> new CaseInput(d, cases.getParent().relativize(d).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(inputs).as("case data under " + cases).isNotEmpty();
        return CasebookLoader.load(inputs).casebook();
    }

    /** The exercises of the shipped course, failing the test when they do not load. */
    public static ExerciseSet exercises() {
        return exercises(Language.EN);
    }

    /** The exercises of the shipped course as a reader of {@code language} reads them, failing the test when they do not load. */
    public static ExerciseSet exercises(Language language) {
        Loaded<Casebook> casebook = casebook();
        assertThat(casebook.errors()).as("the shipped cases load").isEmpty();
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook.value(), language);
        assertThat(exercises.errors().stream().map(Diagnostic::format).toList()).isEmpty();
        return exercises.value();
    }
}
