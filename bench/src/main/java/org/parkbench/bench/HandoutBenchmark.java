package org.parkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.pages.Profile;
import org.parkbench.site.pdf.HandoutBuilder;
import org.parkbench.site.pdf.Paper;
import org.parkbench.site.pdf.PdfFonts;
import org.parkbench.site.pdf.PdfRequest;
import org.parkbench.site.pdf.PdfResult;

/**
 * One shipped case's handout, after the first: what {@code parkbench pdf} does for a course of that
 * one case in one language (its exercises loaded, its figures drawn, its XHTML made, laid out and
 * written as a tagged PDF, the output folder swapped in), in a JVM that has already made handouts.
 * The shipped cases are read once, as {@code pdf} reads them; the other cases stay the course's
 * background, as they do in a course file naming one case. Whatever else {@code pdf} writes for a
 * course (a course book, an answer key) it writes here for this one case too, beside the handout on
 * the other render thread, and the time includes it. Through the public {@link HandoutBuilder}
 * and {@link PdfRequest}, the seam {@code pdf} itself uses; with the launcher's JVM options (quick JIT
 * tier only, 384 MiB heap, the parallel collector). Run by bench/pdf.sh, or
 * {@code java -jar bench/target/parkbench-bench.jar HandoutBenchmark -p caseId=suez-teda}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
        "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-Xmx384m"})
public class HandoutBenchmark {
    /** A shipped case; suez-teda makes the largest handout (about 1.1 MB, the most parks and figures). */
    @Param({"haier-ruba", "huajian", "overview", "sihanoukville", "suez-teda", "suzhou"})
    public String caseId;

    @Param({"en", "zh"})
    public String lang;

    @Param({"student", "instructor"})
    public String profile;

    private HandoutBuilder builder;
    private PdfRequest request;
    private Path dir;
    private Path handout;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        CasebookLoad load = CasebookLoader.load(CasebookLoader.shipped());
        if (load.casebook().hasErrors()) {
            throw new IllegalStateException("the shipped cases have errors: " + load.casebook().diagnostics());
        }
        Casebook casebook = load.casebook().value();
        Course course = CourseLoader.defaultCourse(List.of(caseId)).withLanguages(List.of(Language.EN, Language.ZH));
        Language language = Language.parse(lang).orElseThrow(() -> new IllegalArgumentException("lang: en or zh, not " + lang));
        dir = Files.createTempDirectory("parkbench-jmh-pdf");
        request = new PdfRequest(course, casebook, dir.resolve("pdf"), Profile.valueOf(profile.toUpperCase(Locale.ROOT)),
                List.of(language), Paper.A4);
        handout = Path.of(language.code(), caseId + ".pdf");
        builder = new HandoutBuilder(PdfFonts.shipped());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        OutputDirectory.delete(dir);
    }

    /** The case's handout, from the loaded case to the PDF on disk. */
    @Benchmark
    public PdfResult handout() {
        PdfResult result = builder.build(request);
        if (!result.files().contains(handout)) {
            throw new IllegalStateException("expected " + handout + ", wrote " + result.files());
        }
        return result;
    }
}
