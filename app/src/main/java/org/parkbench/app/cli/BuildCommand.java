package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.InvalidSiteInputException;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.pages.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench build}: the course site, written to a staging folder and swapped in only when
 * complete, so a failed or killed build leaves the previous site as it was; a second build into
 * the same folder while one runs is refused (see {@code site.output.OutputDirectory}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the course site: every case, model, figure and exercise as static HTML that works from file://."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:site built", "1:invalid course or case data (diagnostics printed; the previous site is untouched), "
                + "or another build or preview is writing --out (nothing written)",
                "2:usage error, or --out is a folder that is not a previous Parkbench site"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--course", paramLabel = "FILE", description = "A course file (YAML; see docs/course-file.md). Default: every shipped case.")
    Path course;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "site");

    @Option(names = "--profile", paramLabel = "student|instructor",
            description = "student (default): no solutions, keys or teaching notes; instructor: adds them.")
    Profile profile = Profile.STUDENT;

    @Option(names = "--no-figures", description = "Build without figures (text only, faster).")
    boolean noFigures;

    /** The builder made on its own thread; what it threw, as if made here. */
    private static SiteBuilder started(java.util.concurrent.FutureTask<SiteBuilder> builder) {
        try {
            return builder.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the template engine started", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = profile;
        try {
            long loading = System.nanoTime();
            // the template engine starts (Velocity, the site's macros) while the cases are read
            java.util.concurrent.FutureTask<SiteBuilder> builder = new java.util.concurrent.FutureTask<>(SiteBuilder::new);
            Thread starting = new Thread(builder, "parkbench-templates");
            starting.setDaemon(true);
            starting.start();
            CoursePlan plan = CoursePlan.read(course, out, chosen, !noFigures);
            double loaded = (System.nanoTime() - loading) / 1e9;
            BuildResult result = started(builder).build(plan.request());
            result.warnings().forEach(d -> err.println(d.format()));
            if (!plan.warnings().isEmpty()) {
                err.println(plan.warningSummary());
            }
            int reused = result.figuresWritten() - result.figuresDrawn();
            stdout.printf(Locale.ROOT, "Built %d pages and %d figures%s (%s profile) into %s in %.1f s, after %.1f s loading and checking the cases.%n"
                            + "Open %s in a browser.%n",
                    result.pagesWritten(), result.figuresWritten(), reused > 0 ? " (" + reused + " unchanged since the last build)" : "",
                    profile.name().toLowerCase(Locale.ROOT), out, result.duration().toMillis() / 1000.0, loaded, out.resolve("index.html"));
            return 0;
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            err.println(nothingWritten(out));
            return 1;
        } catch (InvalidSiteInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            err.println(nothingWritten(out));
            return 1;
        } catch (OutputRefusedException e) {
            err.println("parkbench build: " + e.getMessage());
            return 2;
        } catch (OutputBusyException e) {
            err.println("parkbench build: " + e.getMessage());
            return 1;
        }
    }

    /** The closing line of a failed build: mentions a previous site only when {@code out} holds one. */
    static String nothingWritten(java.nio.file.Path out) {
        if (java.nio.file.Files.isRegularFile(out.resolve("index.html"))) {
            return "parkbench build: nothing was written; the previous site in " + out + " is as it was.";
        }
        return "parkbench build: nothing was written (" + out + " holds no previous site).";
    }
}
