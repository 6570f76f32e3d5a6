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
        assertThat(csv).startsWith("student_id,exercise_id,variant,score,max_score");
        assertThat(csv).contains("s-right,suez-unattributed-stake,0,2,2").contains("s-wrong,suez-unattributed-stake,0,0,2");
        assertThat(csv).doesNotContain("s-tampered");
        assertThat(csv).containsPattern("(?m)^s-right,total,,\\d+,\\d+,answer file version 1: no record of when solutions were opened");
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
        assertThat(Files.readString(none)).contains("s-late,suez-unattributed-stake,0,0,2,answered after opening the worked solution: "
                + "only answers checked before it count (--after-solution none)");
        assertThat(byDefault.out()).contains("1 exercise(s) answered after opening the worked solution: only answers checked before it count");
        assertThat(withFull.exitCode()).as(withFull.err()).isZero();
        assertThat(Files.readString(full)).contains("s-late,suez-unattributed-stake,0,2,2,answered after opening the worked solution: "
                + "the last answer counts (--after-solution full)");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'--after-solution'", "[NONE, FULL]", "but was 'half'");
        assertThat(dir.resolve("never.csv")).doesNotExist();
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
