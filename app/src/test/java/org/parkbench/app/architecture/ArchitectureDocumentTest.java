package org.parkbench.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md stays the map of the code: it names every module and every package of the
 * product, and every package explains itself in a {@code package-info.java} with a real paragraph.
 * Read from the checkout the tests run in (the app module's parent).
 */
class ArchitectureDocumentTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void everyPackageHasAPackageInfoWithAParagraph() {
        TreeMap<String, Path> packages = packages();
        assertThat(packages).as("packages found").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        packages.forEach((name, dir) -> {
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                missing.add(name + ": no package-info.java");
                return;
            }
            String text = read(info);
            String doc = text.contains("/**") && text.contains("*/") ? text.substring(text.indexOf("/**"), text.indexOf("*/")) : "";
            if (doc.replaceAll("[/*\\s]+", " ").strip().split(" ").length < 12) {
                missing.add(name + ": package-info.java has no paragraph saying what the package holds");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void architectureMdNamesEveryModuleAndPackage() {
        String doc = read(ROOT.resolve("ARCHITECTURE.md"));
        List<String> unnamed = new ArrayList<>();
        for (String module : modules()) {
            if (!doc.contains("`" + module + "`") && !doc.contains("`" + module.replace("cases/", "") + "`")) {
                unnamed.add("module " + module);
            }
        }
        for (String pkg : packages().keySet()) {
            if (!doc.contains("`" + pkg + "`")) {
                unnamed.add("package " + pkg);
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /** The modules of the build: the root pom's, and the case modules of cases/pom.xml. */
    private static List<String> modules() {
        List<String> modules = new ArrayList<>();
        Matcher top = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (top.find()) {
            if (!top.group(1).equals("cases")) {
                modules.add(top.group(1));
            }
        }
        Matcher cases = MODULE.matcher(read(ROOT.resolve("cases/pom.xml")));
        while (cases.find()) {
            modules.add("cases/" + cases.group(1));
        }
        assertThat(modules).contains("core", "site", "app", "bench", "cases/suzhou");
        return modules;
    }

    /** Every package of main code, by name, with its folder. */
    private static TreeMap<String, Path> packages() {
        TreeMap<String, Path> found = new TreeMap<>();
        for (String module : modules()) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
                        .map(Path::getParent).distinct()
                        .forEach(dir -> found.put(sources.relativize(dir).toString().replace('/', '.'), dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
