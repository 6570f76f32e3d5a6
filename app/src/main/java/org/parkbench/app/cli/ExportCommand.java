package org.parkbench.app.cli;

import java.util.Optional;
import org.parkbench.core.language.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parkbench.app.scorm.ScormPackage;
import org.parkbench.exercises.export.CanvasExporter;
import org.parkbench.exercises.export.GiftExporter;
import org.parkbench.exercises.export.MoodleXmlExporter;
import org.parkbench.exercises.export.QtiExporter;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.build.InvalidSiteInputException;
import org.parkbench.site.pages.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench export}: the course's exercises for a learning management system — GIFT or
 * Moodle XML for Moodle, Canvas's own QTI 1.2 dialect for Canvas, or an IMS QTI 2.1 content
 * package for other QTI importers, with exercises of several variants as one question per variant,
 * pooled per exercise — or the student site itself as a SCORM 1.2 package that reports answers and
 * scores to the LMS ({@code --case} for one case's).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the exercises as GIFT or Moodle XML (Moodle), as a Canvas QTI 1.2 package (zip) or as an IMS QTI 2.1 content package (zip), "
                + "or the student site as a SCORM 1.2 package (zip) that reports to the LMS."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:invalid course, case or exercise data (diagnostics printed)", "2:usage error"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the exercises are exported as: the default file and what the command says it wrote. */
    enum ExportFormat {
        /** Moodle's GIFT text format. */
        GIFT("exercises.gift", "GIFT (Moodle: Question bank → Import → GIFT format)"),
        /** Moodle's own XML question format, with marks, hints, penalties and ordering questions (Moodle 4.4 or later). */
        MOODLE("exercises-moodle.xml", "Moodle XML (Question bank → Import → Moodle XML format)"),
        /** An IMS QTI 2.1 content package (zip). */
        QTI("exercises-qti.zip", "a QTI 2.1 content package"),
        /** Canvas's own QTI 1.2 dialect (zip), one quiz per case. */
        CANVAS("exercises-canvas.zip", "a Canvas QTI 1.2 package (Settings → Import Course Content → QTI .zip file)"),
        /** The student site as a SCORM 1.2 package (zip): one SCO per case, or the one case of --case. */
        SCORM("course-scorm.zip", "a SCORM 1.2 package");

        final String defaultFile;
        final String written;

        ExportFormat(String defaultFile, String written) {
            this.defaultFile = defaultFile;
            this.written = written;
        }
    }

    @Option(names = "--format", required = true, paramLabel = "gift|moodle|qti|canvas|scorm",
            description = "gift (Moodle GIFT), moodle (Moodle XML), qti (QTI 2.1 zip), canvas (Canvas QTI 1.2 zip) "
                    + "or scorm (the student site as a SCORM 1.2 zip).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "The file to write (default: target/exercises.gift, target/exercises-moodle.xml, target/exercises-qti.zip, "
                    + "target/exercises-canvas.zip, target/course-scorm.zip or, with --case, target/<case>-scorm.zip).")
    Path out;

    @Option(names = "--case", paramLabel = "ID", description = "With --format scorm: the package of this case alone (default: every case).")
    String caseId;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            description = "The language of the exported texts: their Chinese translations with zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--course", paramLabel = "FILE", description = "A course file; default: every shipped case.")
    Path course;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Language> language = LanguageOption.read(spec, lang);
        if (language.isEmpty()) {
            return 2;
        }
        if (caseId != null && format != ExportFormat.SCORM) {
            err.println("parkbench export: --case is for --format scorm; gift and qti export every case of the course.");
            return 2;
        }
        if (format == ExportFormat.SCORM) {
            return scorm(language.get(), stdout, err);
        }
        CourseExercises loaded = CourseExercises.loadOrReport(course, language.get(), err);
        if (loaded == null) {
            return 1;
        }
        Path target = out != null ? out : Path.of("target", format.defaultFile);
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        ExerciseSet set = loaded.exercises();
        switch (format) {
            case GIFT -> Files.writeString(target, new GiftExporter(set).export(), StandardCharsets.UTF_8);
            case MOODLE -> Files.write(target, new MoodleXmlExporter(set).export());
            case QTI -> Files.write(target, new QtiExporter(set).zip());
            case CANVAS -> Files.write(target, new CanvasExporter(set).zip());
            case SCORM -> throw new IllegalStateException("written by scorm()");
        }
        stdout.printf("%d exercises exported as %s to %s%n", set.exercises().size(), format.written, target);
        return 0;
    }

    /** The SCORM package: the course's site built as {@code build} builds it (student profile, figures), zipped with its manifest. */
    private int scorm(Language language, PrintWriter stdout, PrintWriter err) throws IOException {
        CoursePlan plan;
        try {
            plan = CoursePlan.read(course, Path.of("target", "site"), Profile.STUDENT, true);
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 1;
        }
        ScormPackage scorm;
        if (caseId == null) {
            scorm = ScormPackage.of(plan.request(), language);
        } else if (ScormPackage.courseCaseIds(plan.request()).contains(caseId)) {
            scorm = ScormPackage.forCase(plan.request(), language, caseId);
        } else {
            err.printf("parkbench export: the course has no case '%s'; its cases: %s%n", caseId,
                    String.join(", ", ScormPackage.courseCaseIds(plan.request())));
            return 2;
        }
        Path target = out != null ? out : Path.of("target", scorm.defaultFileName());
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        try {
            Files.write(target, scorm.zip());
        } catch (InvalidSiteInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 1;
        }
        stdout.printf("The student site%s exported as %s to %s%n", caseId == null ? "" : " of " + caseId, format.written, target);
        return 0;
    }
}
