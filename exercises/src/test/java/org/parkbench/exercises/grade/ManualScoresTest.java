package org.parkbench.exercises.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.InputLimits;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * The lecturer's scores read back from the manual-scoring list and folded into the report: the
 * totals include them and nothing is pending once every short answer has one; every problem of the
 * file is reported at its line and column, and then nothing is folded in.
 */
class ManualScoresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURSE = FixtureCourse.COURSE;
    /** The fixture's short answer: 2 points, one variant. */
    private static final String ESSAY = "suez-direct-induced";
    private static final String HEADER = "student_id,exercise_id,variant,score,max_score,response,model_answer,rubric,response_hash";

    @TempDir
    Path dir;
    private ExerciseSet set;

    @BeforeEach
    void load() {
        set = FixtureCourse.copyTo(dir.resolve("course")).exercises();
    }

    /** A file of {@code student} answering only the short answer, with {@code text}, and the stake (15 %) rightly. */
    private Path answerFile(String name, String student, String text) throws IOException {
        String json = "{\"format\": \"parkbench-answers\", \"version\": 2, \"course\": \"" + COURSE + "\", \"student_id\": "
                + JSON.writeValueAsString(student) + ", \"answers\": [{\"exercise\": \"" + ESSAY + "\", \"variant\": 0, \"response\": "
                + JSON.writeValueAsString(text) + "}, {\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}]}";
        return Files.writeString(dir.resolve(name), json);
    }

    private GradeReport twoStudents() throws IOException {
        return new Grader(set, COURSE).gradeFiles(List.of(answerFile("ana.json", "ana", "Direct jobs are in the zone."),
                answerFile("ben.json", "ben", "They are the same.")));
    }

    private Path list(GradeReport report) throws IOException {
        StringBuilder csv = new StringBuilder();
        GradebookCsv.writeManual(report.manualScoring(), csv);
        return Files.writeString(dir.resolve("grades-manual.csv"), csv);
    }

    @Test
    void theListHasAnEmptyScoreColumnAndTheMostEachAnswerMayScore() throws IOException {
        List<String> lines = Files.readAllLines(list(twoStudents()));

        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(3);
        String hash = ManualScoring.hash("Direct jobs are in the zone.");
        assertThat(lines.get(1)).startsWith("ana,suez-direct-induced,0,,2,Direct jobs are in the zone.,").endsWith("," + hash);
        assertThat(lines.get(2)).startsWith("ben,suez-direct-induced,0,,2,They are the same.,");
        assertThat(hash).matches("sha256:[0-9a-f]{16}");
    }

    @Test
    void scoresTypedIntoTheListCountInTheTotalsAndNothingIsLeftPending() throws IOException {
        GradeReport report = twoStudents();
        // the stake (2 points) is right for both; the short answers' 2 points each await the lecturer
        assertThat(report.graded()).extracting(FileResult.Graded::points)
                .containsExactly(new Points(2, 2, 14), new Points(2, 2, 14));
        Path marked = list(report);
        Files.writeString(marked, Files.readString(marked).replace("ana,suez-direct-induced,0,,2,", "ana,suez-direct-induced,0,2,2,")
                .replace("ben,suez-direct-induced,0,,2,", "ben,suez-direct-induced,0,1,2,"));
        Diagnostics diagnostics = new Diagnostics();

        GradeReport scored = ManualScores.merge(report, marked, "grades-manual.csv", diagnostics).orElseThrow();

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(scored.graded()).extracting(FileResult.Graded::points)
                .containsExactly(new Points(4, 0, 14), new Points(3, 0, 14));
        assertThat(scored.graded().get(0).pointsByCase()).containsEntry("suez-teda", new Points(4, 0, 10))
                .containsEntry("overview", new Points(0, 0, 4));
        assertThat(scored.pendingScoring()).isEmpty();
        assertThat(scored.manualScoring()).extracting(ManualScoring::score).containsExactly(2, 1);
        StringBuilder gradebook = new StringBuilder();
        GradebookCsv.write(scored, gradebook);
        assertThat(gradebook.toString().lines()).contains("ana,suez-direct-induced,suez-teda,0,2,0,2,scored by hand",
                "ben,suez-direct-induced,suez-teda,0,1,0,2,scored by hand", "ana,total,,,4,0,14,", "ben,total,,,3,0,14,");
        StringBuilder again = new StringBuilder();
        GradebookCsv.writeManual(scored.manualScoring(), again);
        assertThat(again.toString().lines()).anyMatch(l -> l.startsWith("ana,suez-direct-induced,0,2,2,"))
                .anyMatch(l -> l.startsWith("ben,suez-direct-induced,0,1,2,"));
    }

    @Test
    void anEmptyScoreLeavesTheAnswerPendingAndASpreadsheetsWaysOfWritingNumbersAreRead() throws IOException {
        GradeReport report = twoStudents();
        Path marked = Files.writeString(dir.resolve("m.csv"), "student_id,exercise_id,variant,score\n"
                + "ana,suez-direct-induced,0,2.0\nben,suez-direct-induced,0,\n");

        GradeReport scored = ManualScores.merge(report, marked, "m.csv", new Diagnostics()).orElseThrow();

        assertThat(scored.graded()).extracting(FileResult.Graded::points).containsExactly(new Points(4, 0, 14), new Points(2, 2, 14));
        assertThat(scored.pendingScoring()).extracting(ManualScoring::studentId).containsExactly("ben");
    }

    @Test
    void aStudentIdTheFormulaGuardChangedIsMatchedWithOrWithoutItsQuote() throws IOException {
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(answerFile("a.json", "-1", "Direct jobs."),
                answerFile("b.json", "=2", "Induced jobs.")));
        Path listed = list(report);
        assertThat(Files.readString(listed)).contains("'-1,suez-direct-induced,0,,2,", "'=2,suez-direct-induced,0,,2,");
        // a spreadsheet drops the leading ' of the first when it saves the file
        Files.writeString(listed, Files.readString(listed).replace("'-1,suez-direct-induced,0,,", "-1,suez-direct-induced,0,1,")
                .replace("'=2,suez-direct-induced,0,,", "'=2,suez-direct-induced,0,2,"));

        GradeReport scored = ManualScores.merge(report, listed, "m.csv", new Diagnostics()).orElseThrow();

        assertThat(scored.manualScoring()).extracting(ManualScoring::studentId, ManualScoring::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-1", 1), org.assertj.core.groups.Tuple.tuple("=2", 2));
    }

    @Test
    void everyProblemIsReportedAtItsLineAndColumnAndNothingIsFoldedIn() throws IOException {
        GradeReport report = twoStudents();
        String anaHash = ManualScoring.hash("Direct jobs are in the zone.");
        Path marked = Files.writeString(dir.resolve("m.csv"), String.join("\n",
                "student_id,exercise_id,variant,score,response_hash",
                "ana,suez-direct-induced,0,two,",
                "ben,suez-direct-induced,0,3,",
                "ana,suez-direct-induced,0,-1," + anaHash,
                "cleo,suez-direct-induced,0,1,",
                "ben,no-such-exercise,0,1,",
                "ben,suez-unattributed-stake,0,2,",
                "ben,suez-direct-induced,1,1,",
                "ben,suez-direct-induced,0,1.5,",
                "ana,suez-direct-induced,0,1,sha256:0000000000000000",
                ",suez-direct-induced,,1,") + "\n");
        Diagnostics diagnostics = new Diagnostics();

        Optional<GradeReport> scored = ManualScores.merge(report, marked, "m.csv", diagnostics);

        assertThat(scored).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly(
                "m.csv:2:27: error: [PB201] score 'two' is not a number",
                "m.csv:3:27: error: [PB203] score 3 is more than the 2 points exercise 'suez-direct-induced' is worth",
                "m.csv:4:1: error: [PB301] a second row for the answer of student 'ana' to exercise 'suez-direct-induced' (the first is on line 2)",
                "m.csv:5:1: error: [PB630] no answer file graded in this run is for student 'cleo'",
                "m.csv:6:5: error: [PB630] 'no-such-exercise' is not an exercise of this course",
                "m.csv:7:5: error: [PB630] exercise 'suez-unattributed-stake' is checked automatically, not scored by hand",
                "m.csv:8:25: error: [PB630] student 'ben' answers exercise 'suez-direct-induced' in variant 0, not 1",
                "m.csv:9:1: error: [PB301] a second row for the answer of student 'ben' to exercise 'suez-direct-induced' (the first is on line 3)",
                "m.csv:9:27: error: [PB201] score '1.5' is not a whole number of points",
                "m.csv:10:1: error: [PB301] a second row for the answer of student 'ana' to exercise 'suez-direct-induced' (the first is on line 2)",
                "m.csv:11:1: error: [PB208] 'student_id' is empty",
                "m.csv:11:22: error: [PB208] 'variant' is empty");
        assertThat(diagnostics.sorted()).filteredOn(d -> d.message().startsWith("no answer file"))
                .singleElement().satisfies(d -> assertThat(d.hint()).contains("the students graded are 'ana', 'ben'"));
        assertThat(diagnostics.sorted()).allSatisfy(d -> assertThat(d.hint()).isNotBlank());
    }

    @Test
    void aNegativeScoreAndAChangedResponseAreRefused() throws IOException {
        GradeReport report = twoStudents();
        String benBefore = ManualScoring.hash("They were the same, I thought.");
        Path marked = Files.writeString(dir.resolve("m.csv"), "student_id,exercise_id,variant,score,response_hash\n"
                + "ana,suez-direct-induced,0,-1,\n"
                + "ben,suez-direct-induced,0,1," + benBefore + "\n");
        Diagnostics diagnostics = new Diagnostics();

        assertThat(ManualScores.merge(report, marked, "m.csv", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "m.csv:2:27: error: [PB203] score -1 is negative" + System.lineSeparator()
                        + "    hint: give a whole number of points from 0 to 2, or leave the cell empty to score it later",
                "m.csv:3:29: error: [PB631] the response of student 'ben' to exercise 'suez-direct-induced' has changed since this"
                        + " row was written: its hash is now '" + ManualScoring.hash("They are the same.") + "', not '" + benBefore + "'"
                        + System.lineSeparator() + "    hint: the score may be for another response: delete the row and run grade"
                        + " --manual again, which lists the new response for scoring, or grade the answer file the list was written from");
    }

    @Test
    void aListWithoutAScoreColumnIsRefusedAtItsHeader() throws IOException {
        Path old = Files.writeString(dir.resolve("old.csv"), "student_id,exercise_id,variant,max_score,response\n"
                + "ana,suez-direct-induced,0,2,Direct jobs are in the zone.\n");
        Diagnostics diagnostics = new Diagnostics();

        assertThat(ManualScores.merge(twoStudents(), old, "old.csv", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly("old.csv:1:1: error: [PB102] missing column 'score'");
        assertThat(ManualScores.scoresIn(old)).isZero();
    }

    @Test
    void aFileTooLargeAFolderAndAMissingFileAreRefusedUnread() throws IOException {
        Path large = dir.resolve("large.csv");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(InputLimits.CSV_FILE_BYTES + 1); // sparse: nothing is written, and nothing may be read
        }
        Path folder = Files.createDirectories(dir.resolve("marks"));
        Diagnostics diagnostics = new Diagnostics();
        GradeReport report = twoStudents();

        assertThat(ManualScores.merge(report, large, "large.csv", diagnostics)).isEmpty();
        assertThat(ManualScores.merge(report, folder, "marks", diagnostics)).isEmpty();
        assertThat(ManualScores.merge(report, dir.resolve("none.csv"), "none.csv", diagnostics)).isEmpty();

        assertThat(diagnostics.sorted()).extracting(Diagnostic::headline).containsExactly(
                "large.csv:1:1: error: [PB105] the file has 16,777,217 bytes, more than a list of scores may have"
                        + " (16,777,216 bytes, 16 MiB); it was not read",
                "marks:1:1: error: [PB109] cannot read the scores: this is a folder",
                "none.csv:1:1: error: [PB109] cannot read the scores: there is no such file");
    }

    @Test
    void aControlCharacterInAResponseIsWrittenSoThatTheListCanBeReadBack() throws IOException {
        // a bell and half a surrogate pair, as JSON escapes (a file cannot hold the half pair as UTF-8)
        Path file = answerFile("a.json", "ana", "jobs(bell) and (half) more");
        Files.writeString(file, Files.readString(file).replace("(bell)", "\\u0007").replace("(half)", "\\uD800"));
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(file));
        assertThat(report.manualScoring()).singleElement().satisfies(m -> assertThat(m.response()).isEqualTo("jobs\u0007 and \uD800 more"));
        Path listed = list(report);
        assertThat(Files.readString(listed, StandardCharsets.UTF_8)).contains("jobs\uFFFD and \uFFFD more");
        Files.writeString(listed, Files.readString(listed).replace("ana,suez-direct-induced,0,,", "ana,suez-direct-induced,0,2,"));
        Diagnostics diagnostics = new Diagnostics();

        assertThat(ManualScores.merge(report, listed, "m.csv", diagnostics)).as(diagnostics.sorted().toString()).isPresent();
    }
}
