package org.parkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parkbench.app.scaffold.CaseScaffold;
import org.parkbench.app.scaffold.NewCase;
import org.parkbench.app.scaffold.ScaffoldRefusedException;
import org.parkbench.app.scaffold.Scaffolded;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseInputException;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
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
                "With --from DIR, the module is made around a copy of an existing data-only case instead.",
                "'parkbench validate' then lists what is still to fill. CONTRIBUTING.md walks through the rest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:case created", "1:a file could not be written (nothing is left half-made)",
                "2:refused: an id that is not a slug or already exists, an unknown model or country, no project to add a module to,"
                        + " a --from case with errors or another id"})
final class NewCaseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The case id: lower-case letters, digits and single hyphens, e.g. great-stone.")
    String id;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "The development model the case declares: government-driven, company-led or private-led"
                    + " (required, unless --from).")
    String model;

    @Option(names = "--from", paramLabel = "DIR", description = {"Make a case module of the data-only case in DIR (the"
            + " folder with its case.md): the module around a copy of its files, registered like a new one.",
            "The case must load without errors and declare the id ID; its model, title and country are its own. DIR is left as it was."})
    Path from;

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
        if (from != null && (dataOnly || dir != null || course != null || model != null || title != null || country != null)) {
            err.println("parkbench new-case: --from takes everything from the data-only case itself: give it with ID alone"
                    + " (no --data-only, --dir, --course, --model, --title or --country)");
            return 2;
        }
        if (from == null && model == null) {
            err.println("parkbench new-case: Missing required option: '--model=MODEL' (or --from DIR, to make a module of a"
                    + " data-only case)");
            return 2;
        }
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
            Set<String> shipped = CaseModules.discover().stream().map(m -> m.id()).collect(Collectors.toSet());
            if (from != null) {
                return fromDataOnly(workingDir, shipped, out, err);
            }
            NewCase request = NewCase.of(id, model, title, country);
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

    /** {@code --from}: the data-only case in {@code from}, checked, made into a module. */
    private int fromDataOnly(Path workingDir, Set<String> shipped, PrintWriter out, PrintWriter err)
            throws ScaffoldRefusedException, IOException {
        Optional<Path> home = ProjectCases.home();
        if (home.isEmpty()) {
            err.println("parkbench new-case: a case module is added to a Parkbench project, and none is known here:"
                    + " run ./parkbench new-case ID --from DIR at the root of a checkout");
            return 2;
        }
        if (!Files.isRegularFile(workingDir.resolve(from).resolve("case.md"))) {
            throw new ScaffoldRefusedException(from + " is not a case folder (it has no case.md); --from names the folder of"
                    + " a data-only case, the one holding its case.md");
        }
        CaseInput input;
        try {
            input = CaseInput.resolve(from, workingDir);
        } catch (CaseInputException e) {
            throw new ScaffoldRefusedException("--from " + from + ": " + e.getMessage());
        }
        Loaded<CaseStudy> loaded = CaseLoader.load(input);
        if (loaded.hasErrors()) {
            loaded.errors().forEach(d -> err.println(d.format()));
            err.println("parkbench new-case: " + from + " has " + loaded.errors().size() + " error(s), listed above; a module's"
                    + " own test requires its case to load without errors, so fix them first ('parkbench validate " + from + "')");
            return 2;
        }
        String caseId = loaded.value().id();
        if (!caseId.equals(id)) {
            throw new ScaffoldRefusedException(from + "/case.md declares the case id '" + caseId + "', not '" + id + "'; the"
                    + " module takes the case's own id: run new-case " + caseId + " --from " + from);
        }
        NewCase request = NewCase.of(id, loaded.value().meta().declaredModel().word(), null, null);
        Scaffolded made = CaseScaffold.moduleFrom(home.get(), request, workingDir.resolve(from), shipped);
        report(made, home.get(), workingDir, out);
        out.println();
        out.printf("The data-only case in %s is left as it was.%n", shown(workingDir.resolve(from), workingDir));
        out.println("Once the module builds, delete that folder and its entry under case_directories in your course file:");
        out.println("once the module is built, a data-only case with the id of a shipped case is an error (PB301).");
        return 0;
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
        out.printf("Created %s case '%s'%s in %s:%n", made.dataOnly() ? "the data-only" : "the", id,
                from == null ? " (status: draft)" : " (a copy of the data-only case in " + from + ")", shown);
        made.files().forEach(f -> out.println("  " + shown(f, base)));
        String data = shown(made.dataDirectory(), base);
        if (!made.dataOnly()) {
            out.println("Registered the module in cases/pom.xml and, as a runtime dependency, in app/pom.xml.");
        }
        out.println();
        out.println(from == null ? "Everything you write is in the case folder:" : "From now on, edit the case here:");
        out.println("  " + data + "/");
        out.println();
        out.println("Next (CONTRIBUTING.md walks through each step):");
        out.printf("  1. ./parkbench validate %s%n     lists what is still to fill (PB503 warnings, with file:line:column)%n",
                made.dataOnly() ? data : shown);
        if (from != null) {
            out.println("  2. ./parkbench serve      preview the course site, with the case as a module");
            out.printf("  3. mvn -B -q -pl %s -am verify      builds and tests the module%n", shown);
            return;
        }
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
