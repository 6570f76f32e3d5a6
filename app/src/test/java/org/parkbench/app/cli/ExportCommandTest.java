package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parkbench export}: the shipped exercises as GIFT and as a QTI 2.1 package, as a lecturer gets them. */
class ExportCommandTest {

    @Test
    void giftHasACategoryPerCaseAndEveryExercise(@TempDir Path dir) throws IOException {
        Path gift = dir.resolve("course.gift");
        CommandRun run = CommandRun.of("export", "--format", "gift", "--out", gift.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(gift);
        for (String id : List.of("overview", "suzhou", "suez-teda", "huajian", "haier-ruba", "sihanoukville")) {
            assertThat(text).contains("$CATEGORY: parkbench/" + id);
        }
        assertThat(text).contains("::suez-unattributed-stake");
        // no raw citation tokens reach Moodle
        assertThat(text).doesNotContain("{{obs:").doesNotContain("{{src:");
    }

    @Test
    void qtiIsAZipWithAManifestAndItems(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("course-qti.zip");
        CommandRun run = CommandRun.of("export", "--format", "qti", "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("imsmanifest.xml");
        assertThat(entries.stream().filter(n -> n.startsWith("items/"))).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("export", "--format", "docx", "--out", dir.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--format'", "[GIFT, MOODLE, QTI, CANVAS, SCORM]", "but was 'docx'");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void scormOfOneCaseIsTheCasesSiteWithItsManifestAtTheRoot(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("huajian.zip");
        CommandRun run = CommandRun.of("export", "--format", "scorm", "--case", "huajian", "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SCORM 1.2");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("imsmanifest.xml", "scorm-launch.html", "cases/huajian.html", "exercises/huajian-two-sites.html");
        assertThat(entries).as("the site's figures come with it").anyMatch(n -> n.startsWith("figures/"));
    }

    @Test
    void caseIsForScormAloneAndMustBeACaseOfTheCourse(@TempDir Path dir) {
        CommandRun gift = CommandRun.of("export", "--format", "gift", "--case", "huajian", "--out", dir.resolve("x.gift").toString());
        assertThat(gift.exitCode()).isEqualTo(2);
        assertThat(gift.err()).contains("--case is for --format scorm");
        CommandRun unknown = CommandRun.of("export", "--format", "scorm", "--case", "atlantis", "--out", dir.resolve("x.zip").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no case 'atlantis'", "suzhou");
        assertThat(dir.resolve("x.gift")).doesNotExist();
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }
}
