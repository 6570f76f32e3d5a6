package org.parkbench.app.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering a module edits only the lines it adds: indentation, comments and line ends stay as they were. */
class ProjectPomsTest {
    private static final String CASES = """
            <project>
              <parent>
                <groupId>org.parkbench</groupId>
                <version>1.2.3-SNAPSHOT</version>
              </parent>
              <modules>
                <module>overview</module>
                <!-- a comment kept as it is -->
                <module>suzhou</module>
              </modules>
            </project>
            """;
    private static final String SITE = """
            <project>
              <dependencies>
                <!-- cases:begin -->
                <dependency><artifactId>parkbench-case-suzhou</artifactId></dependency>
                <!-- cases:end -->
              </dependencies>
            </project>
            """;

    @Test
    void aModuleLineGoesAfterTheLastModuleWithItsIndentation() {
        assertThat(ProjectPoms.withModule(CASES, "great-stone")).isEqualTo(CASES.replace(
                "    <module>suzhou</module>\n", "    <module>suzhou</module>\n    <module>great-stone</module>\n"));
    }

    @Test
    void aDependencyLineGoesBeforeTheEndMarker() {
        String after = ProjectPoms.withDependency(SITE, "parkbench-case-great-stone");
        assertThat(after).isEqualTo(SITE.replace("    <!-- cases:end -->", "    <dependency><groupId>org.parkbench</groupId>"
                + "<artifactId>parkbench-case-great-stone</artifactId><version>${project.version}</version>"
                + "<scope>runtime</scope></dependency>\n    <!-- cases:end -->"));
    }

    @Test
    void crlfFilesKeepTheirLineEnds() {
        String crlf = CASES.replace("\n", "\r\n");
        assertThat(ProjectPoms.withModule(crlf, "great-stone")).contains("<module>suzhou</module>\r\n    <module>great-stone</module>\r\n")
                .doesNotContain("great-stone</module>\n    </modules>").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void anEmptyModulesSectionGetsItsFirstModule() {
        assertThat(ProjectPoms.withModule("<project>\n  <modules>\n  </modules>\n</project>\n", "great-stone"))
                .isEqualTo("<project>\n  <modules>\n    <module>great-stone</module>\n  </modules>\n</project>\n");
    }

    @Test
    void theVersionIsTheParentsAndAnAlreadyRegisteredModuleIsSeen(@TempDir Path home) throws Exception {
        project(home, CASES, SITE);
        ProjectPoms poms = ProjectPoms.of(home);
        assertThat(poms.version()).isEqualTo("1.2.3-SNAPSHOT");
        assertThat(poms.registers(NewCase.of("suzhou", "government-driven", null, null))).isTrue();
        assertThat(poms.registers(NewCase.of("great-stone", "government-driven", null, null))).isFalse();
    }

    @Test
    void aSitePomWithoutMarkersIsRefusedBeforeAnythingIsWritten(@TempDir Path home) throws IOException {
        project(home, CASES, SITE.replace("<!-- cases:end -->", ""));
        assertThatThrownBy(() -> ProjectPoms.of(home)).isInstanceOf(ScaffoldRefusedException.class)
                .hasMessageContaining("has no <!-- cases:begin --> … <!-- cases:end --> markers");
    }

    @Test
    void aFolderThatIsNotACheckoutIsRefused(@TempDir Path home) {
        assertThatThrownBy(() -> ProjectPoms.of(home)).isInstanceOf(ScaffoldRefusedException.class)
                .hasMessageContaining("is not a Parkbench checkout").hasMessageContaining("--data-only --dir DIR");
    }

    static void project(Path home, String cases, String site) throws IOException {
        Files.createDirectories(home.resolve("cases"));
        Files.createDirectories(home.resolve("app"));
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Files.writeString(home.resolve("cases/pom.xml"), cases);
        Files.writeString(home.resolve("app/pom.xml"), site);
    }
}
