package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} refuses an {@code --out} inside a folder it watches — a site written there would count
 * as a change, and the preview would rebuild for ever — as a usage error (exit 2), before anything is
 * built or served.
 */
class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void anOutInsideACaseFolderIsAUsageErrorBeforeAnythingIsBuilt() throws Exception {
        Path lecturer = temp.resolve("my-course");
        CommandRun scaffold = CommandRun.of("new-case", "great-stone", "--model", "government-driven", "--country", "BY", "--data-only",
                "--dir", lecturer.resolve("cases").toString());
        assertThat(scaffold.exitCode()).as(scaffold.err()).isZero();
        Path course = Files.writeString(lecturer.resolve("course.yml"), """
                title: "Our own case"
                case_directories: [cases/great-stone]
                sessions:
                  - title: "Week 1"
                    cases: [great-stone]
                """);
        Path out = lecturer.resolve("cases/great-stone/preview");

        // without the check, serve would build, serve and rebuild for ever: the timeout makes that a failure
        CommandRun serve = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CommandRun.of("serve", "--port", "0", "--no-figures", "--course", course.toString(), "--out", out.toString()));

        assertThat(serve.exitCode()).as(serve.out() + serve.err()).isEqualTo(2);
        assertThat(serve.err()).contains("parkbench serve: refusing to write the site to " + out + ": it is inside ",
                "great-stone, which the preview watches for changes, so every build would set off another",
                "choose an --out outside the case folders").doesNotContain("Exception");
        assertThat(serve.out()).doesNotContain("serving", "built");
        assertThat(out).doesNotExist();
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".preview"));
        }
    }
}
