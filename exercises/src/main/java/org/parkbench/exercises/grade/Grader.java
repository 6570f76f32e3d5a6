package org.parkbench.exercises.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parkbench.exercises.check.AnswerCheck;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.variant.VariantChooser;

/**
 * Re-scores students' answer files from scratch against the keys of their variants. Nothing the
 * client decided is trusted: the variant is recomputed from the course, the student id and the
 * exercise, and every response is normalised and compared with the key. A file that is malformed,
 * of another format or version, for another course, or tampered with (an exercise the course does
 * not have, a variant the student's id does not give, an exercise answered twice) is rejected
 * with a reason; the other files are graded all the same. Each answer scores all or nothing;
 * short answers are left for the lecturer ({@link ManualScoring}). Where the file's events show the
 * worked solution opened, the {@link SolutionPolicy} decides which answer is graded: by default
 * ({@link SolutionPolicy#NONE}) the last one checked before the solution was first opened, so an
 * answer first given after it earns nothing.
 */
public final class Grader {
    private final ExerciseSet exercises;
    private final String course;
    private final SolutionPolicy policy;

    /** A grader with the default policy: no credit for an answer given after the solution was opened. */
    public Grader(ExerciseSet exercises, String course) {
        this(exercises, course, SolutionPolicy.NONE);
    }

    public Grader(ExerciseSet exercises, String course, SolutionPolicy policy) {
        this.exercises = Objects.requireNonNull(exercises, "exercises");
        this.course = Objects.requireNonNull(course, "course");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SolutionPolicy policy() {
        return policy;
    }

    /** Grades {@code files} in order, each named in messages as the path was given. */
    public GradeReport gradeFiles(List<Path> files) {
        Map<String, String> graded = new HashMap<>();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            byte[] bytes;
            try {
                bytes = AnswerFileReader.content(file); // the size is checked before reading, and no more is read
            } catch (AnswerFileException e) {
                results.add(new FileResult.Rejected(name, e.kind(), e.getMessage(), e.line(), e.column()));
                continue;
            }
            results.add(grade(name, bytes, graded));
        }
        return new GradeReport(results, policy);
    }

    /** Grades one file's content; {@code file} names it in messages. */
    public FileResult grade(String file, byte[] content) {
        return grade(file, content, new HashMap<>());
    }

    private FileResult grade(String file, byte[] content, Map<String, String> gradedStudents) {
        try {
            AnswerFile answers = AnswerFileReader.read(content);
            FileResult.Graded result = score(file, answers);
            String earlier = gradedStudents.putIfAbsent(VariantChooser.normaliseStudentId(answers.studentId()), file);
            if (earlier != null) {
                throw new AnswerFileException(AnswerFileException.Kind.DUPLICATE_STUDENT, "student '" + answers.studentId()
                        + "' was already graded from " + earlier + "; give one file per student");
            }
            return result;
        } catch (AnswerFileException e) {
            return new FileResult.Rejected(file, e.kind(), e.getMessage(), e.line(), e.column());
        }
    }

    private FileResult.Graded score(String file, AnswerFile answers) throws AnswerFileException {
        if (!answers.course().equals(course)) {
            throw new AnswerFileException(AnswerFileException.Kind.FOREIGN_COURSE, "the answers are for course "
                    + ValueExcerpt.quoted(answers.course()) + ", not for '" + course + "'");
        }
        String student = VariantChooser.normaliseStudentId(answers.studentId());
        Map<String, AnswerFile.Answer> byExercise = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (AnswerFile.Answer a : answers.answers()) {
            Exercise exercise = exercises.exercise(a.exercise()).orElseThrow(() -> new AnswerFileException(
                    AnswerFileException.Kind.TAMPERED, "exercise " + ValueExcerpt.quoted(a.exercise()) + " is not part of course '"
                    + course + "'"));
            if (!seen.add(a.exercise())) {
                throw new AnswerFileException(AnswerFileException.Kind.TAMPERED, "exercise '" + a.exercise() + "' is answered twice");
            }
            int expected = VariantChooser.choose(course, student, exercise.id(), exercise.variantCount());
            if (a.variant() != expected) {
                throw new AnswerFileException(AnswerFileException.Kind.TAMPERED, "exercise '" + a.exercise() + "' was answered in variant "
                        + a.variant() + ", but student '" + student + "' gets variant " + expected);
            }
            byExercise.put(a.exercise(), a);
        }
        List<ExerciseScore> scores = new ArrayList<>();
        List<ManualScoring> manual = new ArrayList<>();
        for (Exercise exercise : exercises.exercises()) {
            int index = VariantChooser.choose(course, student, exercise.id(), exercise.variantCount());
            ExerciseVariant variant = exercises.variant(exercise.id(), index);
            AnswerFile.Answer answer = byExercise.get(exercise.id());
            ExerciseScore.SolutionTiming timing = timing(answers, answer);
            JsonNode response = graded(answer, timing);
            boolean answered = response != null && !response.isNull();
            if (variant.key() instanceof Key.Manual m) {
                scores.add(new ExerciseScore(exercise.id(), exercise.caseId(), index, answered ? null : 0, exercise.points(), answered,
                        timing, true));
                if (answered) {
                    manual.add(new ManualScoring(file, student, exercise.id(), index, response.isTextual() ? response.asText()
                            : response.toString(), m.modelAnswer(), m.rubric(), exercise.points()));
                }
            } else {
                int score = answered && AnswerCheck.isCorrect(variant, response) ? exercise.points() : 0;
                scores.add(new ExerciseScore(exercise.id(), exercise.caseId(), index, score, exercise.points(), answered, timing, false));
            }
        }
        return new FileResult.Graded(file, student, answers.version(), scores, manual);
    }

    /** When the solution was opened, from the answer's events. */
    private static ExerciseScore.SolutionTiming timing(AnswerFile file, AnswerFile.Answer answer) {
        if (!file.recordsEvents()) {
            return ExerciseScore.SolutionTiming.NOT_RECORDED;
        }
        if (answer == null) {
            return ExerciseScore.SolutionTiming.NOT_OPENED;
        }
        return answer.solutionOpenedAt().map(opened -> answer.events().subList(opened + 1, answer.events().size()).stream()
                .anyMatch(e -> e.type() == AnswerEvent.Type.ATTEMPT) ? ExerciseScore.SolutionTiming.ANSWERED_AFTER_OPENING
                : ExerciseScore.SolutionTiming.OPENED_AFTER_ANSWERING).orElse(ExerciseScore.SolutionTiming.NOT_OPENED);
    }

    /**
     * The response that is graded: the last one, unless the policy is {@link SolutionPolicy#NONE} and
     * the solution was opened; then the last attempt's before it was first opened (null if none).
     */
    private JsonNode graded(AnswerFile.Answer answer, ExerciseScore.SolutionTiming timing) {
        if (answer == null) {
            return null;
        }
        boolean opened = timing == ExerciseScore.SolutionTiming.OPENED_AFTER_ANSWERING
                || timing == ExerciseScore.SolutionTiming.ANSWERED_AFTER_OPENING;
        if (policy == SolutionPolicy.FULL || !opened) {
            return answer.response();
        }
        JsonNode before = null;
        for (AnswerEvent e : answer.events().subList(0, answer.solutionOpenedAt().orElseThrow())) {
            if (e.type() == AnswerEvent.Type.ATTEMPT) {
                before = e.response();
            }
        }
        return before;
    }
}
