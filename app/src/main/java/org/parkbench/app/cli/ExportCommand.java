package org.parkbench.app.cli;

import java.util.Optional;
import org.parkbench.core.language.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parkbench.exercises.export.CanvasExporter;
import org.parkbench.exercises.export.GiftExporter;
import org.parkbench.exercises.export.MoodleXmlExporter;
import org.parkbench.exercises.export.QtiExporter;
import org.parkbench.exercises.load.ExerciseSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench export}: the course's exercises for a learning management system — GIFT or
 * Moodle XML for Moodle, Canvas's own QTI 1.2 dialect for Canvas, or an IMS QTI 2.1 content
 * package for other QTI importers. Exercises with variants become one question per variant, pooled
 * per exercise.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the exercises as GIFT or Moodle XML (Moodle), as a Canvas QTI 1.2 package (zip) or as an IMS QTI 2.1 content package (zip)."},
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
        CANVAS("exercises-canvas.zip", "a Canvas QTI 1.2 package (Settings → Import Course Content → QTI .zip file)");

        final String defaultFile;
        final String written;

        ExportFormat(String defaultFile, String written) {
            this.defaultFile = defaultFile;
            this.written = written;
        }
    }

    @Option(names = "--format", required = true, paramLabel = "gift|moodle|qti|canvas",
            description = "gift (Moodle GIFT), moodle (Moodle XML), qti (QTI 2.1 zip) or canvas (Canvas QTI 1.2 zip).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "The file to write (default: target/exercises.gift, target/exercises-moodle.xml, target/exercises-qti.zip or target/exercises-canvas.zip).")
    Path out;

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
        }
        stdout.printf("%d exercises exported as %s to %s%n", set.exercises().size(), format.written, target);
        return 0;
    }
}
