package org.parkbench.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.spi.CaseModule;
import org.parkbench.core.spi.CaseModules;

/**
 * The shipped cases as the command line reads them. When the launcher names the project directory
 * ({@code -Dparkbench.home}), a case module whose sources are there is read from its source tree, so
 * diagnostics point at the file a contributor edits and edits need no rebuild; otherwise the data
 * comes from the module's jar.
 */
final class ProjectCases {
    static final String HOME_PROPERTY = "parkbench.home";

    private ProjectCases() {
    }

    /** Every case module on the classpath, sorted by id, as inputs for the loader. */
    static List<CaseInput> shipped() {
        Path workingDir = Path.of("").toAbsolutePath();
        Optional<Path> home = home();
        return CaseModules.discover().stream().map(module -> input(module, home, workingDir)).toList();
    }

    static Optional<Path> home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home).toAbsolutePath().normalize());
    }

    private static CaseInput input(CaseModule module, Optional<Path> home, Path workingDir) {
        if (home.isPresent()) {
            Path sources = home.get().resolve("cases").resolve(module.id())
                    .resolve("src/main/resources/parkbench/cases").resolve(module.id());
            if (Files.isRegularFile(sources.resolve("case.md"))) {
                try {
                    return CaseInput.resolve(sources, workingDir);
                } catch (org.parkbench.core.load.CaseInputException e) {
                    // fall back to the packaged data below
                }
            }
        }
        return CaseInput.of(module);
    }
}
