package org.parkbench.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;

/**
 * The shipped case data read straight from the source tree ({@code cases/<id>/src/main/resources/
 * parkbench/cases/<id>/}), since charts may not depend on case modules. Overview first, then the
 * cases by id. Empty when the source tree is not there (e.g. charts built on its own).
 */
final class ShippedCases {
    private ShippedCases() {
    }

    static Optional<Path> casesDirectory() {
        for (Path candidate : List.of(Path.of("../cases"), Path.of("cases"))) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    static List<CaseInput> inputs(Path cases) {
        try (Stream<Path> modules = Files.list(cases)) {
            return modules.map(m -> m.resolve("src/main/resources/parkbench/cases").resolve(m.getFileName()))
                    .filter(d -> Files.isRegularFile(d.resolve("case.md")))
                    .sorted(Comparator.comparing((Path d) -> !d.getFileName().toString().equals("overview"))
                            .thenComparing(d -> d.getFileName().toString()))
                    .map(d -> new CaseInput(d, "cases/" + d.getFileName() + "/src/main/resources/parkbench/cases/" + d.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The casebook, or empty when there is no case data; fails with the diagnostics when the data has errors. */
    static Optional<Casebook> load() {
        Optional<Path> dir = casesDirectory();
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        List<CaseInput> inputs = inputs(dir.get());
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        CasebookLoad load = CasebookLoader.load(inputs);
        return Optional.of(load.casebook().result().orElseThrow(() -> new IllegalStateException(
                "the shipped case data has errors:\n" + load.casebook().errors().stream().map(Object::toString)
                        .reduce((a, b) -> a + "\n" + b).orElse(""))));
    }
}
