package org.parkbench.exercises.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parkbench.core.analysis.DerivationCatalog;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Citations;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.load.PlaceholderMarkers;
import org.parkbench.core.load.TextFile;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.key.KeyComputer;
import org.parkbench.exercises.key.KeyException;
import org.parkbench.exercises.model.Exercise;

/**
 * Loads the exercises of every case of a {@link Casebook}: each {@code exercises/*.md} file of a
 * case's directory (README.md excepted), read with positions, then checked across files (ids are
 * unique in the course) and against the data: every variant's key is computed, and anything that
 * does not fit (an unknown derivation or parameter, a choice key the data contradicts, an item
 * the data does not hold) is a diagnostic at the line that asks for it. A file that still holds a
 * scaffold's {@code TODO} placeholders is a draft: a PB503 warning, and left out. Like core's loaders it
 * reports every problem at once and never throws for bad input.
 */
public final class ExerciseLoader {
    private static final String FOLDER = "exercises";

    private ExerciseLoader() {
    }

    public static Loaded<ExerciseSet> load(Casebook casebook) {
        return load(casebook, DerivationCatalog.standard());
    }

    public static Loaded<ExerciseSet> load(Casebook casebook, DerivationCatalog catalog) {
        return load(casebook, catalog, Language.EN);
    }

    /**
     * The exercises as a reader of {@code language} reads them: each from its translation
     * ({@code <id>.zh.md}, docs/translating.md) where there is one, checked against the original;
     * else as written, with a PB702 warning. Keys, variants and ids are the same in every language.
     */
    public static Loaded<ExerciseSet> load(Casebook casebook, Language language) {
        return load(casebook, DerivationCatalog.standard(), language);
    }

    public static Loaded<ExerciseSet> load(Casebook casebook, DerivationCatalog catalog, Language language) {
        // cases are read, and exercises' keys computed, on every core; each with diagnostics of its
        // own, joined in course order (the casebook and the key computer are only read)
        Diagnostics d = new Diagnostics();
        List<Found<List<Exercise>>> read = casebook.cases().parallelStream().map(c -> {
            Diagnostics own = new Diagnostics();
            List<Exercise> found = new ArrayList<>();
            for (Path path : files(c, own)) {
                readFile(c, path, language, own).ifPresent(found::add);
            }
            checkOrders(found, own);
            return new Found<>(found, own);
        }).toList();
        List<Exercise> exercises = new ArrayList<>();
        read.forEach(r -> {
            exercises.addAll(r.value());
            d.addAll(r.diagnostics().sorted());
        });
        List<Exercise> unique = uniqueIds(exercises, d);
        // an exercise that names parks or zones of cases the course leaves out is left out too (a
        // PB620 note); what it names is known from the background cases, so nothing else is an error
        List<ExerciseSet.LeftOut> leftOut = new ArrayList<>();
        List<Exercise> set = new ArrayList<>();
        for (Exercise e : unique) {
            List<String> missing = CaseReach.missing(e, casebook);
            if (missing.isEmpty()) {
                set.add(e);
            } else {
                leftOut.add(new ExerciseSet.LeftOut(e.id(), e.header().caseId(), missing, e.header().origin()));
                d.report(e.header().origin(), DiagnosticCode.PB620, "exercise " + e.id() + " is left out: it needs parks of "
                        + ExerciseSet.LeftOut.cases(missing) + ", which the course does not include",
                        "add " + (missing.size() == 1 ? "that case" : "those cases") + " to a session of the course to set it");
            }
        }
        unique = set;
        KeyComputer keys = new KeyComputer(casebook.whole(), catalog);
        List<Found<Optional<List<ExerciseVariant>>>> keyed = unique.parallelStream().map(e -> {
            Diagnostics own = new Diagnostics();
            return new Found<>(prepare(e, keys, casebook, own), own);
        }).toList();
        List<ExerciseVariant> prepared = new ArrayList<>();
        keyed.forEach(k -> {
            k.value().ifPresent(prepared::addAll);
            d.addAll(k.diagnostics().sorted());
        });
        return Loaded.of(new ExerciseSet(casebook, prepared, leftOut), d);
    }

    /** What one job found, with the problems it reported. */
    private record Found<T>(T value, Diagnostics diagnostics) {
    }

