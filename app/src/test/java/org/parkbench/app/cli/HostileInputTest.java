package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.InputLimits;

/**
 * The hostile inputs of {@code src/test/resources/hostile/input/} (its README lists each, with
 * the command, the exit code and the message), run through the real command line as a user runs
 * it: {@code validate} on the case and {@code build} of a course naming it. Each is refused with
 * exit code 1 and a positioned diagnostic, without a stack trace, and the problem of another file
 * (the witness) is still reported beside it. Large inputs are made here, in a temporary folder;
 * those that ran a build out of memory are refused from their size before they are read.
 */
class HostileInputTest {
    private static final String CASE = "hostile-case";
    private static final String WITNESS = "/events.csv:2:14: error: [PB202] '2012-13' is not a date";

    @TempDir
    Path temp;

    private Path corpus;
    private Path caseDir;

    @BeforeEach
    void copyTheBaseCase() throws IOException, URISyntaxException {
        corpus = Path.of(HostileInputTest.class.getResource("/hostile/input").toURI());
        caseDir = temp.resolve("cases").resolve(CASE);
        overlay("base/" + CASE);
    }

    /** Copies every file under {@code corpus/folder} over the case, keeping its path inside the folder. */
    private void overlay(String folder) throws IOException {
        Path from = corpus.resolve(folder);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = caseDir.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Path course() throws IOException {
        Path course = temp.resolve("course.yml");
        Files.writeString(course, "title: \"Hostile input\"\ncase_directories: [cases/" + CASE + "]\n"
                + "sessions:\n  - title: \"Week 1\"\n    cases: [" + CASE + "]\n");
        return course;
    }

    private CommandRun validate() {
        return CommandRun.of("validate", caseDir.toString());
    }

    private CommandRun build(Path course) {
        return CommandRun.of("build", "--no-figures", "--course", course.toString(), "--out", temp.resolve("site").toString());
    }

    /** Exit code 1, each of {@code expected} in what was printed, no stack trace, and nothing built. */
    private void assertRefused(CommandRun run, String... expected) {
        String printed = run.out() + run.err();
        assertThat(run.exitCode()).as(printed).isEqualTo(1);
        assertThat(printed).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    /** Both commands refuse the case, each naming every problem given. */
    private void assertBothRefuse(String... expected) throws IOException {
        assertRefused(validate(), expected);
        assertRefused(build(course()), expected);
    }

    private String inCase(String fileAndMessage) {
        return caseDir + "/" + fileAndMessage;
    }

    @Test
    void theBaseCaseIsValidAndTheWitnessIsAnErrorOfItsOwn() throws IOException {
        CommandRun clean = validate();
        assertThat(clean.exitCode()).as(clean.out()).isZero();

        overlay("witness");
        assertBothRefuse(caseDir + WITNESS);
    }

    @Test
    void aFiftyMegabyteCsvIsRefusedFromItsSizeBeforeItIsRead() throws IOException {
        overlay("witness");
        Path observations = caseDir.resolve("observations.csv");
        String row = "hostile-park,enterprises,12,count,,2020,hostile-report,\n";
        try (BufferedWriter out = Files.newBufferedWriter(observations, StandardCharsets.UTF_8)) {
            out.write("park,indicator,value,unit,qualifier,as_of,source,note\n");
            for (long written = 0; written < 50L << 20; written += row.length()) {
                out.write(row);
            }
        }
        long size = Files.size(observations);
        assertThat(size).isGreaterThan(50L << 20);

        assertBothRefuse(inCase("observations.csv:1:1: error: [PB105] the file has " + String.format(java.util.Locale.ROOT, "%,d", size)
                + " bytes, over the limit of 16 MiB (16,777,216 bytes) for a CSV file; it was not read"), caseDir + WITNESS);
    }

    @Test
    void anOverLongLineIsRefusedAtItsLine() throws IOException {
        overlay("witness");
        Path parks = caseDir.resolve("parks.csv");
        Files.writeString(parks, Files.readString(parks).replace("Hostile Test Park", "x".repeat(InputLimits.CSV_LINE_CHARACTERS + 1)));

        assertBothRefuse(inCase("parks.csv:2:1: error: [PB106] line 2 is longer than 65,536 characters, the limit for a CSV line;"
                + " the file is not read from this line on"), caseDir + WITNESS);
    }

    @Test
    void tooManyCellsAreRefusedAtTheRowThatPassesTheLimit() throws IOException {
        overlay("witness");
        StringBuilder actors = new StringBuilder(Files.readString(caseDir.resolve("actors.csv")));
        // rows of one cell each: the fewest characters for the most cells (each row is also one field short)
        actors.append("x\n".repeat(InputLimits.CSV_CELLS));
        Files.writeString(caseDir.resolve("actors.csv"), actors);

        // the header's 11 cells, the 3 rows of 11 and 99,956 rows of one make 100,000; the next row passes the limit
        assertBothRefuse(inCase("actors.csv:" + (1 + 3 + 99_956 + 1) + ":1: error: [PB107] the file holds more than 100,000 cells"),
                caseDir + WITNESS);
    }

    @Test
    void aFileOfTwelveThousandBadRowsListsTheFirstProblemsAndCountsTheRest() throws IOException {
        overlay("witness");
        StringBuilder observations = new StringBuilder(Files.readString(caseDir.resolve("observations.csv")));
        for (int i = 0; i < 12_000; i++) {
            observations.append("hostile-park,enterprises,twelve,count,,2020,hostile-report,\n");
        }
        Files.writeString(caseDir.resolve("observations.csv"), observations);

        String first = inCase("observations.csv:3:26: error: [PB201] 'twelve' is not a number");
        String counted = inCase("observations.csv:203:26: error: [PB201] 11,800 more problems in this file are not listed");
        for (CommandRun run : List.of(validate(), build(course()))) {
            assertRefused(run, first, counted, caseDir + WITNESS);
            assertThat((run.out() + run.err()).lines().count()).isLessThan(1_000);
        }
    }

    @Test
    void controlCharactersInACsvTextFieldAreRefusedWhereTheyAre() throws IOException {
        overlay("witness");
        overlay("control-character-csv");

        assertBothRefuse(inCase("parks.csv:2:21: error: [PB211] control character U+0007 in the text"), caseDir + WITNESS);
    }

    @Test
    void controlCharactersInYamlAreRefusedRawOrEscaped() throws IOException {
        overlay("witness");
        overlay("control-character-yaml");

        assertBothRefuse(inCase("case.md:3:8: error: [PB211] the value holds control character U+001B"),
                inCase("case.md:4:37: error: [PB211] control character U+0001 in the text"), caseDir + WITNESS);
    }

    @Test
    void halfACharacterInYamlIsRefusedRatherThanWrittenAsAQuestionMark() throws IOException {
        overlay("witness");
        overlay("surrogate-yaml");

        assertBothRefuse(inCase("case.md:4:11: error: [PB212] the value holds \\uD800, half of a UTF-16 surrogate pair"),
                caseDir + WITNESS);
    }

    @Test
    void anAliasBombInCaseFrontMatterIsRefusedAtTheAliasThatPassesTheLimit() throws IOException {
        overlay("witness");
        Path caseMd = caseDir.resolve("case.md");
        String text = Files.readString(caseMd);
        StringBuilder bomb = new StringBuilder("discussion:\n  - &d \"Which figure of the invented park would you check first?\"\n");
        for (int i = 0; i < 40_000; i++) {
            bomb.append("  - *d\n");
        }
        text = text.replaceFirst("discussion:\\n  - \"[^\\n]*\"\\n", java.util.regex.Matcher.quoteReplacement(bomb.toString()));
        Files.writeString(caseMd, text);
        assertThat(Files.size(caseMd)).isGreaterThan(221_000);
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("discussion:")).count() + 1 + 1 + 11;

        assertBothRefuse(inCase("case.md:" + line + ":5: error: [PB108] more than 10 aliases (*d is alias 11), the limit for a YAML text"),
                caseDir + WITNESS);
    }

    @Test
    void anAliasBombInAnExerciseIsRefusedAndTheOtherExercisesAreStillChecked() throws IOException {
        overlay("alias-bomb-exercise");

        String bomb = inCase("exercises/hostile-case-bomb.md:9:49: error: [PB108] more than 10 aliases (*t is alias 11)");
        String witness = inCase("exercises/hostile-case-witness.md:3:7: error: [PB602]");
        assertRefused(validate(), bomb, witness);
        assertRefused(build(course()), bomb, witness);
    }

    @Test
    void courseFilesOfAliasesAreRefusedAtTheAliasThatPassesTheLimit() {
        for (String[] input : List.of(new String[] {"billion-laughs-course.yml", "5:12", "*b"}, new String[] {"alias-bomb-course.yml", "6:56", "*t"})) {
            Path course = corpus.resolve(input[0]);
            assertRefused(build(course), course + ":" + input[1] + ": error: [PB108] more than 10 aliases (" + input[2] + " is alias 11)");
        }
    }

    @Test
    void courseFilePathErrorsArePlacedAtTheirEntryAndTheCasesFoundAreStillChecked() throws IOException {
        overlay("witness");
        Files.createSymbolicLink(temp.resolve("cases/loop"), Path.of("loop"));
        Path course = Files.copy(corpus.resolve("path-error-course.yml"), temp.resolve("path-error-course.yml"));

        assertRefused(build(course),
                course + ":4:5: error: [PB109] case_directories: " + temp.resolve("cases/loop") + ": a symbolic link on its path loops",
                course + ":5:5: error: [PB100] case_directories: " + temp.resolve("cases/no-such-case") + ": no such file or directory",
                caseDir + WITNESS);
        CommandRun missing = build(temp.resolve("no-course.yml"));
        assertRefused(missing, temp.resolve("no-course.yml") + ":1:1: error: [PB100] course file not found");
    }

    @Test
    void aSymbolicLinkThatLoopsAsACaseFolderSaysSo() throws IOException {
        Path loop = Files.createSymbolicLink(temp.resolve("cases/loop"), Path.of("loop"));

        // a PATH on the command line that is not a case is a usage error (exit 2), as documented
        CommandRun run = CommandRun.of("validate", loop.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(loop + ": a symbolic link on its path loops").doesNotContain("no such file");
    }
}
