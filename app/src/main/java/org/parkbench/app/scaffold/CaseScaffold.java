package org.parkbench.app.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a new case to fill in: {@code case.md} with its front matter and narrative headings, the
 * five CSV files with their headers and commented examples, and one exercise of each type, all
 * holding {@code TODO} placeholders that {@code parkbench validate} lists as PB503 warnings. As a
 * <em>module</em> ({@link #module}) it also writes the Maven module around the data (pom, the
 * {@code CaseModule} class and its services file, a test) and registers it in the project's poms;
 * as a <em>data-only</em> case ({@link #dataOnly}) it writes the data directory alone, for a
 * course file to name. A data-only case becomes a module with {@link #moduleFrom}: the module
 * around a copy of its files. Every refusal comes before the first file is written, and a failure
 * while writing removes what was written.
 */
public final class CaseScaffold {
    /** The data files: each template under {@code case/} has the name of the file it becomes. */
    private static final List<String> DATA_FILES = List.of("case.md", "sources.csv", "parks.csv", "actors.csv",
            "observations.csv", "events.csv");
    /** The exercise templates, one per type, each with the suffix of its exercise id ({@code <case>-<suffix>}). */
    private static final List<ExerciseTemplate> EXERCISES = List.of(
            new ExerciseTemplate("single-choice.md", "model"),
            new ExerciseTemplate("multiple-choice.md", "evidence"),
            new ExerciseTemplate("numeric.md", "jobs-per-km2"),
            new ExerciseTemplate("classify.md", "classify"),
            new ExerciseTemplate("order.md", "milestones"),
            new ExerciseTemplate("short-answer.md", "sources-disagree"));

    private record ExerciseTemplate(String template, String idSuffix) {
    }
    private static final String SERVICES = "META-INF/services/org.parkbench.core.spi.CaseModule";

    private CaseScaffold() {
    }

    /**
     * A case module {@code cases/<id>} in the project at {@code home}, registered in
     * {@code cases/pom.xml} and (as a runtime dependency of the application) {@code app/pom.xml}.
     *
     * @param shippedIds the ids of the case modules the application already has
     * @throws ScaffoldRefusedException when {@code home} is not a Parkbench checkout or the id is taken
     */
    public static Scaffolded module(Path home, NewCase request, Set<String> shippedIds) throws ScaffoldRefusedException, IOException {
        return module(home, request, shippedIds, (data, templates, written) -> writeData(data, templates, request, written));
    }

    /**
     * A case module made of an existing data-only case: as {@link #module}, but the module's data
     * directory holds a copy of every file of {@code dataOnlyCase} (case.md, the CSV files, the
     * exercises, teaching notes), in place of the templates. The data-only folder is left as it was.
     *
     * @param dataOnlyCase the data-only case directory, whose case.md declares the id {@code request.id()}
     */
    public static Scaffolded moduleFrom(Path home, NewCase request, Path dataOnlyCase, Set<String> shippedIds)
            throws ScaffoldRefusedException, IOException {
        Path from = dataOnlyCase.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve("case.md"))) {
            throw new ScaffoldRefusedException(dataOnlyCase + " is not a case folder (it has no case.md); --from names the"
                    + " folder of a data-only case, the one holding its case.md");
        }
        Path root = home.toAbsolutePath().normalize();
        if (from.startsWith(root.resolve("cases").resolve(request.id()))) {
            throw new ScaffoldRefusedException(dataOnlyCase + " is inside cases/" + request.id() + ", where the module would"
                    + " be made; move the data-only case elsewhere first");
        }
        return module(home, request, shippedIds, (data, templates, written) -> copyData(from, data, written));
    }

    /** Writes a module's data directory. */
    @FunctionalInterface
    private interface DataWriter {
        void write(Path data, ScaffoldTemplates templates, List<Path> written) throws IOException;
    }

    private static Scaffolded module(Path home, NewCase request, Set<String> shippedIds, DataWriter dataWriter)
            throws ScaffoldRefusedException, IOException {
        Path root = home.toAbsolutePath().normalize();
        ProjectPoms poms = ProjectPoms.of(root);
        Path module = root.resolve("cases").resolve(request.id());
        if (Files.exists(module)) {
            throw new ScaffoldRefusedException("cases/" + request.id() + " already exists; choose another id, or remove the"
                    + " directory if it is a leftover");
        }
        refuseShipped(request, shippedIds);
        if (poms.registers(request)) {
            throw new ScaffoldRefusedException("the project's poms already name the module " + request.artifactId()
                    + "; remove those lines (cases/pom.xml, app/pom.xml) or choose another id");
        }
        ScaffoldTemplates templates = new ScaffoldTemplates(request, poms.version());
        Path data = module.resolve("src/main/resources/parkbench/cases").resolve(request.id());
        Path javaDir = module.resolve("src/main/java").resolve(request.packageName().replace('.', '/'));
        Path testDir = module.resolve("src/test/java").resolve(request.packageName().replace('.', '/'));
        List<Path> written = new ArrayList<>();
        try {
            write(module.resolve("pom.xml"), templates.fill("module/pom.xml"), written);
            write(javaDir.resolve(request.className() + ".java"), templates.fill("module/CaseModule.java"), written);
            write(module.resolve("src/main/resources").resolve(SERVICES), templates.fill("module/services"), written);
            dataWriter.write(data, templates, written);
            write(testDir.resolve(request.className() + "Test.java"), templates.fill("module/CaseModuleTest.java"), written);
            poms.register(request);
        } catch (IOException | RuntimeException e) {
            removeQuietly(module);
            throw e;
        }
        return new Scaffolded(request, data, module, written);
    }

    /**
     * Copies every regular file under {@code from} to the same place under {@code data}, except
     * hidden ones (a name starting with a dot: an editor's lock or backup file, a folder's
     * metadata), which would otherwise be packaged with the case.
     */
    private static void copyData(Path from, Path data, List<Path> written) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.filter(Files::isRegularFile).filter(f -> !hidden(from.relativize(f))).sorted().toList();
        }
        for (Path file : files) {
            Path target = data.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            written.add(target);
        }
    }

    /**
     * A data-only case: the directory {@code <dir>/<id>} with the case's data files and exercises.
     *
     * @param shippedIds the ids of the case modules the application has; a data-only case may not reuse one
     * @throws ScaffoldRefusedException when the directory exists, or {@code dir} is a file
     */
    public static Scaffolded dataOnly(Path dir, NewCase request, Set<String> shippedIds) throws ScaffoldRefusedException, IOException {
        Path data = dir.resolve(request.id());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldRefusedException(dir + " is a file, not a folder; --dir names the folder to create the case in");
        }
        if (Files.exists(data)) {
            throw new ScaffoldRefusedException(data + " already exists; choose another id, or remove the directory if it is"
                    + " a leftover");
        }
        refuseShipped(request, shippedIds);
        ScaffoldTemplates templates = new ScaffoldTemplates(request, "");
        List<Path> written = new ArrayList<>();
        try {
            writeData(data, templates, request, written);
        } catch (IOException | RuntimeException e) {
            removeQuietly(data);
            throw e;
        }
        return new Scaffolded(request, data, null, written);
    }

    private static void refuseShipped(NewCase request, Set<String> shippedIds) throws ScaffoldRefusedException {
        if (shippedIds.contains(request.id())) {
            throw new ScaffoldRefusedException("'" + request.id() + "' is the id of a case Parkbench already has; choose"
                    + " another id");
        }
    }

    private static void writeData(Path data, ScaffoldTemplates templates, NewCase request, List<Path> written) throws IOException {
        for (String name : DATA_FILES) {
            write(data.resolve(name), templates.fill("case/" + name), written);
        }
        for (ExerciseTemplate exercise : EXERCISES) {
            write(data.resolve("exercises").resolve(request.id() + "-" + exercise.idSuffix() + ".md"),
                    templates.fill("exercises/" + exercise.template()), written);
        }
    }

    /** Whether a file or a folder on its {@code relative} path has a name starting with a dot. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path file, String text, List<Path> written) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        written.add(file);
    }

    private static void removeQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: the caller reports the original failure
        }
    }
}