    private static List<Path> files(CaseStudy c, Diagnostics d) {
        Path folder = c.directory().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            if (TextFile.present(folder)) {
                // something is there (a file, a link that loops or leads nowhere): say so rather than find no exercises
                String why = "it is not a folder";
                try {
                    folder.toRealPath();
                } catch (IOException e) {
                    why = TextFile.describe(folder, e);
                }
                d.report(new Origin(display(c, ""), 1, 1), DiagnosticCode.PB109, "cannot read the exercises folder: " + why,
                        "exercises/ is a folder of exercise files");
            }
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> !ExerciseTranslation.isTranslationFile(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p)) // a link that loops or leads nowhere is reported when read
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            d.report(new Origin(display(c, ""), 1, 1), DiagnosticCode.PB104, "cannot list the exercises: " + e.getMessage(), "");
            return List.of();
        }
    }

    private static String display(CaseStudy c, String name) {
        String dir = c.displayDirectory();
        String folder = dir.isEmpty() || dir.equals(".") ? FOLDER : dir + "/" + FOLDER;
        return name.isEmpty() ? folder : folder + "/" + name;
    }

    private static Optional<Exercise> readFile(CaseStudy c, Path path, Language language, Diagnostics all) {
        String name = path.getFileName().toString();
        String file = display(c, name);
        Diagnostics d = new Diagnostics();
        // read within the limits every file a user writes has, as case.md is (core's TextFile)
        Optional<String> read = TextFile.read(path, file, d);
        if (read.isEmpty()) {
            all.addAll(d.sorted());
            return Optional.empty();
        }
        String text = read.get();
        if (unfilled(text, file, d)) {
            all.addAll(d.sorted());
            return Optional.empty();
        }
        ExerciseFile parts = ExerciseFile.split(text, file, d);
        Optional<Exercise> exercise = parts == null ? Optional.empty()
                : ExerciseReader.read(parts, c, name.substring(0, name.length() - 3), d);
        if (parts != null) {
            checkCitations(parts, c, d);
        }
        if (language != Language.EN && exercise.isPresent() && !d.hasErrors()) {
            exercise = translated(c, path, exercise.get(), parts, language, d);
        }
        all.addAll(d.sorted());
        return d.hasErrors() ? Optional.empty() : exercise;
    }

    /** The exercise from its translation into {@code language}; as written, with PB702, when there is none. */
    private static Optional<Exercise> translated(CaseStudy c, Path path, Exercise original, ExerciseFile originalParts,
                                                 Language language, Diagnostics d) {
        String name = ExerciseTranslation.fileName(original.id(), language);
        Path translation = path.resolveSibling(name);
        String file = display(c, name);
        if (!TextFile.present(translation)) {
            d.report(original.header().origin(), DiagnosticCode.PB702, "exercise " + original.id() + " has no "
                            + language.englishName() + " translation (" + name + ")",
                    "its page shows it in English under a notice; translate it as docs/translating.md says");
            return Optional.of(original);
        }
        Optional<String> text = TextFile.read(translation, file, d);
        ExerciseFile parts = text.map(t -> ExerciseFile.split(t, file, d)).orElse(null);
        if (parts == null) {
            return Optional.empty();
        }
        Optional<Exercise> read = ExerciseTranslation.read(parts, original, originalParts, language, d);
        checkCitations(parts, c, d);
        return read;
    }


    /**
     * A file that still holds a scaffold's placeholders ({@code TODO}) is a draft: one PB503 warning
     * at the first, naming the lines of all, and the exercise is left out until none is left (its
     * key could not be computed from data that is not written yet).
     */
    private static boolean unfilled(String text, String file, Diagnostics all) {
        List<PlaceholderMarkers.Marker> markers = PlaceholderMarkers.find(text, file, 1);
        if (markers.isEmpty()) {
            return false;
        }
        List<String> lines = markers.stream().map(m -> String.valueOf(m.origin().line())).distinct().toList();
        all.report(markers.get(0).origin(), DiagnosticCode.PB503, "the exercise still holds " + (lines.size() == 1
                        ? "a placeholder (line " : lines.size() + " placeholders (lines ") + String.join(", ", lines) + "): "
                        + markers.get(0).line(),
                "replace each TODO with the exercise's own text or value; the exercise is checked against the data and"
                        + " shown on the site once none is left");
        return true;
    }

    /** Citations of observations in the body and solution must name exactly one observation of the data. */
    private static void checkCitations(ExerciseFile parts, CaseStudy c, Diagnostics d) {
        List<Citation> found = new ArrayList<>(Citations.parse(withoutPlaceholders(parts.body()), parts.file(), parts.bodyLine(), d));
        found.addAll(Citations.parse(withoutPlaceholders(parts.solution()), parts.file(), parts.solutionLine(), d));
        for (ResolvedCitation resolved : Citations.resolve(found, c)) {
            if (resolved.citation() instanceof Citation.ObservationCitation o) {
                int matches = resolved.observations().size();
                if (matches != 1) {
                    d.report(o.origin(), DiagnosticCode.PB307, "citation " + o.text() + (matches == 0 ? " names no observation of case "
                            + c.id() : " is ambiguous: " + matches + " observations match"),
                            matches == 0 ? "check park, indicator and as_of against observations.csv" : "add the source: {{obs:park/indicator/as_of/source}}");
                }
            } else if (resolved.citation() instanceof Citation.SourceCitation s && resolved.source().isEmpty()) {
                d.report(s.origin(), DiagnosticCode.PB303, "citation " + s.text() + " names an unknown source of case " + c.id(), "");
            }
        }
    }

    /** The text with variant placeholders blanked out (same length, so positions hold). */
    private static String withoutPlaceholders(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{\\s*[a-z][a-z0-9_]*\\s*}}").matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Two exercises of one case with the same {@code order} cannot both be set at that place: PB613 at the later file. */
    private static void checkOrders(List<Exercise> ofCase, Diagnostics d) {
        Map<Integer, Exercise> first = new HashMap<>();
        for (Exercise e : ofCase) {
            if (e.header().order().isEmpty()) {
                continue;
            }
            int order = e.header().order().getAsInt();
            Exercise earlier = first.putIfAbsent(order, e);
            if (earlier != null) {
                d.report(e.header().origin(), DiagnosticCode.PB613, "exercise " + e.id() + " has order " + order
                                + ", as " + earlier.id() + " of the same case has",
                        "give each exercise of a case its own order; the site lists them by it");
            }
        }
    }

    private static List<Exercise> uniqueIds(List<Exercise> exercises, Diagnostics d) {
        Map<String, Exercise> first = new HashMap<>();
        List<Exercise> unique = new ArrayList<>();
        for (Exercise e : exercises) {
            Exercise earlier = first.putIfAbsent(e.id(), e);
            if (earlier != null) {
                d.report(e.header().origin(), DiagnosticCode.PB301, "exercise id '" + e.id() + "' is already used by "
                        + earlier.header().origin().file(), "exercise ids are unique across all cases");
            } else {
                unique.add(e);
            }
        }
        return unique;
    }

    private static Optional<List<ExerciseVariant>> prepare(Exercise e, KeyComputer keys, Casebook casebook, Diagnostics d) {
        List<ExerciseVariant> variants = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < e.variantCount(); i++) {
            try {
                variants.add(keys.prepare(e, i));
            } catch (KeyException x) {
                d.report(x.origin().orElse(e.header().origin()), x.code(), variantNote(e, i) + x.getMessage(), x.hint());
                ok = false;
            } catch (IllegalArgumentException | ArithmeticException x) {
                // a value the data or the derivation could not take; reported, never thrown at the user
                d.report(e.header().origin(), DiagnosticCode.PB603, variantNote(e, i) + "the key cannot be computed: " + x.getMessage(), "");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (e instanceof Exercise.Order order && variants.stream().allMatch(v -> listedInOrder(v))) {
            d.report(order.items().get(0).origin(), DiagnosticCode.PB611, "the items are listed in the order of their dates,"
                    + " which gives the answer away", "list them out of order; the site shows them as listed");
        }
        return Optional.of(variants);
    }

    private static String variantNote(Exercise e, int i) {
        return e.variantCount() > 1 ? "variant " + i + " " + e.header().variants().parameters(i) + ": " : "";
    }

    private static boolean listedInOrder(ExerciseVariant v) {
        List<String> listed = v.options().stream().map(ExerciseVariant.Option::id).toList();
        return ((Key.Sequence) v.key()).order().equals(listed);
    }
}
