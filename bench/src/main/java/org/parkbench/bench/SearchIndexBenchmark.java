package org.parkbench.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.parkbench.core.language.Language;
import org.parkbench.site.pages.SearchIndex;

/**
 * Writing {@code assets/search-index.js} of a 10,000-park course: {@code pages} entries with the
 * sizes such a build has (a title of about 20 characters, a text of about 170, now and then a
 * character that must be escaped), written as the script the search page loads. The JVM options are the
 * launcher's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-Xmx384m"})
public class SearchIndexBenchmark {
    @Param({"10213"})
    public int pages;

    private SearchIndex index;

    @Setup(Level.Trial)
    public void setUp() {
        index = new SearchIndex();
        for (int i = 1; i <= pages; i++) {
            // one text in fifty has characters that are escaped (&, <, >), as a course's names and notes do now and then
            String and = i % 50 == 0 ? "&amp; &lt;zone&gt;" : "and its zone";
            String text = String.format(Locale.ROOT, "<p>Synthetic Park %d, a park-development-company-led park in Country %d %s. "
                    + "It opened in %d with %d enterprises and %,d jobs; the developer holds %d per cent of it. Sources: report %d.</p>",
                    i, i % 60, and, 1990 + i % 30, i % 400, i * 7, i % 100, i);
            index.add(String.format(Locale.ROOT, "parks/synthetic-park-%05d.html", i), "Synthetic Park " + i, "parks", Language.EN, text);
        }
    }

    /** The whole script, as the build writes it once at the end. */
    @Benchmark
    public String script() {
        return index.script();
    }
}
