package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.parkbench.core.spi.CaseModule;

/**
 * A case made by {@code new-case} in a test, and the steps a contributor takes next: compile the
 * module's Java (with the JDK's compiler, against the classes the module depends on), put it on a
 * class path, fill the data with a minimal invented park, fill exercises. The data filled in is
 * invented test data, not course content.
 */
final class ScaffoldedCase {
    static final String PARK = "great-stone-park";
    static final String SOURCE = "test-report";
    private static final Pattern TODO_TEXT = Pattern.compile("TODO:[^\"\\r\\n]*");

    private final Path dataDirectory;

    ScaffoldedCase(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Path file(String name) {
        return dataDirectory.resolve(name);
    }

    String read(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ScaffoldedCase write(String name, String text) {
        try {
            Files.writeString(file(name), text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ScaffoldedCase append(String name, String... rows) {
        return write(name, read(name) + String.join("\n", rows) + "\n");
    }

    /**
     * Fills the case as a contributor would with the smallest valid park: one source, one park
     * (listed in case.md), who initiated and developed it, one observation, one event, and every
     * TODO of case.md replaced. The numbers are invented for the test.
     */
    ScaffoldedCase fillMinimalPark() {
        append("sources.csv", SOURCE + ",Parkbench tests,Invented report used by Parkbench's tests (not a real source),Test Press,2020,,,medium,,");
        append("parks.csv", PARK + ",Great Stone Test Park,,BY,,,,unknown,,silk-road-economic-belt,yes,manufacturing,operating,2012,,,"
                + "government-driven,intergovernmental," + SOURCE + ",,,");
        append("actors.csv",
                PARK + ",test-china,Test Government of China,central-government,CN,initiator,,2010,," + SOURCE + ",,",
                PARK + ",test-belarus,Test Government of Belarus,host-government,BY,initiator,,2010,," + SOURCE + ",,",
                PARK + ",test-developer,Test Development Co.,park-development-company,CN,developer,100,2012,," + SOURCE + ",,");
        append("observations.csv", PARK + ",enterprises,12,count,,2020," + SOURCE + ",,,,");
        append("events.csv", PARK + ",2012-06,Test agreement signed," + SOURCE + ",,");
        String caseMd = read("case.md")
                .replaceAll("parks: \\[].*", "parks: [" + PARK + "]")
                .replaceAll("reading_minutes: 0.*", "reading_minutes: 5")
                .replaceFirst("TODO: where the park is[^\\n]*", "The park had {{obs:" + PARK + "/enterprises/2020}} enterprises"
                        + " in 2020 {{src:" + SOURCE + "}}.");
        return write("case.md", TODO_TEXT.matcher(caseMd).replaceAll("Written by the test."));
    }

    /** Replaces every TODO text of exercise {@code suffix} ({@code <case>-<suffix>.md}), then applies {@code edits} (pairs of from, to). */
    ScaffoldedCase fillExercise(String caseId, String suffix, String... edits) {
        String name = "exercises/" + caseId + "-" + suffix + ".md";
        String text = read(name);
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(text).as(name).contains(edits[i]);
            text = text.replaceFirst(Pattern.quote(edits[i]), edits[i + 1]);
        }
        return write(name, TODO_TEXT.matcher(text).replaceAll("Written by the test."));
    }

    /** The project folder a scaffold can be registered in: copies of the three poms new-case reads and edits. */
    static Path projectCopy(Path target) throws IOException {
        Path real = Path.of("").toAbsolutePath().getParent();
        assertThat(real.resolve("cases/pom.xml")).as("tests run in the app module of a checkout").isRegularFile();
        for (String pom : List.of("pom.xml", "cases/pom.xml", "app/pom.xml")) {
            Path to = target.resolve(pom);
            Files.createDirectories(to.getParent());
            Files.copy(real.resolve(pom), to);
        }
        return target;
    }

    /**
     * Compiles every .java file under {@code module/src/main/java} and {@code src/test/java} into
     * {@code classes} and returns the compiler's errors (empty when it compiles).
     */
    static List<String> compile(Path module, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(module.resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
            String classPath = String.join(java.io.File.pathSeparator, List.of(
                    location(CaseModule.class), location(org.junit.jupiter.api.Test.class),
                    location(org.assertj.core.api.Assertions.class), location(org.apiguardian.api.API.class)));
            boolean ok = compiler.getTask(null, files, problems, List.of("-d", classes.toString(), "-classpath", classPath,
                    "--release", "17", "-encoding", "UTF-8", "-proc:none"), null, files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = problems.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
            assertThat(ok).as(String.join("\n", errors)).isEqualTo(errors.isEmpty());
            return errors;
        }
    }

    /** A class loader over the compiled module and its resources, in front of the test's own class path. */
    static URLClassLoader classLoader(Path classes, Path module) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL(), module.resolve("src/main/resources").toUri().toURL()},
                    ScaffoldedCase.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} with {@code loader} as the thread's context class loader (where ServiceLoader looks). */
    static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Runs {@code action} with the launcher's {@code parkbench.home} set to {@code home}. */
    static <T> T withHome(Path home, Supplier<T> action) {
        String before = System.getProperty(ProjectCases.HOME_PROPERTY);
        System.setProperty(ProjectCases.HOME_PROPERTY, home.toString());
        try {
            return action.get();
        } finally {
            if (before == null) {
                System.clearProperty(ProjectCases.HOME_PROPERTY);
            } else {
                System.setProperty(ProjectCases.HOME_PROPERTY, before);
            }
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
