package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.spi.CaseModule;
import org.parkbench.core.validate.DiagnosticCode;

class CaseInputTest {
    @TempDir
    Path temp;

    private Path caseModule(String moduleName, String... caseIds) throws Exception {
        Path module = Files.createDirectories(temp.resolve("cases").resolve(moduleName));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        for (String id : caseIds) {
            Path data = Files.createDirectories(module.resolve("src/main/resources/parkbench/cases").resolve(id));
            Files.writeString(data.resolve("case.md"), "---\n---\n");
        }
        return module;
    }

    @Test
    void aCaseDirectoryIsShownRelativeToTheWorkingDirectory() throws Exception {
        FixtureCase.copy(temp.resolve("data"));
        CaseInput input = CaseInput.resolve(Path.of("data/test-fixture"), temp);
        assertThat(input.directory()).isEqualTo(temp.resolve("data/test-fixture").toAbsolutePath().normalize());
        assertThat(input.displayDirectory()).isEqualTo("data/test-fixture");
        assertThat(input.displayFile("parks.csv")).isEqualTo("data/test-fixture/parks.csv");
    }

    @Test
    void caseMdItselfNamesItsDirectory() throws Exception {
        FixtureCase.copy(temp);
        assertThat(CaseInput.resolve(Path.of("test-fixture/case.md"), temp).displayDirectory()).isEqualTo("test-fixture");
    }

    @Test
    void aCaseModuleNamesTheOneCaseInsideIt() throws Exception {
        caseModule("demo", "demo");
        CaseInput input = CaseInput.resolve(Path.of("cases/demo"), temp);
        assertThat(input.displayDirectory()).isEqualTo("cases/demo/src/main/resources/parkbench/cases/demo");
        assertThat(input.directoryName()).isEqualTo("demo");
    }

    @Test
    void aModuleWithTwoCasesIsAmbiguous() throws Exception {
        caseModule("two", "alpha", "beta");
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("cases/two"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessage("cases/two: a case module must hold one case, but src/main/resources/parkbench/cases holds alpha, beta; "
                        + "give the case directory itself");
    }

    @Test
    void aMavenModuleWithoutCaseDataIsNotACase() throws Exception {
        caseModule("empty");
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("cases/empty"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessage("cases/empty: a Maven module without case data; expected src/main/resources/parkbench/cases/<id>/case.md inside it");
    }

    @Test
    void aDirectoryThatIsNeitherIsAUsageError() throws Exception {
        Files.createDirectories(temp.resolve("notes"));
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("notes"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessage("notes: neither a case directory (holding case.md) nor a case module "
                        + "(holding pom.xml and src/main/resources/parkbench/cases/<id>/case.md)");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("nowhere"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessage("nowhere: no such file or directory");
    }

    @Test
    void aSymbolicLinkThatLoopsSaysSoRatherThanThatNothingIsThere() throws Exception {
        Files.createSymbolicLink(temp.resolve("loop"), Path.of("loop"));
        Files.createSymbolicLink(temp.resolve("dangling"), Path.of("gone"));

        assertThatThrownBy(() -> CaseInput.resolve(Path.of("loop"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessageStartingWith("loop: a symbolic link on its path loops (too many levels of symbolic links")
                .satisfies(e -> assertThat(((CaseInputException) e).code()).isEqualTo(DiagnosticCode.PB109));
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("loop/case.md"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessageStartingWith("loop/case.md: a symbolic link on its path loops");
        assertThatThrownBy(() -> CaseInput.resolve(Path.of("dangling"), temp)).isInstanceOf(CaseInputException.class)
                .hasMessage("dangling: it is a symbolic link to something that does not exist");
    }

    @Test
    void aDirectoryOutsideTheWorkingDirectoryIsShownInFull() throws Exception {
        FixtureCase c = FixtureCase.copy(temp.resolve("elsewhere"));
        Path workingDir = Files.createDirectories(temp.resolve("work"));
        CaseInput input = CaseInput.resolve(c.directory(), workingDir);
        assertThat(input.displayDirectory()).isEqualTo(c.directory().toAbsolutePath().normalize().toString());
    }

    @Test
    void aCaseModuleOnTheClasspathIsShownRelativeToTheWorkingDirectory() {
        Path data = temp.resolve("cases/demo/target/classes/parkbench/cases/demo");
        CaseModule module = new CaseModule() {
            @Override
            public String id() {
                return "demo";
            }

            @Override
            public Path dataDirectory() {
                return data;
            }
        };
        assertThat(CaseInput.of(module, temp).displayDirectory()).isEqualTo("cases/demo/target/classes/parkbench/cases/demo");
    }

    @Test
    void aCaseInsideAJarIsShownAsJarBangPath() throws Exception {
        Path jar = temp.resolve("parkbench-case-demo.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path data = Files.createDirectories(zip.getPath("/parkbench/cases/demo"));
            assertThat(CaseInput.display(data, temp)).isEqualTo("parkbench-case-demo.jar!/parkbench/cases/demo");
        }
    }
}
