package org.parkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.core.csv.SpreadsheetCsv;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.OutputDirectory;
import org.parkbench.site.pages.DataTables;

/**
 * The data downloads of a synthetic course of {@code parks} parks as a build makes them, without
 * the disk: every table of every case, its rows made and written as CSV text by
 * {@link SpreadsheetCsv} (Commons CSV's printer with the formula guard). One thread, the
 * launcher's quick JIT tier; the result is milliseconds for the whole course. Numbers and the
 * hand-written writer this replaced: docs/decisions/008-csv-output.md. Run with
 * {@code java -jar bench/target/parkbench-bench.jar CsvBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m"})
public class CsvBenchmark {
    @Param({"1000"})
    public int parks;

    private Path dir;
    private List<CaseStudy> cases;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("parkbench-jmh");
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(parks,
                SyntheticCourse.Settings.defaultCases(parks), 1), dir.resolve("course"));
        Course course = CourseLoader.load(summary.courseFile());
        Casebook casebook = CasebookLoader.load(CourseCases.inputs(course, List.of(), dir)).casebook().value();
        cases = casebook.cases();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        OutputDirectory.delete(dir);
    }

    /** Every data download of every case (the all-cases files are these joined), as CSV text; returns its length. */
    @Benchmark
    public long dataDownloads() {
        long chars = 0;
        for (CaseStudy c : cases) {
            for (DataTables.Table t : DataTables.tables()) {
                List<String> header = t.fields().stream().map(DataTables.Field::name).toList();
                chars += SpreadsheetCsv.text(header, t.rows().apply(c)).length();
            }
        }
        return chars;
    }
}
