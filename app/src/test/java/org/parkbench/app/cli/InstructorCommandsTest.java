package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export commands the instructor home shows are the ones a lecturer copies into a terminal: each
 * of them, in both languages, runs through the real command line as printed (only its {@code --out}
 * moved into a scratch folder) and writes its file, one per LMS format the command knows.
 */
class InstructorCommandsTest {
    @TempDir
    static Path dir;

    @Test
    void everyExportCommandOnTheInstructorHomeRunsAsPrintedAndWritesItsFile() throws IOException {
        Path site = dir.resolve("site");
        CommandRun build = CommandRun.of("build", "--no-figures", "--profile", "instructor", "--out", site.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        List<String> formats = new ArrayList<>();
        for (String language : List.of("en", "zh")) {
            Document home = Jsoup.parse(site.resolve(language).resolve("instructor/index.html").toFile(), "UTF-8");
            List<String> exports = home.select("#lms pre.command").eachText().stream()
                    .filter(c -> c.startsWith("./parkbench export ")).toList();
            assertThat(exports).as(language).isNotEmpty();
            for (String command : exports) {
                List<String> args = new ArrayList<>(Arrays.asList(command.substring("./parkbench ".length()).split(" ")));
                int out = args.indexOf("--out");
                assertThat(out).as(command).isPositive();
                Path file = dir.resolve(language + "-" + Path.of(args.get(out + 1)).getFileName());
                args.set(out + 1, file.toString());
                CommandRun run = CommandRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(command + "\n" + run.err()).isZero();
                assertThat(file).as(command).isNotEmptyFile();
                assertThat(args).as(command).contains("--lang", language);
                formats.add(language + " " + args.get(args.indexOf("--format") + 1));
            }
        }
        String[] known = Arrays.stream(ExportCommand.ExportFormat.values())
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
        for (String language : List.of("en", "zh")) {
            assertThat(formats.stream().filter(f -> f.startsWith(language + " ")).map(f -> f.substring(3)))
                    .as("the formats the %s instructor home offers", language).containsExactlyInAnyOrder(known);
        }
    }
}
