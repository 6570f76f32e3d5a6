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
        ObjectNode file = JSON.createObjectNode().put("format", "parkbench-answers").put("version", 2).put("course", course)
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
        ObjectNode version3 = answers(COURSE, "gus", Responses::right).put("version", 3);

        GradeReport report = grader.gradeFiles(List.of(
                write("foreign.json", answers("another-course", "fay", Responses::right).toString()),
                write("unknown.json", unknown.toString()),
                write("v3.json", version3.toString()),
                write("csv.json", "student_id,score\nfay,3\n"),
                write("hal-1.json", answers(COURSE, "hal", Responses::right).toString()),
                write("hal-2.json", answers(COURSE, " hal ", Responses::wrong).toString()),
                dir.resolve("missing.json")));

        assertThat(report.results()).extracting(r -> r instanceof FileResult.Rejected x ? x.kind().name() : "GRADED")
                .containsExactly("FOREIGN_COURSE", "TAMPERED", "WRONG_FORMAT", "MALFORMED", "GRADED", "DUPLICATE_STUDENT", "UNREADABLE");
        assertThat(report.rejected().get(0).reason()).isEqualTo("the answers are for course 'another-course', not for '" + COURSE + "'");
        assertThat(report.rejected().get(1).reason()).contains("'no-such-exercise' is not part of course");
        assertThat(report.rejected().get(2).reason()).contains("version 3 is not supported", "reads versions 1 to 2");
        assertThat(report.rejected().get(4).reason()).contains("already graded from").contains("hal-1.json");
    }

    @Test
    void writesTheGradebookRowsThenTheTotals() throws IOException {
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(write("ana.json", answers(COURSE, "ana", Responses::right).toString()),
                write("ben.json", answers(COURSE, "ben", Responses::wrong).toString())));
        StringBuilder csv = new StringBuilder();

        GradebookCsv.write(report, csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("student_id,exercise_id,case,variant,score,pending,max_score,note");
        // a row per student and exercise, a row per student and case (overview, suez-teda), a total per student
        assertThat(lines).hasSize(1 + 2 * 8 + 2 * 2 + 2);
        // the short answer has no score yet: its 2 points are pending
        assertThat(lines).contains("ana,suez-model,suez-teda,0,1,0,1,", "ana,suez-direct-induced,suez-teda,0,,2,2,",
                "ben,suez-model,suez-teda,0,0,0,1,");
        // overview: classify 3 + share 1; suez-teda: 10 points, of which the short answer's 2 await the lecturer
        assertThat(lines.subList(lines.size() - 6, lines.size())).containsExactly(
                "ana,case-total,overview,,4,0,4,", "ana,case-total,suez-teda,,8,2,10,",
                "ben,case-total,overview,,0,0,4,", "ben,case-total,suez-teda,,0,2,10,",
                "ana,total,,,12,2,14,", "ben,total,,,0,2,14,");
    }

    /** An answer's events, in order: {@code attempt:RESPONSE}, {@code hint:N} or {@code solution}. */
    private static ArrayNode events(ObjectNode answer, String... events) {
        ArrayNode list = answer.putArray("events");
        int minute = 0;
        for (String e : events) {
            ObjectNode event = list.addObject();
            String[] parts = e.split(":", 2);
            event.put("type", parts[0]).put("at", String.format("2026-11-28T10:%02d:00.000Z", minute++));
            if (parts[0].equals("attempt")) {
                event.put("response", parts[1]);
            } else if (parts[0].equals("hint")) {
                event.put("hint", Integer.parseInt(parts[1]));
            }
        }
        return list;
    }

    private ExerciseScore score(FileResult result, String exercise) {
        return ((FileResult.Graded) result).scores().stream().filter(s -> s.exerciseId().equals(exercise)).findFirst().orElseThrow();
    }

    @Test
    void anAnswerFirstGivenAfterTheSolutionWasOpenedEarnsNothingByDefaultAndFullCreditWithFull() throws IOException {
        ObjectNode file = answers(COURSE, "ida", Responses::right);
        ObjectNode jobs = findAnswer(file, "suez-jobs-per-km2");
        String right = jobs.get("response").asText();
        events(jobs, "attempt:1", "hint:1", "hint:2", "solution", "attempt:" + right);
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        int points = set.exercise("suez-jobs-per-km2").orElseThrow().points();

        FileResult byDefault = new Grader(set, COURSE).grade("ida.json", bytes);
        FileResult full = new Grader(set, COURSE, SolutionPolicy.FULL).grade("ida.json", bytes);

        assertThat(score(byDefault, "suez-jobs-per-km2").score()).isZero();
        assertThat(score(byDefault, "suez-jobs-per-km2").solution()).isEqualTo(ExerciseScore.SolutionTiming.ANSWERED_AFTER_OPENING);
        assertThat(score(full, "suez-jobs-per-km2").score()).isEqualTo(points);
        assertThat(((FileResult.Graded) byDefault).total()).isEqualTo(12 - points);
        assertThat(((FileResult.Graded) full).total()).isEqualTo(12);
        // the other exercises have no events: nothing changes for them
        assertThat(score(byDefault, "suez-model").score()).isEqualTo(1);

        StringBuilder csv = new StringBuilder();
        GradebookCsv.write(new Grader(set, COURSE).gradeFiles(List.of(write("ida.json", file.toString()))), csv);
        assertThat(csv.toString()).contains("ida,suez-jobs-per-km2,suez-teda," + score(byDefault, "suez-jobs-per-km2").variant()
                + ",0,0," + points + ",answered after opening the worked solution: only answers checked before it count (--after-solution none)");
    }

    @Test
    void aRightAnswerCheckedBeforeTheSolutionWasOpenedKeepsItsCredit() throws IOException {
        ObjectNode file = answers(COURSE, "jo", Responses::right);
        ObjectNode jobs = findAnswer(file, "suez-jobs-per-km2");
        String right = jobs.get("response").asText();
        // right, then the solution, then a slip typed with the solution in view
        events(jobs, "attempt:" + right, "solution", "attempt:1");
        jobs.put("response", "1");
        ObjectNode model = findAnswer(file, "suez-model");
        events(model, "attempt:" + model.get("response").asText(), "solution");
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        FileResult byDefault = new Grader(set, COURSE).grade("jo.json", bytes);
        FileResult full = new Grader(set, COURSE, SolutionPolicy.FULL).grade("jo.json", bytes);

        assertThat(score(byDefault, "suez-jobs-per-km2").score()).isPositive();
        assertThat(score(full, "suez-jobs-per-km2").score()).isZero();
        assertThat(score(byDefault, "suez-model").score()).isEqualTo(1);
        assertThat(score(byDefault, "suez-model").solution()).isEqualTo(ExerciseScore.SolutionTiming.OPENED_AFTER_ANSWERING);
    }

    @Test
    void aShortAnswerWrittenOnlyAfterTheSolutionIsNotListedForScoringByDefault() throws IOException {
        ObjectNode file = answers(COURSE, "kai", Responses::right);
        ObjectNode essay = findAnswer(file, "suez-direct-induced");
        events(essay, "solution", "attempt:" + essay.get("response").asText());
        ObjectNode other = answers(COURSE, "lea", Responses::right);
        ObjectNode draft = findAnswer(other, "suez-direct-induced");
        events(draft, "attempt:My first draft.", "solution", "attempt:" + draft.get("response").asText());

        GradeReport byDefault = new Grader(set, COURSE).gradeFiles(List.of(write("kai.json", file.toString()), write("lea.json", other.toString())));
        GradeReport full = new Grader(set, COURSE, SolutionPolicy.FULL).gradeFiles(List.of(write("kai.json", file.toString())));

        assertThat(byDefault.manualScoring()).extracting(ManualScoring::studentId, ManualScoring::response)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lea", "My first draft."));
        assertThat(score(byDefault.results().get(0), "suez-direct-induced").score()).isZero();
        assertThat(full.manualScoring()).singleElement().satisfies(m -> assertThat(m.studentId()).isEqualTo("kai"));
    }

    @Test
    void aVersion1FileWithoutEventsIsGradedOnItsLastAnswersAndSaysSo() throws IOException {
        ObjectNode file = answers(COURSE, "max", Responses::right).put("version", 1);
        // a version 1 file had no events: any there are ignored
        events(findAnswer(file, "suez-jobs-per-km2"), "solution", "attempt:nonsense");
        GradeReport report = new Grader(set, COURSE).gradeFiles(List.of(write("max.json", file.toString())));

        assertThat(report.graded()).singleElement().satisfies(g -> {
            assertThat(g.total()).isEqualTo(12);
            assertThat(g.version()).isEqualTo(1);
            assertThat(g.scores()).allSatisfy(s -> assertThat(s.solution()).isEqualTo(ExerciseScore.SolutionTiming.NOT_RECORDED));
        });
        StringBuilder csv = new StringBuilder();
        GradebookCsv.write(report, csv);
        assertThat(csv.toString()).contains("max,total,,,12,2,14,answer file version 1: no record of when solutions were opened");
    }

    @Test
    void malformedEventsAreRejectedWithTheAnswerAndEventNamed() throws IOException {
        Grader grader = new Grader(set, COURSE);
        List<String> reasons = new java.util.ArrayList<>();
        for (String bad : List.of("{\"type\": \"peek\"}", "{\"type\": \"hint\", \"hint\": 0}", "{\"type\": \"hint\"}",
                "{\"type\": \"solution\", \"at\": \"yesterday\"}", "\"solution\"")) {
            ObjectNode file = answers(COURSE, "ned", Responses::right);
            findAnswer(file, "suez-model").putArray("events").add(JSON.readTree("{\"type\": \"attempt\", \"response\": \"a\"}"))
                    .add(JSON.readTree(bad));
            FileResult result = grader.grade("ned.json", file.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(result).as(bad).isInstanceOf(FileResult.Rejected.class);
            reasons.add(((FileResult.Rejected) result).reason());
        }
        ObjectNode many = answers(COURSE, "ned", Responses::right);
        ArrayNode events = findAnswer(many, "suez-model").putArray("events");
        for (int i = 0; i <= AnswerFileReader.MAX_EVENTS; i++) {
            events.addObject().put("type", "attempt").put("response", "a");
        }
        reasons.add(((FileResult.Rejected) grader.grade("ned.json", many.toString().getBytes(StandardCharsets.UTF_8))).reason());

        assertThat(reasons).allMatch(r -> r.contains("answer "));
        assertThat(reasons.get(0)).contains("event 2", "\"type\" must be \"attempt\", \"hint\" or \"solution\", not \"peek\"");
        assertThat(reasons.get(1)).contains("event 2", "\"hint\" must be the number of the hint opened, from 1");
        assertThat(reasons.get(2)).contains("event 2", "\"hint\" is missing");
        assertThat(reasons.get(3)).contains("event 2", "\"at\" must be an ISO 8601 time");
        assertThat(reasons.get(4)).contains("event 2 is not an object");
        assertThat(reasons.get(5)).contains("lists 1001 events, more than an answer can (1000)");
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
