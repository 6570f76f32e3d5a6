package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;

/**
 * The exercises shipped with the case modules, read from the source tree: every one loads, every
 * variant's key is computed from the data and every choice key that states a fact agrees with it.
 * When data changes under an exercise (a park, an event or a figure goes), this test names the
 * exercise and the line.
 */
class ShippedExercisesTest {
    @Test
    void everyShippedExerciseLoadsWithItsKeysComputedFromTheData() throws IOException {
        // Maven runs a module's tests in the module directory; the cases are beside it.
        Path cases = Path.of("").toAbsolutePath().resolveSibling("cases");
        List<CaseInput> inputs;
        try (Stream<Path> modules = Files.list(cases)) {
            inputs = modules.map(m -> m.resolve("src/main/resources/parkbench/cases").resolve(m.getFileName().toString()))
                    .filter(d -> Files.isRegularFile(d.resolve("case.md"))).sorted()
                    .map(d -> new CaseInput(d, cases.getParent().relativize(d).toString())).toList();
        }
        assertThat(inputs).as("case data under " + cases).isNotEmpty();
        Loaded<Casebook> casebook = CasebookLoader.load(inputs).casebook();
        assertThat(casebook.errors()).as("the shipped cases load").isEmpty();

        Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook.value());

        assertThat(exercises.errors().stream().map(Diagnostic::format).toList()).isEmpty();
        ExerciseSet set = exercises.value();
        for (var e : set.exercises()) {
            assertThat(set.variants(e.id())).as(e.id()).hasSize(e.variantCount());
        }
    }
}
