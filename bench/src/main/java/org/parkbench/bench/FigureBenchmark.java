package org.parkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRenderer;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;

/**
 * Figures per second, SVG and PNG (at twice the size), over the per-park figures of a synthetic
 * course (line charts of indicators over time, stacked bars of stakes: what a large site has
 * thousands of), one figure per call in turn. Single threaded: a build draws on every core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"})
public class FigureBenchmark {
    @Param({"200"})
    public int parks;

    private List<Figure> figures;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("parkbench-jmh-figures");
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(parks, 2, 1), dir);
        Course course = CourseLoader.load(summary.courseFile());
        Casebook casebook = CasebookLoader.load(CourseCases.inputs(course, List.of(), dir)).casebook().value();
        List<FigureContribution> contributions = FigureCatalogue.contributions(FigureBenchmark.class.getClassLoader());
        figures = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            figures.addAll(FigureCatalogue.ofCase(c, contributions).figures());
        }
    }

    @Benchmark
    public String svg() {
        return FigureRenderer.svg(figures.get(next++ % figures.size()));
    }

    @Benchmark
    public byte[] png() {
        return FigureRenderer.png(figures.get(next++ % figures.size()));
    }
}
