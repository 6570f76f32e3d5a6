package org.parkbench.exercises.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's exported answers (docs/answer-file.md): format {@code parkbench-answers}, version 1,
 * the course and student they belong to, and one answer per exercise. Responses are kept as the
 * JSON the site wrote; nothing in the file says whether an answer was right: the grader decides.
 */
public record AnswerFile(String course, String studentId, Optional<String> exportedAt, List<Answer> answers) {
    public static final String FORMAT = "parkbench-answers";
    public static final int VERSION = 1;

    public AnswerFile {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        answers = List.copyOf(answers);
    }

    /**
     * One exercise as the student left it: the variant the page chose, the response (JSON null when
     * none was given), how many times they checked and how many seconds they spent.
     */
    public record Answer(String exercise, int variant, JsonNode response, int attempts, int seconds) {
        public Answer {
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(response, "response");
        }
    }
}
