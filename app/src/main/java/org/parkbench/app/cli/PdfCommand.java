package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parkbench.core.language.Language;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.pages.Profile;
import org.parkbench.site.pdf.HandoutBuilder;
import org.parkbench.site.pdf.InvalidPdfInputException;
import org.parkbench.site.pdf.Paper;
import org.parkbench.site.pdf.PdfFonts;
import org.parkbench.site.pdf.PdfRequest;
import org.parkbench.site.pdf.PdfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench pdf}: a printable, tagged (PDF/UA) handout of every case of the course, one
 * {@code <case-id>.pdf} per case in a folder per language, with the course book ({@code course-book.pdf})
 * and, in the instructor profile, the answer key ({@code answer-key.pdf}) beside them, written to a staging folder and swapped
 * in only when every PDF was written, so a failed run leaves the previous PDFs as they were.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Writes a PDF handout of every case: narrative, fact box, stakes, timeline, figures, questions, "
                + "exercises (with keys and worked solutions in the instructor profile) and numbered references; "
                + "the course book (cover, contents, models, every case, glossary, references); and, in the instructor profile, the answer key."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PDFs written", "1:invalid course or case data (diagnostics printed; the previous PDFs are untouched), "
                + "or another run is writing --out (nothing written)",
                "2:usage error, or --out is a folder that Parkbench did not write"})
final class PdfCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--course", paramLabel = "FILE", description = "A course file (YAML; see docs/course-file.md). Default: every shipped case.")
    Path course;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the PDFs go, a folder per language (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "pdf");

    @Option(names = "--profile", paramLabel = "student|instructor",
            description = "student (default): questions only, no key or solution; instructor: with keys, worked solutions, rubrics and model answers.")
    Profile profile = Profile.STUDENT;

    @Option(names = "--lang", paramLabel = "en|zh", description = "One language only (default: the course's languages).")
    Language lang;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "The paper size (default: a4).")
    Paper paper = Paper.A4;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CoursePlan plan = CoursePlan.read(course, out, profile, true);
            BuildRequest read = plan.request();
            List<Language> languages = lang != null ? List.of(lang) : read.course().siteLanguages();
            PdfResult result = new HandoutBuilder(PdfFonts.shipped())
                    .build(new PdfRequest(read.course(), read.casebook(), out, profile, languages, paper));
            result.warnings().forEach(d -> err.println(d.format()));
            stdout.printf(Locale.ROOT, "Wrote %d PDF(s): handouts, course book%s (%s profile, %s) into %s in %.1f s.%n", result.files().size(),
                    profile.isInstructor() ? ", answer key" : "", profile.name().toLowerCase(Locale.ROOT), paper.cssSize(), out, result.duration().toMillis() / 1000.0);
            return 0;
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            err.println(nothingWritten());
            return 1;
        } catch (InvalidPdfInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            err.println(nothingWritten());
            return 1;
        } catch (PdfFonts.MissingFontsException e) {
            err.println("parkbench pdf: " + e.getMessage() + "; rebuild the application (./parkbench builds it on first use)");
            return 1;
        } catch (OutputRefusedException e) {
            err.println("parkbench pdf: " + e.getMessage());
            return 2;
        } catch (OutputBusyException e) {
            err.println("parkbench pdf: " + e.getMessage());
            return 1;
        }
    }

    private String nothingWritten() {
        return "parkbench pdf: nothing was written; any previous PDFs in " + out + " are as they were.";
    }
}
