package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseInputException;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.load.TeachingNotesFiles;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench validate}: loads cases and prints every problem at once, compiler-style, then one
 * summary line per case. Once the data has no errors, the cases' exercises are checked against it
 * too (PB6xx, PB503 for an exercise still holding placeholders, and PB612 for learning objectives no
 * exercise assesses). Exit 0 when clean, 1 on errors (or warnings with {@code --strict}), 2 when a
 * path is not a case.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks cases and their exercises and prints every problem as path:line:column: severity: [CODE] message.",
                "Without PATH, checks every shipped case."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:errors found (or warnings, with --strict)", "2:usage error (e.g. a PATH that is not a case)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "A case module directory (e.g. cases/huajian) or a case data directory (holding case.md).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--lang", paramLabel = "LANG", description = "Also warn (PB702) of every case, exercise and teaching notes with no "
            + "translation into LANG (zh). Without it, translations are checked where they exist, and PB702 is reported "
            + "only for a case that has a translation but leaves an exercise or its teaching notes out.")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CaseInput> inputs = new ArrayList<>();
        if (paths.isEmpty()) {
            inputs.addAll(ProjectCases.shipped());
        } else {
            Path workingDir = Path.of("").toAbsolutePath();
            for (Path path : paths) {
                try {
                    inputs.add(CaseInput.resolve(path, workingDir));
                } catch (CaseInputException e) {
                    err.println("parkbench validate: " + e.getMessage());
                    return 2;
                }
            }
        }
        if (inputs.isEmpty()) {
            err.println("parkbench validate: no cases found on the classpath");
            return 1;
        }
        // Cases given by path are checked together with the other shipped cases, as a course would
        // load them (a confirmed zone may link to a park of another case); only the given ones are reported.
        List<CaseInput> context = paths.isEmpty() ? List.of() : ProjectCases.shipped().stream()
                .filter(s -> inputs.stream().noneMatch(i -> i.directoryName().equals(s.directoryName()))).toList();
        List<CaseInput> loaded = new ArrayList<>(inputs);
        loaded.addAll(context);
        CasebookLoad load = CasebookLoader.load(loaded);
        List<Diagnostic> found = new ArrayList<>(load.casebook().diagnostics());
        Optional<Language> asked = Optional.empty();
        if (lang != null) {
            asked = Language.parse(lang).filter(l -> l != Language.EN);
            if (asked.isEmpty()) {
                err.println("parkbench validate: --lang " + lang + " is not a language translations are written in; use zh");
                return 2;
            }
        }
        Optional<Language> wanted = asked;
        load.casebook().result().ifPresent(casebook -> found.addAll(exerciseDiagnostics(casebook, wanted)));
        List<Diagnostic> all = found.stream()
                .filter(d -> inputs.stream().anyMatch(i -> d.origin().file().startsWith(i.displayDirectory() + "/")))
                .sorted().toList();
        all.forEach(d -> out.println(d.format()));
        if (!all.isEmpty()) {
            out.println();
        }
        if (load.casebook().hasErrors()) {
            out.println("Exercises were not checked: their keys come from the case data, which has errors. Fix those first.");
        }
        int errors = 0;
        int warnings = 0;
        for (CaseInput input : inputs) {
            String prefix = input.displayDirectory() + "/";
            long e = all.stream().filter(d -> d.isError() && d.origin().file().startsWith(prefix)).count();
            long w = all.stream().filter(d -> !d.isError() && d.origin().file().startsWith(prefix)).count();
            errors += (int) e;
            warnings += (int) w;
            out.printf("%-6s %-16s %s%s%n", e > 0 ? "FAIL" : "ok", input.directoryName(), counts(e, w), e > 0 ? "" : " — " + input.displayDirectory());
        }
        out.printf("%d case%s checked: %d error%s, %d warning%s.%n", inputs.size(), inputs.size() == 1 ? "" : "s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        if (errors > 0) {
            return 1;
        }
        return strict && warnings > 0 ? 1 : 0;
    }

    /**
     * The exercises of every loaded case, as a build loads them: their errors and warnings, and a
     * PB612 warning for each learning objective no exercise assesses.
     */
    private static List<Diagnostic> exerciseDiagnostics(Casebook casebook, Optional<Language> asked) {
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(casebook);
        List<Diagnostic> found = new ArrayList<>(exercises.diagnostics());
        exercises.result().ifPresent(set -> found.addAll(set.unassessedObjectiveWarnings()));
        if (exercises.hasErrors()) {
            return found;
        }
        // the translations are read as a reader of each language reads them, to check them against the originals
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            boolean everyMissing = asked.isPresent() && asked.get() == language;
            Loaded<ExerciseSet> translated = ExerciseLoader.load(casebook.in(language), language);
            for (Diagnostic d : translated.diagnostics()) {
                boolean missing = d.code() == DiagnosticCode.PB702;
                boolean caseTranslated = casebook.cases().stream().anyMatch(c -> c.isTranslatedInto(language)
                        && d.origin().file().startsWith(c.displayDirectory() + "/"));
                if (missing ? everyMissing || caseTranslated : !found.contains(d)) {
                    found.add(d);
                }
            }
            if (everyMissing) {
                found.addAll(SiteBuilder.untranslatedCases(casebook, language));
            }
            for (Diagnostic d : TeachingNotesFiles.untranslated(casebook, language)) {
                boolean caseTranslated = casebook.cases().stream().anyMatch(c -> c.isTranslatedInto(language)
                        && d.origin().file().startsWith(c.displayDirectory() + "/"));
                if (everyMissing || caseTranslated) {
                    found.add(d);
                }
            }
        }
        return found;
    }

    private static String counts(long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return "clean";
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }
}
