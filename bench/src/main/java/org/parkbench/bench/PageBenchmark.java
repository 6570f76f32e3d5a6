package org.parkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The inner loop of a build: one park page (its views built from the case's rows, the template
 * merged into the layout, the file written), one case page of a hundred parks, and the search
 * text of a page taken from its HTML. Over a synthetic course of {@code parks} parks; single
 * threaded, so the result is per core. Run by bench/run.sh, or
 * {@code java -jar bench/target/parkbench-bench.jar PageBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"})
public class PageBenchmark {
    @Param({"1000"})
    public int parks;

    private Path dir;
    private PageSet pages;
    private List<CaseStudy> cases;
    private List<int[]> parkPositions;
    private int next;
    private String caseHtml;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("parkbench-jmh");
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(parks, SyntheticCourse.Settings.defaultCases(parks), 1),
                dir.resolve("course"));
        Course course = CourseLoader.load(summary.courseFile());
        Casebook casebook = CasebookLoader.load(CourseCases.inputs(course, List.of(), dir)).casebook().value();
        RenderPool pool = new RenderPool(1);
        SiteFiles files = new SiteFiles(Files.createDirectories(dir.resolve("site")), null);
        pages = PageSet.of(new SiteContent(course, casebook, ExerciseLoader.load(casebook).value(), Profile.STUDENT,
                        new Bibliography(casebook), SiteFigures.none(), "", Language.EN),
                new PageOutput(new Templates(), new MarkdownRenderer(), files, pool, new SearchIndex(), new ConcurrentHashMap<>()));
        cases = casebook.cases();
        parkPositions = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            for (int p = 0; p < cases.get(c).parks().size(); p++) {
                parkPositions.add(new int[] {c, p});
            }
        }
        pages.casePage(1, List.of());
        caseHtml = Files.readString(dir.resolve("site").resolve(SitePaths.caseStudy(cases.get(1).id())));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        OutputDirectory.delete(dir);
    }

    /** One park page, from the case's rows to the file on disk. */
    @Benchmark
    public void parkPage() {
        int[] at = parkPositions.get(next++ % parkPositions.size());
        pages.parkPage(cases.get(at[0]), at[1], List.of());
    }

    /** The page of a case of about a hundred parks (narrative, park table, exercises). */
    @Benchmark
    public void casePage() {
        pages.casePage(1 + next++ % (cases.size() - 1), List.of());
    }

    /** The search text of a case page taken from its HTML (what the index does for every page but park pages). */
    @Benchmark
    public int searchTextFromHtml() {
        SearchIndex index = new SearchIndex();
        index.add("cases/x.html", "x", "cases", org.parkbench.core.language.Language.EN, caseHtml);
        return index.size();
    }
}
