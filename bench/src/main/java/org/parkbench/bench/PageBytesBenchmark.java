package org.parkbench.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Bibliography;
import org.parkbench.site.pages.PageOutput;
import org.parkbench.site.pages.PageSet;
import org.parkbench.site.pages.Profile;
import org.parkbench.site.pages.SearchIndex;
import org.parkbench.site.pages.SiteContent;
import org.parkbench.site.template.Templates;

/**
 * One piece of a park page alone: turning the text a template writes into the page's UTF-8
 * bytes (docs/decisions/009-page-bytes.md). The text is a real park page of a synthetic course,
 * cut into the pieces a Velocity merge hands its writer or handed over whole: {@code velocity}
 * cuts before every {@code <} and after every {@code >}, which gives a write per 14 characters,
 * about the rate of a real park page (917 writes for 11,319 characters of content, counted in a
 * build of 1,000 parks); {@code tags} cuts before every {@code <} only. {@code renderBytes} and {@code renderThenEncode} go through {@link Templates}
 * with a template that only writes those pieces, so the Velocity work is the same in both and
 * their difference is the writer's; {@code stringWriter} and {@code outputStreamWriter} are the
 * JDK's writers on the same pieces without Velocity. The JVM options are the launcher's. Each
 * call is timed on its own ({@code SampleTime}): on a machine shared with other work the median
 * is hardly touched by the calls that another process interrupts, where the mean is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-Xmx384m"})
public class PageBytesBenchmark {
    private static final String TEMPLATE = "bench/page-bytes.vm";

    @Param({"velocity", "tags", "whole"})
    public String writes;

    private Path dir;
    private Templates templates;
    private Map<String, Object> model;
    private List<String> pieces;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("parkbench-jmh");
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(100, SyntheticCourse.Settings.defaultCases(100), 1),
                dir.resolve("course"));
        Course course = CourseLoader.load(summary.courseFile());
        Casebook casebook = CasebookLoader.load(CourseCases.inputs(course, List.of(), dir)).casebook().value();
        Path site = Files.createDirectories(dir.resolve("site"));
        try (RenderPool pool = new RenderPool(1)) {
            PageSet pages = PageSet.of(new SiteContent(course, casebook, ExerciseLoader.load(casebook).value(), Profile.STUDENT,
                            new Bibliography(casebook), SiteFigures.none(), "", Language.EN),
                    new PageOutput(new Templates(), new MarkdownRenderer(), new SiteFiles(site, null), pool, new SearchIndex(),
                            new ConcurrentHashMap<>()));
            CaseStudy parks = casebook.cases().stream().filter(c -> !c.parks().isEmpty()).findFirst().orElseThrow();
            pages.parkPage(parks, 0, List.of());
            String page = Files.readString(site.resolve(SitePaths.park(parks.parks().get(0).id())), StandardCharsets.UTF_8);
            pieces = switch (writes) {
                case "whole" -> List.of(page);
                case "tags" -> cut(page, false);
                default -> cut(page, true);
            };
            System.out.printf("page: %,d characters, %,d bytes of UTF-8, %,d writes%n", page.length(),
                    page.getBytes(StandardCharsets.UTF_8).length, pieces.size());
        }
        Path root = dir.resolve("templates");
        Path template = root.resolve("parkbench/site/templates/" + TEMPLATE);
        Files.createDirectories(template.getParent());
        Files.writeString(template, "#foreach($piece in $pieces)$piece#end");
        templates = new Templates(root);
        model = Map.of("pieces", pieces.stream().map(TrustedHtml::new).toList());
        if (!new String(renderBytes(), StandardCharsets.UTF_8).equals(String.join("", pieces))) {
            throw new IllegalStateException("the template does not write the page as it is");
        }
    }

    /** The page cut before every {@code <} and, with {@code afterTags}, after every {@code >}. */
    private static List<String> cut(String page, boolean afterTags) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < page.length(); i++) {
            if (page.charAt(i) == '<' || afterTags && page.charAt(i - 1) == '>') {
                out.add(page.substring(from, i));
                from = i;
            }
        }
        out.add(page.substring(from));
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        OutputDirectory.delete(dir);
    }

    /** Through the templates, as a park page is rendered: {@link Templates#renderBytes}. */
    @Benchmark
    public byte[] renderBytes() {
        return templates.renderBytes(TEMPLATE, model);
    }

    /** Through the templates as a string, encoded afterwards: {@link Templates#render}, then {@code getBytes(UTF_8)}. */
    @Benchmark
    public byte[] renderThenEncode() {
        return templates.render(TEMPLATE, model).getBytes(StandardCharsets.UTF_8);
    }

    /** The JDK alone: a {@link StringWriter}, then {@code getBytes(UTF_8)}. */
    @Benchmark
    public byte[] stringWriter() {
        StringWriter out = new StringWriter(16384);
        for (String piece : pieces) {
            out.write(piece);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Without Velocity, a writer that appends to a {@link StringBuilder} with no lock (what
     * {@code Templates} renders into), then {@code getBytes(UTF_8)}: against {@link #stringWriter},
     * the cost of the lock {@link StringWriter} takes on every write.
     */
    @Benchmark
    public byte[] unsynchronisedWriter() {
        StringBuilderWriter out = new StringBuilderWriter();
        for (String piece : pieces) {
            out.write(piece);
        }
        return out.text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A {@link Writer} into a {@link StringBuilder}: one thread, no lock. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder text = new StringBuilder(16384);

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {
            // nothing held elsewhere
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** The JDK alone: an {@link OutputStreamWriter} encoding into a {@link ByteArrayOutputStream}. */
    @Benchmark
    public byte[] outputStreamWriter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (String piece : pieces) {
                out.write(piece);
            }
        }
        return bytes.toByteArray();
    }
}
