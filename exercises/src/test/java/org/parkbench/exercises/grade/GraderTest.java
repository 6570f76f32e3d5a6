package org.parkbench.exercises.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.Responses;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.variant.VariantChooser;

class GraderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURSE = FixtureCourse.COURSE;

    @TempDir
    Path dir;
    private ExerciseSet set;

    @BeforeEach
    void load() {
        set = FixtureCourse.copyTo(dir.resolve("course")).exercises();
    }

    /** An answer file of {@code student}, answering every exercise in the student's own variant. */
    private ObjectNode answers(String course, String student, Function<ExerciseVariant, com.fasterxml.jackson.databind.JsonNode> response) {
        ObjectNode file = JSON.createObjectNode().put("format", "parkbench-answers").put("version", 1).put("course", course)
                .put("student_id", student).put("exported_at", "2026-11-28T10:00:00Z");
        ArrayNode list = file.putArray("answers");
        for (Exercise e : set.exercises()) {
            int variant = VariantChooser.choose(course, student, e.id(), e.variantCount());
            ExerciseVariant v = set.variant(e.id(), variant);
            var answer = list.addObject().put("exercise", e.id()).put("variant", variant).put("attempts", 1).put("seconds", 30);
            if (e.type() == org.parkbench.exercises.model.ExerciseType.SHORT_ANSWER) {
                answer.put("response", "Direct jobs are in the zone; induced jobs are created outside it.");
            } else {
                answer.set("response", response.apply(v));
            }
        }
        return file;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void gradesTheGoodFilesAndRejectsAMalformedAndATamperedOneWithReasons() throws IOException {
        Path good = write("ana.json", answers(COURSE, "ana", Responses::right).toString());
        Path wrong = write("ben.json", answers(COURSE, "ben", Responses::wrong).toString());
        String full = answers(COURSE, "cleo", Responses::right).toString();
        Path malformed = write("cleo.json", full.substring(0, full.length() / 2));
        ObjectNode tampered = answers(COURSE, "dan", Responses::right);
        ObjectNode jobs = findAnswer(tampered, "suez-jobs-per-km2");
        jobs.put("variant", 1 - jobs.get("variant").asInt());
        Path tamperedFile = write("dan.json", tampered.toString());

        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(good, wrong, malformed, tamperedFile));

        assertThat(report.graded()).extracting(FileResult.Graded::studentId).containsExactly("ana", "ben");
        // every self-checked exercise right: 3 + 1 + 2 + 1 + 1 + 2 + 2 points; the 2-point short answer awaits the lecturer
        assertThat(report.graded().get(0).total()).isEqualTo(12);
        assertThat(report.graded().get(0).maxTotal()).isEqualTo(14);
        assertThat(report.graded().get(1).total()).isZero();
        assertThat(report.rejected()).extracting(FileResult.Rejected::kind)
                .containsExactly(AnswerFileException.Kind.MALFORMED, AnswerFileException.Kind.TAMPERED);
        assertThat(report.rejected().get(0).message()).matches(java.util.regex.Pattern.quote(malformed.toString()) + ":1:\\d+: error: .+");
        assertThat(report.rejected().get(1).reason()).contains("suez-jobs-per-km2", "student 'dan' gets variant "
                + VariantChooser.choose(COURSE, "dan", "suez-jobs-per-km2", 2));
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.manualScoring()).extracting(ManualScoring::studentId, ManualScoring::exerciseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "suez-direct-induced"),
                        org.assertj.core.groups.Tuple.tuple("ben", "suez-direct-induced"));
    }

    @Test
    void allGoodFilesExitZero() throws IOException {
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(write("ana.json", answers(COURSE, "ana", Responses::right).toString())));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aClientsOwnCorrectFlagIsIgnored() throws IOException {
        ObjectNode file = answers(COURSE, "eve", Responses::wrong);
        file.withArray("answers").forEach(a -> ((ObjectNode) a).put("correct", true).put("score", 99));

        FileResult result = new Grader(set, COURSE).grade("eve.json", file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(((FileResult.Graded) result).total()).isZero();
    }

    @Test
    void refusesAnotherCoursesFileAnUnknownExerciseAnotherFormatAndASecondFileForAStudent() throws IOException {
        Grader grader = new Grader(set, COURSE);
        ObjectNode unknown = answers(COURSE, "fay", Responses::right);
        unknown.withArray("answers").addObject().put("exercise", "no-such-exercise").put("variant", 0).put("response", "a");
        ObjectNode version2 = answers(COURSE, "gus", Responses::right).put("version", 2);

        GradeReport report = grader.gradeFiles(List.of(
                write("foreign.json", answers("another-course", "fay", Responses::right).toString()),
                write("unknown.json", unknown.toString()),
                write("v2.json", version2.toString()),
                write("csv.json", "student_id,score\nfay,3\n"),
                write("hal-1.json", answers(COURSE, "hal", Responses::right).toString()),
                write("hal-2.json", answers(COURSE, " hal ", Responses::wrong).toString()),
                dir.resolve("missing.json")));

        assertThat(report.results()).extracting(r -> r instanceof FileResult.Rejected x ? x.kind().name() : "GRADED")
                .containsExactly("FOREIGN_COURSE", "TAMPERED", "WRONG_FORMAT", "MALFORMED", "GRADED", "DUPLICATE_STUDENT", "UNREADABLE");
        assertThat(report.rejected().get(0).reason()).isEqualTo("the answers are for course 'another-course', not for '" + COURSE + "'");
        assertThat(report.rejected().get(1).reason()).contains("'no-such-exercise' is not part of course");
        assertThat(report.rejected().get(2).reason()).contains("version 2 is not supported");
        assertThat(report.rejected().get(4).reason()).contains("already graded from").contains("hal-1.json");
    }

    @Test
    void writesTheGradebookRowsThenTheTotals() throws IOException {
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(write("ana.json", answers(COURSE, "ana", Responses::right).toString()),
                write("ben.json", answers(COURSE, "ben", Responses::wrong).toString())));
        StringBuilder csv = new StringBuilder();

        GradebookCsv.write(report, csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("student_id,exercise_id,variant,score,max_score");
        assertThat(lines).hasSize(1 + 2 * 8 + 2);
        assertThat(lines).contains("ana,suez-model,0,1,1", "ana,suez-direct-induced,0,,2", "ben,suez-model,0,0,1");
        assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly("ana,total,,12,14", "ben,total,,0,14");
    }

    private static ObjectNode findAnswer(ObjectNode file, String exercise) {
        for (var a : file.withArray("answers")) {
            if (a.get("exercise").asText().equals(exercise)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no answer to " + exercise);
    }
}
