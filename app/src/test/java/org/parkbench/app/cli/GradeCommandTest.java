package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.variant.VariantChooser;
import org.parkbench.site.course.CourseLoader;

/**
 * {@code parkbench grade} on a lecturer's folder of returned files: good ones are graded from the keys,
 * a malformed and a tampered one are reported, and the exit code says some were rejected.
 */
class GradeCommandTest {
    private static final String COURSE = CourseLoader.DEFAULT_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gradesTheGoodFilesAndReportsTheBadOnes(@TempDir Path dir) throws IOException {
        // 100 − (75 + 5 + 5) = 15 % of Egypt TEDA Investment Co. is unattributed (the paper's stakes).
        Path right = write(dir, "right.json", answers("s-right", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, "
                + "\"response\": \"15\", \"attempts\": 2, \"seconds\": 40, \"correct\": false}"));
        // 85 is the attributed part, not the remainder; a client's own "correct" flag changes nothing.
        Path wrong = write(dir, "wrong.json", answers("s-wrong", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, "
                + "\"response\": \"85\", \"correct\": true, \"score\": 2}"));
        Path malformed = write(dir, "malformed.json", "{\"format\": \"parkbench-answers\", \"version\": 1,");
        Path tampered = write(dir, "tampered.json", answers("s-tampered", "{\"exercise\": \"suez-unattributed-stake\", "
                + "\"variant\": 3, \"response\": \"15\"}"));
        Path gradebook = dir.resolve("grades.csv");

        CommandRun run = CommandRun.of("grade", right.toString(), malformed.toString(), wrong.toString(), tampered.toString(),
                "--out", gradebook.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(malformed + ":1:").contains(tampered + ": error:");
        assertThat(run.err()).doesNotContain(right.toString()).doesNotContain(wrong.toString());
        String csv = Files.readString(gradebook);
        assertThat(csv).startsWith("student_id,exercise_id,case,variant,score,pending,max_score,note\n");
        assertThat(csv).contains("s-right,suez-unattributed-stake,suez-teda,0,2,0,2,").contains("s-wrong,suez-unattributed-stake,suez-teda,0,0,0,2,");
        assertThat(csv).doesNotContain("s-tampered");
        // the stake is the only answer: 2 of the course's 122 points (its 56 exercises' points added up), none pending
        assertThat(csv).contains("s-right,case-total,suez-teda,,2,0,23,\n").contains("s-right,total,,,2,0,122,answer file version 1: no record of when solutions were opened");
    }

    @Test
    void allGoodFilesExitZero(@TempDir Path dir) throws IOException {
        Path right = write(dir, "a.json", answers("s-a", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}"));
        CommandRun run = CommandRun.of("grade", right.toString(), "--out", dir.resolve("g.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 file(s) graded, 0 rejected");
    }

    @Test
    void aShortAnswersListOfAnEarlierRunIsKeptAndSaidToBeOld(@TempDir Path dir) throws IOException {
        Path right = write(dir, "a.json", answers("s-a", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}"));
        Path earlier = write(dir, "g-manual.csv", "student_id,exercise_id,variant,response,score\ns-old,some-essay,0,\"an earlier answer\",3\n");
        CommandRun run = CommandRun.of("grade", right.toString(), "--out", dir.resolve("g.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No short answers to score by hand in this run; " + earlier + " is from an earlier run");
        assertThat(Files.readString(earlier)).as("a lecturer's marks in it are not lost").contains("s-old,some-essay,0,\"an earlier answer\",3");
    }

    @Test
    void aFileForAnotherCourseIsRejected(@TempDir Path dir) throws IOException {
        Path foreign = write(dir, "foreign.json", answers("s-x", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}")
                .replace("\"course\": \"" + COURSE + "\"", "\"course\": \"another-course\""));
        CommandRun run = CommandRun.of("grade", foreign.toString(), "--out", dir.resolve("g.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("another-course");
    }

    /**
     * Student ids and short answers come from the students' files; one that a spreadsheet would run
     * as a formula reaches the gradebook and the manual-scoring list only behind a leading {@code '}.
     * Scores, variants and maxima stay numbers.
     */
    @Test
    void studentIdsAndResponsesThatLookLikeFormulasAreGuardedInBothCsvs(@TempDir Path dir) throws IOException {
        // distinct students: a student id is compared without its surrounding white space; a control
        // character in an id (a tab, a CR) is refused by name (HostileAnswerFilesTest), in a response it is kept
        List<String> formulas = List.of("=1+1", "+1", "-1", "@x", "\t=2+2", "\r=3+3");
        List<String> ids = List.of("=1+1", "+1", "-1", "@x", " =2+2", "\u3000@3+3");
        List<String> args = new ArrayList<>(List.of("grade"));
        for (int i = 0; i < formulas.size(); i++) {
            String json = JSON.writeValueAsString(formulas.get(i));
            // a short answer has one variant, so any student id gets variant 0
            args.add(write(dir, "s" + i + ".json", "{\"format\": \"parkbench-answers\", \"version\": 1, \"course\": \"" + COURSE
                    + "\", \"student_id\": " + JSON.writeValueAsString(ids.get(i)) + ", \"answers\": [{\"exercise\": "
                    + "\"suez-direct-and-induced-jobs\", \"variant\": 0, \"response\": " + json + "}]}").toString());
        }
        Path gradebook = dir.resolve("grades.csv");
        args.addAll(List.of("--out", gradebook.toString()));

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> guarded = formulas.stream().map(f -> "'" + f).toList();
        // a student is named by the id the site hashed (trimmed as JavaScript trims, NFC): the spaces
        // are gone before the writer sees the id, and the formula behind them is guarded
        List<String> guardedIds = ids.stream().map(f -> "'" + VariantChooser.normaliseStudentId(f)).toList();
        List<CSVRecord> grades = read(gradebook);
        assertThat(grades.stream().map(r -> r.get("student_id")).distinct()).containsExactlyElementsOf(guardedIds);
        assertThat(grades).allSatisfy(r -> assertThat(r.get("max_score")).matches("\\d+"));
        assertThat(grades.stream().filter(r -> r.get("exercise_id").equals("total")).map(r -> r.get("score"))).containsOnly("0");
        List<CSVRecord> manual = read(dir.resolve("grades-manual.csv"));
        assertThat(manual.stream().map(r -> r.get("student_id"))).containsExactlyElementsOf(guardedIds);
        assertThat(manual.stream().map(r -> r.get("response"))).containsExactlyElementsOf(guarded);
        assertThat(manual.stream().map(r -> r.get("variant"))).containsOnly("0");
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /**
     * An answer first given after the worked solution was opened (the file's events say so) earns
     * nothing by default and its points with {@code --after-solution full}; the gradebook's note and
     * the summary say which policy applied. Another value is a usage error.
     */
    @Test
    void anAnswerGivenAfterTheSolutionWasOpenedEarnsNothingUnlessAfterSolutionFull(@TempDir Path dir) throws IOException {
        Path late = write(dir, "late.json", answers("s-late", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, "
                + "\"response\": \"15\", \"attempts\": 2, \"events\": [{\"type\": \"attempt\", \"at\": \"2026-11-28T10:00:00Z\", "
                + "\"response\": \"85\"}, {\"type\": \"hint\", \"hint\": 1, \"at\": \"2026-11-28T10:01:00Z\"}, {\"type\": \"solution\", "
                + "\"at\": \"2026-11-28T10:02:00Z\"}, {\"type\": \"attempt\", \"at\": \"2026-11-28T10:03:00Z\", \"response\": \"15\"}]}")
                .replace("\"version\": 1", "\"version\": 2"));
        Path none = dir.resolve("none.csv");
        Path full = dir.resolve("full.csv");

        CommandRun byDefault = CommandRun.of("grade", late.toString(), "--out", none.toString());
        CommandRun withFull = CommandRun.of("grade", late.toString(), "--out", full.toString(), "--after-solution", "full");
        CommandRun unknown = CommandRun.of("grade", late.toString(), "--out", dir.resolve("never.csv").toString(), "--after-solution", "half");

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(Files.readString(none)).contains("s-late,suez-unattributed-stake,suez-teda,0,0,0,2,answered after opening the worked solution: "
                + "only answers checked before it count (--after-solution none)");
        assertThat(byDefault.out()).contains("1 exercise(s) answered after opening the worked solution: only answers checked before it count");
        assertThat(withFull.exitCode()).as(withFull.err()).isZero();
        assertThat(Files.readString(full)).contains("s-late,suez-unattributed-stake,suez-teda,0,2,0,2,answered after opening the worked solution: "
                + "the last answer counts (--after-solution full)");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'--after-solution'", "[NONE, FULL]", "but was 'half'");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    /** The shipped course's 4-point short answer on direct and induced jobs (one variant: every student gets variant 0). */
    private static final String ESSAY = "suez-direct-and-induced-jobs";
    private static final String NL = System.lineSeparator();

    /** Two students' files, each with one short answer and nothing else. */
    private static List<Path> twoShortAnswers(Path dir) throws IOException {
        return List.of(write(dir, "ana.json", answers("s-ana", "{\"exercise\": \"" + ESSAY + "\", \"variant\": 0, "
                        + "\"response\": \"Direct jobs are on the zone's payrolls; induced jobs are estimated elsewhere.\"}")),
                write(dir, "ben.json", answers("s-ben", "{\"exercise\": \"" + ESSAY + "\", \"variant\": 0, "
                        + "\"response\": \"They are the same jobs.\"}")));
    }

    private static CommandRun grade(List<Path> files, String... options) {
        List<String> args = new ArrayList<>(List.of("grade"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /**
     * Acceptance: two students, one short answer each. grade lists both for scoring with an empty
     * score; the lecturer types 2 and 1 into the list; grade --manual folds them into the gradebook,
     * whose totals then include them with nothing pending, and writes the list again with the scores.
     */
    @Test
    void scoresTypedIntoTheManualListAreFoldedIntoTheGradebookWithManual(@TempDir Path dir) throws IOException {
        List<Path> files = twoShortAnswers(dir);
        Path gradebook = dir.resolve("grades.csv");
        Path list = dir.resolve("grades-manual.csv");

        CommandRun first = grade(files, "--out", gradebook.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<CSVRecord> listed = read(list);
        assertThat(listed).extracting(r -> r.get("student_id"), r -> r.get("exercise_id"), r -> r.get("variant"), r -> r.get("score"),
                r -> r.get("max_score")).containsExactly(org.assertj.core.groups.Tuple.tuple("s-ana", ESSAY, "0", "", "4"),
                org.assertj.core.groups.Tuple.tuple("s-ben", ESSAY, "0", "", "4"));
        // nothing earned yet; each short answer's 4 points pending, of the course's 122: each case's exercises'
        // points added up, the cases in the course's order
        assertThat(first.out()).contains(files.get(0) + ": s-ana scored 0 of 122 points, 4 pending hand-marking" + NL
                + "    haier-ruba: 0 of 17 points, 0 pending hand-marking" + NL
                + "    huajian: 0 of 23 points, 0 pending hand-marking" + NL
                + "    overview: 0 of 19 points, 0 pending hand-marking" + NL
                + "    sihanoukville: 0 of 21 points, 0 pending hand-marking" + NL
                + "    suez-teda: 0 of 23 points, 4 pending hand-marking" + NL
                + "    suzhou: 0 of 19 points, 0 pending hand-marking" + NL);
        assertThat(first.out()).contains("2 short answer(s) to score by hand, 0 scored, 2 still to score (8 points pending): " + list);
        assertThat(Files.readString(gradebook)).contains("s-ana," + ESSAY + ",suez-teda,0,,4,4,\n", "s-ana,total,,,0,4,122,");

        // the lecturer's marks: 2 for Ana, 1 for Ben, typed into the score column
        Files.writeString(list, Files.readString(list).replace("s-ana," + ESSAY + ",0,,4,", "s-ana," + ESSAY + ",0,2,4,")
                .replace("s-ben," + ESSAY + ",0,,4,", "s-ben," + ESSAY + ",0,1,4,"));
        CommandRun merged = grade(files, "--out", gradebook.toString(), "--manual", list.toString());

        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.err()).isEmpty();
        String csv = Files.readString(gradebook);
        assertThat(csv).contains("s-ana," + ESSAY + ",suez-teda,0,2,0,4,scored by hand\n", "s-ben," + ESSAY + ",suez-teda,0,1,0,4,scored by hand\n");
        assertThat(csv).contains("s-ana,case-total,suez-teda,,2,0,23,\n", "s-ben,case-total,suez-teda,,1,0,23,\n");
        assertThat(csv).contains("s-ana,total,,,2,0,122,answer file version 1", "s-ben,total,,,1,0,122,answer file version 1");
        assertThat(merged.out()).contains(files.get(0) + ": s-ana scored 2 of 122 points, 0 pending hand-marking",
                files.get(1) + ": s-ben scored 1 of 122 points, 0 pending hand-marking", "    suez-teda: 1 of 23 points, 0 pending hand-marking",
                "2 short answer(s) to score by hand, 2 scored, 0 still to score (0 points pending): " + list,
                "2 score(s) typed by hand folded in from " + list);
        assertThat(read(list)).extracting(r -> r.get("score")).as("the list keeps the marks").containsExactly("2", "1");
    }

    /**
     * Every problem of the lecturer's list is reported at once, at its line and column, with what
     * to do; then nothing is written: the gradebook and the list are as they were.
     */
    @Test
    void aListOfScoresWithProblemsIsReportedWholeAndNothingIsWritten(@TempDir Path dir) throws IOException {
        List<Path> files = twoShortAnswers(dir);
        Path gradebook = dir.resolve("grades.csv");
        assertThat(grade(files, "--out", gradebook.toString()).exitCode()).isZero();
        Path list = dir.resolve("grades-manual.csv");
        Path scores = write(dir, "marked.csv", "student_id,exercise_id,variant,score,response_hash\n"
                + "s-ana," + ESSAY + ",0,two,\n"
                + "s-ben," + ESSAY + ",0,5,\n"
                + "s-cleo," + ESSAY + ",0,1,\n"
                + "s-ana,suez-unattributed-stake,0,2,\n"
                + "s-ben," + ESSAY + ",0,-1,\n"
                + "s-ana," + ESSAY + ",0,3,\n");
        byte[] before = Files.readAllBytes(gradebook);
        byte[] listBefore = Files.readAllBytes(list);

        CommandRun run = grade(files, "--out", gradebook.toString(), "--manual", scores.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(scores + ":2:38: error: [PB201] score 'two' is not a number" + NL
                + "    hint: give a whole number of points, from 0 to the exercise's max_score, or leave the cell empty to score it later" + NL
                + scores + ":3:38: error: [PB203] score 5 is more than the 4 points exercise '" + ESSAY + "' is worth" + NL
                + "    hint: give a whole number of points from 0 to 4, or leave the cell empty to score it later" + NL
                + scores + ":4:1: error: [PB630] no answer file graded in this run is for student 's-cleo'" + NL
                + "    hint: give the student's answer file in the same run (a rejected file is reported above), correct the id as"
                + " grade wrote it, or delete the row; the students graded are 's-ana', 's-ben'" + NL
                + scores + ":5:7: error: [PB630] exercise 'suez-unattributed-stake' is checked automatically, not scored by hand" + NL
                + "    hint: delete the row: only short answers are scored by hand" + NL
                + scores + ":6:1: error: [PB301] a second row for the answer of student 's-ben' to exercise '" + ESSAY
                + "' (the first is on line 3)" + NL
                + "    hint: keep one row per student and exercise" + NL
                + scores + ":7:1: error: [PB301] a second row for the answer of student 's-ana' to exercise '" + ESSAY
                + "' (the first is on line 2)" + NL
                + "    hint: keep one row per student and exercise" + NL
                + "parkbench grade: nothing was written (" + gradebook + " is as it was): fix the 6 problem(s) in " + scores
                + " above and run again" + NL);
        assertThat(Files.readAllBytes(gradebook)).isEqualTo(before);
        assertThat(Files.readAllBytes(list)).isEqualTo(listBefore);
    }

    /** A score typed for a response that has changed since the list was written is refused, with the fix. */
    @Test
    void aScoreForAResponseThatHasChangedIsRefused(@TempDir Path dir) throws IOException {
        List<Path> files = twoShortAnswers(dir);
        Path gradebook = dir.resolve("grades.csv");
        assertThat(grade(files, "--out", gradebook.toString()).exitCode()).isZero();
        Path list = dir.resolve("grades-manual.csv");
        Files.writeString(list, Files.readString(list).replace("s-ben," + ESSAY + ",0,,4,", "s-ben," + ESSAY + ",0,1,4,"));
        String marked = read(list).get(1).get("response_hash");
        // Ben sends a new file with another answer before the marks are folded in
        Files.writeString(files.get(1), Files.readString(files.get(1)).replace("They are the same jobs.", "Direct jobs are in the zone."));

        CommandRun run = grade(files, "--out", gradebook.toString(), "--manual", list.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(":3:", "error: [PB631] the response of student 's-ben' to exercise '" + ESSAY
                + "' has changed since this row was written: its hash is now 'sha256:", "', not '" + marked + "'",
                "hint: the score may be for another response: delete the row and run grade --manual again, which lists the new"
                        + " response for scoring, or grade the answer file the list was written from",
                "nothing was written");
        assertThat(read(list)).extracting(r -> r.get("score")).containsExactly("", "1");
    }

    /**
     * A run without --manual would write a fresh list over the lecturer's marks: it refuses, and
     * writes nothing. --out naming the list of scores is a usage error.
     */
    @Test
    void aListHoldingTypedScoresIsNeverOverwrittenAndIsNoGradebook(@TempDir Path dir) throws IOException {
        List<Path> files = twoShortAnswers(dir);
        Path gradebook = dir.resolve("grades.csv");
        assertThat(grade(files, "--out", gradebook.toString()).exitCode()).isZero();
        Path list = dir.resolve("grades-manual.csv");
        Files.writeString(list, Files.readString(list).replace("s-ana," + ESSAY + ",0,,4,", "s-ana," + ESSAY + ",0,3,4,"));
        byte[] marks = Files.readAllBytes(list);
        byte[] before = Files.readAllBytes(gradebook);

        CommandRun again = grade(files, "--out", gradebook.toString());
        CommandRun onto = grade(files, "--out", list.toString(), "--manual", list.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("parkbench grade: " + list + " holds 1 score(s) typed by hand, which this run would"
                + " overwrite; nothing was written: fold them in with --manual " + list + ", or choose another --out" + NL);
        assertThat(onto.exitCode()).isEqualTo(2);
        assertThat(onto.err()).isEqualTo("parkbench grade: --out " + list + " is the list of scores given to --manual, which grading"
                + " would overwrite; write the gradebook elsewhere, for example --out grades.csv" + NL);
        assertThat(Files.readAllBytes(list)).isEqualTo(marks);
        assertThat(Files.readAllBytes(gradebook)).isEqualTo(before);
    }

    /** A --manual file that is not there, or a folder, is a one-line error, never a stack trace. */
    @Test
    void aMissingListOfScoresIsReportedPlainly(@TempDir Path dir) throws IOException {
        List<Path> files = twoShortAnswers(dir);
        Path none = dir.resolve("marks.csv");

        CommandRun missing = grade(files, "--out", dir.resolve("g.csv").toString(), "--manual", none.toString());
        CommandRun folder = grade(files, "--out", dir.resolve("g.csv").toString(), "--manual", dir.toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith(none + ":1:1: error: [PB109] cannot read the scores: there is no such file" + NL
                + "    hint: give the manual-scoring list that grade wrote beside the gradebook (NAME-manual.csv), with scores typed"
                + " into its score column" + NL).doesNotContain("Exception");
        assertThat(folder.err()).startsWith(dir + ":1:1: error: [PB109] cannot read the scores: this is a folder");
        assertThat(dir.resolve("g.csv")).doesNotExist();
    }

    @Test
    void noFilesIsAUsageError() {
        assertThat(CommandRun.of("grade").exitCode()).isEqualTo(2);
    }

    private static String answers(String student, String answer) {
        return "{\"format\": \"parkbench-answers\", \"version\": 1, \"course\": \"" + COURSE + "\", \"student_id\": \""
                + student + "\", \"answers\": [" + answer + "]}";
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
