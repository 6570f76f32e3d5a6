package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkbench.exercises.grade.AnswerFileReader;

/**
 * The hostile answer files of {@code app/src/test/resources/hostile/grade/} (its README lists each
 * input, the exit code and the message) through the real {@code parkbench grade}: each is refused
 * with a message that names the file and, where it can, the line and column, in the lecturer's
 * terms, and the good file beside it is graded all the same. Then the {@code --out} that would
 * overwrite an input or names a folder: usage errors, nothing written.
 */
class HostileAnswerFilesTest {
    private static final String GOOD = "good.json";
    private static final long SIX_HUNDRED_MB = 600L * 1024 * 1024;
    /** What the JSON library says of itself, and what a crash prints: none of it may reach the lecturer. */
    private static final String[] NEVER = {"Exception", "\tat ", "Feature", "`", "[Source", "REDACTED", "jackson",
        "StreamReadConstraints", "please report"};

    @TempDir
    Path dir;

    /** One row of the README's table of inputs. */
    record Row(String input, int exit, String message) {
        @Override
        public String toString() {
            return input;
        }
    }

    static Stream<Row> inputs() throws IOException, URISyntaxException {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(corpus().resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Inputs");
            } else if (inTable && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                assertThat(cells).as(line).hasSize(4);
                rows.add(new Row(unquote(cells[0]), Integer.parseInt(cells[2].strip()), unquote(cells[3])));
            }
        }
        assertThat(rows).as("the README's table of inputs").hasSizeGreaterThan(10);
        return rows.stream().filter(r -> !r.input().equals(GOOD));
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HostileAnswerFilesTest.class.getResource("/hostile/grade/README.md")).toURI()).getParent();
    }

    /** The corpus copied into the test's folder, and the inputs made at run time. */
    private Path prepare() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        // 600 MB that start like an answer file; sparse, so made in an instant and taking no disk
        Path big = dir.resolve("600-mb.json");
        Files.writeString(big, "{\"format\": \"parkbench-answers\", \"version\": 1, \"answers\": [\"");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SIX_HUNDRED_MB);
        }
        Files.createDirectories(dir.resolve("a-folder"));
        return dir;
    }

    private Path given(String input) {
        return input.startsWith("/") ? Path.of(input) : dir.resolve(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachInputGivesItsExitCodeAndMessageAndTheGoodFileIsGradedAllTheSame(Row row) throws Exception {
        prepare();
        if (row.input().startsWith("/")) {
            assumeTrue(Files.exists(Path.of(row.input())), row.input() + " exists on this system");
        }
        Path gradebook = dir.resolve("grades.csv");

        CommandRun run = CommandRun.of("grade", dir.resolve(GOOD).toString(), given(row.input()).toString(), "--out", gradebook.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(row.exit());
        if (row.message().equals("—")) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("2 file(s) graded, 0 rejected");
        } else {
            String expected = given(row.input()) + row.message().substring(row.input().length());
            assertThat(run.err()).contains(expected);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.out()).contains("1 file(s) graded, 1 rejected");
        }
        assertThat(run.err() + run.out()).doesNotContain(NEVER);
        assertThat(Files.readString(gradebook)).contains("s-good,suez-unattributed-stake,suez-teda,0,2,0,2,").contains("s-good,total,");
    }

    @Test
    void everyInputAtOnceIsReportedAndTheGoodOnesAreGraded() throws Exception {
        prepare();
        List<Row> rows = inputs().filter(r -> !r.input().startsWith("/")).toList();
        List<String> args = new ArrayList<>(List.of("grade", dir.resolve(GOOD).toString()));
        rows.forEach(r -> args.add(given(r.input()).toString()));
        args.addAll(List.of("--out", dir.resolve("grades.csv").toString()));

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(1);
        List<Row> refused = rows.stream().filter(r -> r.exit() != 0).toList();
        for (Row r : refused) {
            assertThat(run.err()).contains(given(r.input()) + r.message().substring(r.input().length()));
        }
        assertThat(run.err().lines()).hasSize(refused.size());
        assertThat(run.err() + run.out()).doesNotContain(NEVER);
        assertThat(run.out()).contains((rows.size() - refused.size() + 1) + " file(s) graded, " + refused.size() + " rejected");
        String csv = Files.readString(dir.resolve("grades.csv"));
        assertThat(csv).contains("s-good,total,").contains("s-exponent,suez-unattributed-stake,suez-teda,0,0,0,2,");
    }

    @Test
    void theReadmeListsEveryFileOfTheCorpus() throws Exception {
        List<String> listed = new ArrayList<>(inputs().map(Row::input).toList());
        listed.add(GOOD);
        try (Stream<Path> files = Files.list(corpus())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("README.md")))
                    .allSatisfy(n -> assertThat(listed).as("listed in hostile/grade/README.md").contains(n));
        }
        assertThat(AnswerFileReader.MAX_BYTES).isLessThan((int) (SIX_HUNDRED_MB / 100));
    }

    // --out: usage errors, checked before anything is read or written

    @Test
    void outMayNotBeOneOfTheAnswerFiles() throws Exception {
        prepare();
        Path good = dir.resolve(GOOD);
        String before = Files.readString(good);

        CommandRun run = CommandRun.of("grade", good.toString(), dir.resolve("wrong-types.json").toString(), "--out", good.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("parkbench grade: --out " + good + " is the answer file " + good
                + ", which grading would overwrite; write the gradebook elsewhere");
        assertThat(run.err()).doesNotContain(NEVER);
        assertThat(Files.readString(good)).isEqualTo(before);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outMayNotBeALinkToAnAnswerFile() throws Exception {
        prepare();
        Path good = dir.resolve(GOOD);
        String before = Files.readString(good);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), good);

        CommandRun run = CommandRun.of("grade", good.toString(), "--out", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + link + " is the answer file " + good);
        assertThat(Files.readString(good)).isEqualTo(before);
    }

    @Test
    void outMayNotBeTheCourseFile() throws Exception {
        prepare();
        Path course = Files.writeString(dir.resolve("course.yml"), """
                id: belt-and-road-parks
                title: "A course"
                sessions:
                  - title: "Week 1"
                    cases: [suez-teda]
                """);
        String before = Files.readString(course);

        CommandRun run = CommandRun.of("grade", dir.resolve(GOOD).toString(), "--course", course.toString(), "--out", course.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + course + " is the course file " + course + ", which grading would overwrite");
        assertThat(Files.readString(course)).isEqualTo(before);
    }

    @Test
    void theManualScoringListBesideOutMayNotBeAnInputEither() throws Exception {
        prepare();
        Path manual = Files.copy(dir.resolve(GOOD), dir.resolve("g-manual.csv"));

        CommandRun run = CommandRun.of("grade", dir.resolve(GOOD).toString(), manual.toString(), "--out", dir.resolve("g.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the short answers' list " + manual + " is the answer file " + manual);
        assertThat(dir.resolve("g.csv")).doesNotExist();
    }

    @Test
    void outNamingAFolderIsAUsageError() throws Exception {
        prepare();
        Path folder = Files.createDirectories(dir.resolve("gradebooks"));

        CommandRun run = CommandRun.of("grade", dir.resolve(GOOD).toString(), "--out", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("parkbench grade: --out " + folder + " names a folder; give the gradebook's file name, for example"
                + " --out " + folder.resolve("grades.csv"));
        assertThat(run.err()).doesNotContain(NEVER);
        try (Stream<Path> in = Files.list(folder)) {
            assertThat(in).isEmpty();
        }
    }

    @Test
    void outEndingInASlashIsAFolderToo() throws Exception {
        prepare();
        String typed = dir.resolve("new-folder") + "/";

        CommandRun run = CommandRun.of("grade", dir.resolve(GOOD).toString(), "--out", typed);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + typed + " names a folder");
        assertThat(dir.resolve("new-folder")).doesNotExist();
    }

    @Test
    void outUnderAFileIsAUsageError() throws Exception {
        prepare();
        Path good = dir.resolve(GOOD);
        String before = Files.readString(good);

        CommandRun run = CommandRun.of("grade", good.toString(), "--out", good.resolve("grades.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be written: " + good + " is a file, not a folder").doesNotContain(NEVER);
        assertThat(Files.readString(good)).isEqualTo(before);
    }
}
