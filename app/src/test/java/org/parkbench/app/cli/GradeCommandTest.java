package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.site.course.CourseLoader;

/**
 * {@code parkbench grade} on a lecturer's folder of returned files: good ones are graded from the keys,
 * a malformed and a tampered one are reported, and the exit code says some were rejected.
 */
class GradeCommandTest {
    private static final String COURSE = CourseLoader.DEFAULT_ID;

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
        assertThat(run.err()).contains(malformed + ": error:").contains(tampered + ": error:");
        assertThat(run.err()).doesNotContain(right.toString()).doesNotContain(wrong.toString());
        String csv = Files.readString(gradebook);
        assertThat(csv).startsWith("student_id,exercise_id,variant,score,max_score");
        assertThat(csv).contains("s-right,suez-unattributed-stake,0,2,2").contains("s-wrong,suez-unattributed-stake,0,0,2");
        assertThat(csv).doesNotContain("s-tampered");
        assertThat(csv).containsPattern("(?m)^s-right,total,,\\d+,\\d+$");
    }

    @Test
    void allGoodFilesExitZero(@TempDir Path dir) throws IOException {
        Path right = write(dir, "a.json", answers("s-a", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}"));
        CommandRun run = CommandRun.of("grade", right.toString(), "--out", dir.resolve("g.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 file(s) graded, 0 rejected");
    }

    @Test
    void aFileForAnotherCourseIsRejected(@TempDir Path dir) throws IOException {
        Path foreign = write(dir, "foreign.json", answers("s-x", "{\"exercise\": \"suez-unattributed-stake\", \"variant\": 0, \"response\": \"15\"}")
                .replace("\"course\": \"" + COURSE + "\"", "\"course\": \"another-course\""));
        CommandRun run = CommandRun.of("grade", foreign.toString(), "--out", dir.resolve("g.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("another-course");
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
