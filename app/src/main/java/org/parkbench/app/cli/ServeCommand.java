package org.parkbench.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.parkbench.app.serve.Preview;
import org.parkbench.site.build.InvalidSiteInputException;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.pages.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkbench serve}: builds, serves the site on 127.0.0.1 only, rebuilds when case data,
 * templates or the course file change, and reloads the open page. Stops with Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it on 127.0.0.1 (this machine only), rebuilds on every change to case data, "
                + "templates or the course file, and reloads the open page. A change to one case's files updates only "
                + "what depends on that case, its own pages first. It answers only requests addressed to this "
                + "machine by name and port, so a web page from elsewhere cannot read it. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the first build failed (diagnostics printed), or another build or preview is writing --out",
                "2:usage error (e.g. the port is taken, or --out is inside a folder the preview watches)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    int port = 8000;

    /** The port, checked when picocli sets it: a number picocli converts, in the range a port can be. */
    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    void port(int value) {
        if (value < 0 || value > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + value + " is not a port (0–65535; 0 picks a free one)");
        }
        port = value;
    }

    @Option(names = "--course", paramLabel = "FILE", description = "A course file (default: every shipped case).")
    Path course;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the preview site is written (default: ${DEFAULT-VALUE}); "
            + "not inside a case folder or the templates, which the preview watches.")
    Path out = Path.of("target", "preview");

    @Option(names = "--profile", paramLabel = "student|instructor", description = "Which site to preview (default: student).")
    Profile profile = Profile.STUDENT;

    @Option(names = "--no-figures", description = "Preview without figures (text only, faster).")
    boolean noFigures;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = profile;
        CoursePlan first;
        try {
            first = CoursePlan.read(course, out, chosen, !noFigures);
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 1;
        }
        Path templates = ProjectCases.home().map(h -> h.resolve("site/src/main/resources")).filter(Files::isDirectory).orElse(null);
        List<Path> watched = new ArrayList<>(first.watched());
        if (templates != null) {
            watched.add(templates);
        }
        SiteBuilder builder = new SiteBuilder(Clock.systemUTC(), templates);
        AtomicReference<CoursePlan> plan = new AtomicReference<>(first);
        Preview preview = new Preview(() -> {
            try {
                CoursePlan fresh = CoursePlan.read(course, out, chosen, !noFigures);
                plan.set(fresh);
                return fresh.request();
            } catch (InvalidInputException e) {
                throw new InvalidSiteInputException(e.diagnostics());
            }
        }, (current, changed) -> {
            try {
                return plan.get().reload(current, changed);
            } catch (InvalidInputException e) {
                throw new InvalidSiteInputException(e.diagnostics());
            }
        }, builder, line -> {
            stdout.println("parkbench serve: " + line);
            stdout.flush();
        });
        URI uri;
        try {
            uri = preview.start(out, port, watched);
        } catch (OutputRefusedException e) {
            err.println("parkbench serve: " + e.getMessage());
            return 2;
        } catch (OutputBusyException e) {
            err.println("parkbench serve: " + e.getMessage());
            return 1;
        } catch (InvalidSiteInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 1;
        } catch (java.net.BindException e) {
            err.println("parkbench serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); try --port 0 or another port");
            return 2;
        }
        stdout.println("parkbench serve: serving " + uri + " (this machine only); watching case data"
                + (course != null ? ", the course file" : "") + (templates != null ? " and templates" : "") + ". Ctrl-C stops.");
        stdout.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (java.io.IOException ignored) {
                // the process is ending anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
