package org.parkbench.charts.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureCatalogue;
import org.parkbench.charts.FigureRenderer;

/**
 * Times the figure catalogue: milliseconds per figure for SVG and for PNG (median of several runs
 * after a warm-up), and the whole catalogue rendered in both formats single-threaded and in
 * parallel. A plain harness rather than JMH, run on demand (see {@code charts/bench/README.md}),
 * never part of the test run. Prints a Markdown table.
 *
 * <p>The casebook comes from {@link BenchCasebook}; the one argument is the number of runs per
 * measurement (default 7).
 */
public final class FigureBenchmark {
    private FigureBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        BenchCasebook.Loaded loaded = BenchCasebook.load();
        List<Figure> figures = FigureCatalogue.forCasebook(loaded.casebook()).figures();
        System.out.printf(Locale.ROOT, "# Figure benchmark%n%ncasebook: %s; %d figures; %d runs per measurement; %d processors; %s%n%n",
                loaded.description(), figures.size(), runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        // warm-up: every figure in both formats, twice
        for (int i = 0; i < 2; i++) {
            figures.forEach(FigureRenderer::svg);
            figures.forEach(FigureRenderer::png);
        }
        System.out.println("| figure | SVG ms | PNG ms |");
        System.out.println("|---|---:|---:|");
        double svgSum = 0;
        double pngSum = 0;
        for (Figure f : figures) {
            double svg = median(runs, () -> FigureRenderer.svg(f));
            double png = median(runs, () -> FigureRenderer.png(f));
            svgSum += svg;
            pngSum += png;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", f.id(), svg, png);
        }
        System.out.printf(Locale.ROOT, "| **mean per figure** | **%.1f** | **%.1f** |%n%n", svgSum / figures.size(), pngSum / figures.size());
        Consumer<Figure> both = f -> {
            FigureRenderer.svg(f);
            FigureRenderer.png(f);
        };
        double single = median(Math.max(3, runs / 2), () -> figures.forEach(both));
        double parallel = median(Math.max(3, runs / 2), () -> figures.parallelStream().forEach(both));
        System.out.println("| whole catalogue, SVG + PNG | ms |");
        System.out.println("|---|---:|");
        System.out.printf(Locale.ROOT, "| single-threaded | %.0f |%n| parallel (common fork-join pool) | %.0f |%n| speed-up | %.2f× |%n",
                single, parallel, single / parallel);
    }

    private static double median(int runs, Runnable task) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
