package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parkbench.app.synth.SyntheticCourse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench synth}: writes a synthetic but valid course (data-only cases and a course file)
 * of any size, for trying the site at scale and for the benchmark. Deterministic for a seed.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic course: N invented parks over M data-only cases, with observations over several years, "
                + "stakes, events, sources, exercises, an overview with statistics and zones, and a course file. "
                + "Everything in it is named 'Synthetic …'. The same seed writes the same files.",
                "Build it with: parkbench build --course DIR/course.yml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:course written", "2:usage error (bad numbers, or --out is a file or a non-synthetic folder)"})
final class SynthCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--parks", paramLabel = "N", required = true, description = "Number of parks (at least 1).")
    int parks;

    @Option(names = "--cases", paramLabel = "M", description = "Number of cases the parks are spread over (default: one per 100 parks).")
    Integer cases;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the course into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyntheticCourse.Settings settings;
        try {
            settings = new SyntheticCourse.Settings(parks, cases == null ? SyntheticCourse.Settings.defaultCases(parks) : cases, seed);
        } catch (IllegalArgumentException e) {
            err.println("parkbench synth: " + e.getMessage());
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("parkbench synth: " + out + " is a file; give a folder");
            return 2;
        }
        if (Files.isDirectory(out) && !isEmptyOrSynthetic(out)) {
            err.println("parkbench synth: " + out + " is not empty and holds no synthetic course; choose another --out");
            return 2;
        }
        long start = System.nanoTime();
        deleteTree(out.resolve("cases")); // an earlier synthetic course: its cases go, whatever their number
        SyntheticCourse.Summary summary = SyntheticCourse.write(settings, out);
        stdout.printf("Wrote a synthetic course of %d parks in %d cases (%d observations, %d exercises) to %s in %.1f s.%n"
                        + "Build it with: parkbench build --course %s%n",
                summary.parks(), summary.cases(), summary.observations(), summary.exercises(), out,
                (System.nanoTime() - start) / 1e9, summary.courseFile());
        return 0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean isEmptyOrSynthetic(Path dir) throws java.io.IOException {
        if (Files.isRegularFile(dir.resolve(SyntheticCourse.COURSE_FILE))) {
            String head = Files.readString(dir.resolve(SyntheticCourse.COURSE_FILE));
            return head.startsWith("# Written by `parkbench synth");
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
