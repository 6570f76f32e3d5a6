package org.parkbench.site.pages;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Where a build's time goes, phase by phase, printed to standard error when the system property
 * {@value #PROPERTY} is set ({@code PARKBENCH_JAVA_OPTS=-Dparkbench.timing=true ./parkbench build …}).
 * The benchmark uses it to tell loading, rendering and writing apart; by default it prints nothing.
 */
public final class PhaseClock {
    static final String PROPERTY = "parkbench.timing";
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long last = start;

    private PhaseClock(PrintStream out) {
        this.out = out;
    }

    public static PhaseClock start() {
        return new PhaseClock(Boolean.getBoolean(PROPERTY) ? System.err : null);
    }

    /** Prints the thread time spent rendering and writing each kind of page. */
    public void pages(Map<String, java.util.concurrent.atomic.LongAdder> byTemplate) {
        if (out == null) {
            return;
        }
        byTemplate.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> out.printf(Locale.ROOT, "parkbench timing:   pages/%-22s %7.0f ms of thread time%n", e.getKey() + ".vm",
                        e.getValue().sum() / 1e6));
    }

    /** Notes that {@code phase} has just ended. */
    public void lap(String phase) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        out.printf(Locale.ROOT, "parkbench timing: %-28s %7.0f ms (at %7.0f ms)%n", phase, (now - last) / 1e6, (now - start) / 1e6);
        last = now;
    }
}
