package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parkbench.core.language.Language;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureExport;
import org.parkbench.charts.FigureProblem;
import org.parkbench.charts.Format;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.pages.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench figures}: every figure of the shipped cases (or of a course file's cases, data-only
 * ones included) as SVG and/or PNG with a CSV of its data, and a contact sheet ({@code index.html})
 * to pick them for slides.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"Writes every figure (SVG, PNG at 2x, and its data as CSV) and a contact sheet, index.html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all figures written (with --course: all the course's cases have data for)",
                "1:the case data has errors, or a figure could not be built", "2:usage error"})
final class FiguresCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the figures (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "figures");

    @Option(names = "--format", paramLabel = "svg|png", split = ",", defaultValue = "svg,png",
            description = "Picture formats, comma-separated (default: ${DEFAULT-VALUE}).")
    Set<Format> formats;

    @Option(names = "--course", paramLabel = "FILE",
            description = "A course file: the figures of its cases, data-only ones included (default: every shipped case).")
    Path course;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The language of the figures' titles, labels, alt text and captions (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Language> language = LanguageOption.read(spec, lang);
        if (language.isEmpty()) {
            return 2;
        }
        Casebook casebook;
        if (course == null) {
            casebook = ShippedCasebook.loadOrReport(err);
        } else {
            try {
                casebook = CoursePlan.read(course, out, Profile.STUDENT, true).request().casebook();
            } catch (InvalidInputException e) {
                e.diagnostics().forEach(d -> err.println(d.format()));
                casebook = null;
            }
        }
        if (casebook == null) {
            return 1;
        }
        FigureCatalogue catalogue = FigureCatalogue.forCasebook(casebook.in(language.get()), language.get());
        List<Path> written = FigureExport.write(catalogue.figures(), catalogue.problems(), out, formats, true);
        // the shipped cases have the data of every figure, so there a missing one is an error; a
        // course's own cases may lack some (no overview, no areas): those figures are left out, said so
        List<FigureProblem> failed = catalogue.problems().stream().filter(p -> course == null || !p.missingData()).toList();
        catalogue.problems().stream().filter(p -> !failed.contains(p))
                .forEach(p -> err.println("parkbench figures: note: not drawn for this course: " + p.message()));
        failed.forEach(p -> err.println("parkbench figures: " + p.message()));
        stdout.printf("%d figures written to %s (%d files); contact sheet: %s%n", catalogue.figures().size(), out,
                written.size(), out.resolve("index.html"));
        return failed.isEmpty() ? 0 : 1;
    }
}
