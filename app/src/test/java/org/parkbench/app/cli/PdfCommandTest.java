package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parkbench pdf} as a user runs it: a handout per case and language, usage errors exit 2, bad
 * case data exits 1 with its diagnostics and leaves the previous PDFs as they were. Without the
 * shipped fonts on the class path (before they were added) it says so and exits 1, with no stack trace.
 */
class PdfCommandTest {
    private static final boolean FONTS = PdfCommandTest.class.getClassLoader()
            .getResource("parkbench/site/pdf-fonts/faces.txt") != null;

    @Test
    void writesAHandoutPerCaseAndLanguageAndABrokenRunLeavesThemAsTheyWere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pdf");
        Path course = dir.resolve("course.yml");
        Files.writeString(course, """
                title: "One case"
                languages: [en, zh]
                sessions:
                  - title: "Week 1"
                    cases: [overview]
                """);
        CommandRun run = CommandRun.of("pdf", "--course", course.toString(), "--out", out.toString());
        if (!FONTS) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("PDF fonts are missing").doesNotContain("Exception");
            assertThat(out).doesNotExist();
            return;
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("en/overview.pdf")).isNotEmptyFile();
        assertThat(out.resolve("zh/overview.pdf")).isNotEmptyFile();
        assertThat(Files.readAllBytes(out.resolve("en/overview.pdf"))).startsWith("%PDF-".getBytes());
        byte[] before = Files.readAllBytes(out.resolve("en/overview.pdf"));

        Path broken = ShippedCaseCopy.copy("haier-ruba", dir.resolve("cases").resolve("lahore-copy"));
        ShippedCaseCopy.replaceAll(broken, "haier-ruba-zone", "lahore-copy-zone");
        ShippedCaseCopy.replaceAll(broken, "id: haier-ruba", "id: lahore-copy");
        Files.writeString(broken.resolve("parks.csv"), Files.readString(broken.resolve("parks.csv")).replace(",PK,", ",PAK,"));
        Path brokenCourse = dir.resolve("broken.yml");
        Files.writeString(brokenCourse, """
                title: "A course with a broken data-only case"
                case_directories: [cases/lahore-copy]
                sessions:
                  - title: "Week 1"
                    cases: [overview, lahore-copy]
                """);
        CommandRun failed = CommandRun.of("pdf", "--course", brokenCourse.toString(), "--out", out.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).containsPattern("lahore-copy/parks\\.csv:2:\\d+: error: \\[PB206]").doesNotContain("Exception");
        assertThat(Files.readAllBytes(out.resolve("en/overview.pdf"))).isEqualTo(before);
        assertThat(out.resolve("en/lahore-copy.pdf")).doesNotExist();
    }

    @Test
    void anUnknownPaperOrLanguageIsAUsageError() {
        CommandRun paper = CommandRun.of("pdf", "--paper", "a5");
        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).contains("--paper").doesNotContain("Exception");
        CommandRun lang = CommandRun.of("pdf", "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang");
    }

    @Test
    void aForeignOutputFolderIsRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "not Parkbench's");
        CommandRun run = CommandRun.of("pdf", "--out", out.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(FONTS ? 2 : 1);
        assertThat(out.resolve("thesis.docx")).hasContent("not Parkbench's");
        assertThat(run.err()).doesNotContain("Exception");
    }
}
