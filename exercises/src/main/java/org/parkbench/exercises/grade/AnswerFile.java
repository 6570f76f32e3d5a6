package org.parkbench.exercises.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's exported answers (docs/answer-file.md): format {@code parkbench-answers}, version 2
 * (or 1, which kept no events), the course and student they belong to, and one answer per
 * exercise. Responses are kept as the JSON the site wrote; nothing in the file says whether an
 * answer was right: the grader decides.
 */
public record AnswerFile(int version, String course, String studentId, Optional<String> exportedAt, List<Answer> answers) {
    public static final String FORMAT = "parkbench-answers";
    /** The version the site writes: 2, with each exercise's events. */
    public static final int VERSION = 2;
    /** The oldest version still graded: 1, from sites that did not record events. */
    public static final int OLDEST_VERSION = 1;

    public AnswerFile {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        answers = List.copyOf(answers);
    }

    /** Whether the file records events (version 2 on): when hints and the solution were opened. */
    public boolean recordsEvents() {
        return version >= 2;
    }

    /**
     * One exercise as the student left it: the variant the page chose, the response (JSON null when
     * none was given), how many times they checked, how many seconds they spent, and what they did,
     * in order (empty in a version 1 file).
     */
    public record Answer(String exercise, int variant, JsonNode response, int attempts, int seconds, List<AnswerEvent> events) {
        public Answer {
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(response, "response");
            events = List.copyOf(events);
        }

        /** The answer without events, as a version 1 file has it. */
        public Answer(String exercise, int variant, JsonNode response, int attempts, int seconds) {
            this(exercise, variant, response, attempts, seconds, List.of());
        }

        /** Where the worked solution was first opened among the events, if it was. */
        public Optional<Integer> solutionOpenedAt() {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).type() == AnswerEvent.Type.SOLUTION) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }
}
