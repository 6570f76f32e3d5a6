package org.parkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parkbench.app.scaffold.CaseScaffold;
import org.parkbench.app.scaffold.NewCase;
import org.parkbench.app.scaffold.ScaffoldRefusedException;
import org.parkbench.app.scaffold.Scaffolded;
import org.parkbench.core.spi.CaseModules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench new-case}: scaffolds a case to fill in — a module under {@code cases/} registered
 * in the project, or with {@code --data-only} a data directory for a course file — and says what
 * to do next. The new case loads at once, as a draft, with a PB503 warning for each placeholder.
 */
@Command(name = "new-case", mixinStandardHelpOptions = true,
        description = {"Creates a new case to fill in: case.md, the data files with commented examples, one exercise of each type,",
                "and (unless --data-only) the Maven module around them, registered in cases/pom.xml and app/pom.xml.",
                "'parkbench validate' then lists what is still to fill. CONTRIBUTING.md walks through the rest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:case created", "1:a file could not be written (nothing is left half-made)",
                "2:refused: an id that is not a slug or already exists, an unknown model or country, no project to add a module to"})
final class NewCaseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The case id: lower-case letters, digits and single hyphens, e.g. great-stone.")
    String id;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "The development model the case declares: government-driven, company-led or private-led.")
    String model;

    @Option(names = "--title", paramLabel = "TEXT", description = "The case's title (default: a placeholder to fill).")
    String title;

    @Option(names = "--country", paramLabel = "CC", description = "The host country's ISO 3166-1 alpha-2 code, e.g. BY, UZ, ET.")
    String country;

    @Option(names = "--data-only", description = "Make a data-only case (no Java), for a course file's case_directories.")
    boolean dataOnly;

    @Option(names = "--dir", paramLabel = "DIR", description = "With --data-only: the folder to create the case directory DIR/ID in.")
    Path dir;

    @Option(names = "--course", paramLabel = "FILE", description = {"With --data-only: the course file that will name the case"
            + " (it need not exist yet); the case_directories line printed is then relative to it, as a course file's paths are.",
            "Without it, the line is written for a course file in the current folder."})
    Path course;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dir != null && !dataOnly) {
            err.println("parkbench new-case: --dir goes with --data-only; a case module is always created under cases/");
            return 2;
        }
        if (course != null && !dataOnly) {
            err.println("parkbench new-case: --course goes with --data-only; a case module is part of every course"
                    + " without being named under case_directories");
            return 2;
        }
        if (dataOnly && dir == null) {
            err.println("parkbench new-case: --data-only needs --dir DIR, the folder to create the case directory in"
                    + " (e.g. --dir my-course/cases)");
            return 2;
        }
        Path workingDir = Path.of("").toAbsolutePath();
        try {
            NewCase request = NewCase.of(id, model, title, country);
            Set<String> shipped = CaseModules.discover().stream().map(m -> m.id()).collect(Collectors.toSet());
            Scaffolded made;
            if (dataOnly) {
                made = CaseScaffold.dataOnly(workingDir.resolve(dir).normalize(), request, shipped);
            } else {
                Optional<Path> home = ProjectCases.home();
                if (home.isEmpty()) {
                    err.println("parkbench new-case: a case module is added to a Parkbench project, and none is known here:"
                            + " run ./parkbench new-case at the root of a checkout, or make a data-only case with"
                            + " --data-only --dir DIR");
                    return 2;
                }
                made = CaseScaffold.module(home.get(), request, shipped);
            }
            Path courseFolder = course == null ? workingDir : workingDir.resolve(course).normalize().getParent();
            report(made, made.dataOnly() ? workingDir : ProjectCases.home().orElse(workingDir), courseFolder, out);
            return 0;
        } catch (ScaffoldRefusedException e) {
            err.println("parkbench new-case: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("parkbench new-case: cannot write the case: " + e.getMessage() + " (nothing was left behind)");
            return 1;
        }
    }

    /**
     * Prints what was made and the next steps. Paths to type on the command line are shown relative
     * to {@code base} (the current folder; the project, for a module); the path for the course
     * file's {@code case_directories}, relative to {@code courseFolder}, the folder of the course
     * file, as the course file reads it.
     */
    private void report(Scaffolded made, Path base, Path courseFolder, PrintWriter out) {
        String id = made.request().id();
        Path where = made.dataOnly() ? made.dataDirectory() : made.moduleDirectory();
        String shown = shown(where, base);
        out.printf("Created %s case '%s' (status: draft) in %s:%n", made.dataOnly() ? "the data-only" : "the", id, shown);
        made.files().forEach(f -> out.println("  " + shown(f, base)));
        String data = shown(made.dataDirectory(), base);
        if (!made.dataOnly()) {
            out.println("Registered the module in cases/pom.xml and, as a runtime dependency, in app/pom.xml.");
        }
        out.println();
        out.println("Everything you write is in the case folder:");
        out.println("  " + data + "/");
        out.println();
        out.println("Next (CONTRIBUTING.md walks through each step):");
        out.printf("  1. ./parkbench validate %s%n     lists what is still to fill (PB503 warnings, with file:line:column)%n",
                made.dataOnly() ? data : shown);
        out.println("  2. fill sources.csv first, then parks.csv (and list the park under 'parks' in case.md),");
        out.println("     actors.csv, observations.csv and events.csv; then the narrative in case.md");
        out.println("  3. adapt the exercises in exercises/ (each is checked and shown once no TODO is left in it),");
        out.println("     and delete those you do not need");
        if (made.dataOnly()) {
            String courseFile = course == null ? "FILE" : shown(course, base);
            out.printf("  4. name the case in %s, then ./parkbench build --course %s (or serve --course %s):%n",
                    course == null ? "a course file in this folder" : courseFile, courseFile, courseFile);
            out.printf("       case_directories: [%s]    # relative to the course file%s%n",
                    relative(made.dataDirectory(), courseFolder),
                    course == null ? " (elsewhere, write the path from its folder, or use new-case --course FILE)" : "");
            out.println("       sessions:");
            out.println("         - title: \"Week 1\"");
            out.printf("           cases: [%s]%n", id);
        } else {
            out.println("  4. ./parkbench serve      preview the course site; the case is marked Draft");
            out.printf("  5. mvn -B -q -pl %s -am verify      builds and tests the module%n", shown);
        }
    }

    /**
     * {@code path} relative to {@code folder}, with {@code ../} where it lies outside: how a course
     * file in {@code folder} names it. Absolute only where no relative path leads there (another drive).
     */
    private static String relative(Path path, Path folder) {
        Path abs = path.toAbsolutePath().normalize();
        Path from = folder.toAbsolutePath().normalize();
        if (abs.getRoot() == null || !abs.getRoot().equals(from.getRoot())) {
            return abs.toString().replace(java.io.File.separatorChar, '/');
        }
        String text = from.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }

    private static String shown(Path path, Path workingDir) {
        Path abs = path.toAbsolutePath().normalize();
        Path rel = abs.startsWith(workingDir) ? workingDir.relativize(abs) : abs;
        String text = rel.toString().replace(java.io.File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }
}
