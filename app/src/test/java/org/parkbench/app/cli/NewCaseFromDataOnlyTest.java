package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.spi.CaseModule;
import org.parkbench.core.spi.CaseModules;
import org.parkbench.core.validate.Diagnostic;

/**
 * {@code new-case ID --from DIR}, end to end in a temporary copy of the project's poms: a filled
 * data-only case becomes a module holding exactly its files (no template it had deleted comes back),
 * registered in both poms; the module compiles, its own test passes and the case loads from it as it
 * did from the folder. The folder is left as it was. A case with errors, or of another id, is refused
 * with nothing written.
 */
class NewCaseFromDataOnlyTest {
    private static final String ID = "great-stone";
    private static final String DATA = "cases/great-stone/src/main/resources/parkbench/cases/great-stone";

    @TempDir
    Path temp;

    private Path project;

    /** A data-only case filled with a minimal invented park, one exercise deleted and teaching notes added. */
    private ScaffoldedCase dataOnly() throws IOException {
        project = ScaffoldedCase.projectCopy(temp.resolve("parkbench"));
        CommandRun run = CommandRun.of("new-case", ID, "--model", "government-driven", "--country", "BY", "--data-only",
                "--dir", temp.resolve("my-course/cases").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ScaffoldedCase made = new ScaffoldedCase(temp.resolve("my-course/cases/great-stone")).fillMinimalPark()
                .fillExercise(ID, "model");
        Files.delete(made.file("exercises/great-stone-evidence.md"));
        made.write("teaching-notes.md", "## Teaching notes\n\nStart with the map.\n");
        return made;
    }

    private CommandRun fromDataOnly(String id, Path dir, String... more) {
        String[] args = Stream.concat(Stream.of("new-case", id, "--from", dir.toString()), Stream.of(more)).toArray(String[]::new);
        return ScaffoldedCase.withHome(project, () -> CommandRun.of(args));
    }

    @Test
    void theModuleHoldsExactlyTheFolderFilesCompilesAndLoadsTheCaseAsTheFolderDid() throws Exception {
        ScaffoldedCase folder = dataOnly();
        Map<String, String> before = contents(folder.dataDirectory());
        // a spreadsheet program's lock file is not part of the case, and is not copied into the module
        folder.write(".~lock.parks.csv#", "lock\n");
        Loaded<CaseStudy> asFolder = CaseLoader.load(new CaseInput(folder.dataDirectory(), "great-stone"));
        assertThat(asFolder.errors()).isEmpty();

        CommandRun run = fromDataOnly(ID, folder.dataDirectory());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created the case 'great-stone' (a copy of the data-only case in "
                        + folder.dataDirectory() + ") in cases/great-stone:",
                "  " + DATA + "/teaching-notes.md",
                "Registered the module in cases/pom.xml and, as a runtime dependency, in app/pom.xml.",
                "./parkbench validate cases/great-stone", "mvn -B -q -pl cases/great-stone -am verify",
                "From now on, edit the case here:", "delete that folder and its entry under case_directories");
        assertThat(contents(project.resolve(DATA))).as("the module's data is the folder's, file for file").isEqualTo(before);
        assertThat(project.resolve(DATA + "/exercises/great-stone-evidence.md")).doesNotExist();
        assertThat(project.resolve(DATA + "/.~lock.parks.csv#")).doesNotExist();
        assertThat(folder.file(".~lock.parks.csv#")).as("the data-only folder is left as it was").exists();
        assertThat(contents(folder.dataDirectory())).as("the data-only folder is left as it was")
                .containsAllEntriesOf(before).hasSize(before.size() + 1);
        assertThat(Files.readString(project.resolve("cases/pom.xml"))).contains("<module>great-stone</module>");
        assertThat(Files.readString(project.resolve("app/pom.xml"))).contains("<artifactId>parkbench-case-great-stone</artifactId>");

        Path module = project.resolve("cases/great-stone");
        Path classes = temp.resolve("classes");
        assertThat(ScaffoldedCase.compile(module, classes)).isEmpty();
        try (URLClassLoader loader = ScaffoldedCase.classLoader(classes, module)) {
            CaseModule found = CaseModules.discover(loader).stream().filter(m -> m.id().equals(ID)).findFirst().orElseThrow();
            Class<?> test = loader.loadClass("org.parkbench.cases.greatstone.GreatStoneCaseTest");
            var constructor = test.getDeclaredConstructor();
            constructor.setAccessible(true);
            Method method = test.getDeclaredMethod("loadsWithoutErrors");
            method.setAccessible(true);
            method.invoke(constructor.newInstance());

            Loaded<CaseStudy> asModule = CaseLoader.load(CaseInput.of(found));
            assertThat(asModule.errors()).isEmpty();
            assertThat(asModule.value().meta().title()).isEqualTo(asFolder.value().meta().title());
            assertThat(asModule.value().parks()).extracting(p -> p.id()).containsExactly(ScaffoldedCase.PARK);
            assertThat(asModule.diagnostics()).extracting(NewCaseFromDataOnlyTest::withoutFile)
                    .containsExactlyElementsOf(asFolder.diagnostics().stream().map(NewCaseFromDataOnlyTest::withoutFile).toList());
        }
    }

    @Test
    void aCaseOfAnotherIdIsRefusedWithTheCommandToRun() throws IOException {
        ScaffoldedCase folder = dataOnly();
        String poms = Files.readString(project.resolve("cases/pom.xml")) + Files.readString(project.resolve("app/pom.xml"));

        CommandRun run = fromDataOnly("great-rock", folder.dataDirectory());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("case.md declares the case id 'great-stone', not 'great-rock'",
                "run new-case great-stone --from " + folder.dataDirectory());
        assertThat(project.resolve("cases/great-rock")).doesNotExist();
        assertThat(Files.readString(project.resolve("cases/pom.xml")) + Files.readString(project.resolve("app/pom.xml")))
                .isEqualTo(poms);
    }

    @Test
    void aCaseWithErrorsIsRefusedWithEachErrorPositioned() throws IOException {
        ScaffoldedCase folder = dataOnly();
        folder.write("observations.csv", folder.read("observations.csv").replace(",enterprises,12,", ",enterprises,twelve,"));

        CommandRun run = fromDataOnly(ID, folder.dataDirectory());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("great-stone/observations\\.csv:8:30: error: \\[PB201] 'twelve' is not a number")
                .contains("has 1 error(s), listed above", "fix them first").doesNotContain("Exception");
        assertThat(project.resolve("cases/great-stone")).doesNotExist();
    }

    @Test
    void aFolderWithoutCaseMdOrWithOtherOptionsIsRefused() throws IOException {
        dataOnly();
        CommandRun notACase = fromDataOnly(ID, temp.resolve("my-course"));
        assertThat(notACase.exitCode()).isEqualTo(2);
        assertThat(notACase.err()).contains("is not a case folder (it has no case.md)");

        CommandRun withModel = fromDataOnly(ID, temp.resolve("my-course/cases/great-stone"), "--model", "private-led");
        assertThat(withModel.exitCode()).isEqualTo(2);
        assertThat(withModel.err()).contains("--from takes everything from the data-only case itself");
        assertThat(project.resolve("cases/great-stone")).doesNotExist();
    }

    /** A diagnostic with its file's folder left out: the same case read from the folder or the module. */
    private static String withoutFile(Diagnostic d) {
        return d.headline().replaceFirst("^[^:]*/", "");
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }
}
