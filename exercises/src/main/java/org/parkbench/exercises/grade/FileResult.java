package org.parkbench.exercises.grade;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What became of one answer file: graded with a score per exercise, or rejected with the reason. */
public sealed interface FileResult permits FileResult.Graded, FileResult.Rejected {
    /** The file as the lecturer named it. */
    String file();

    /**
     * A graded file: the answer file's version (1 records no events), a score for every exercise of
     * the course (in course order), and the short answers to score by hand (with the lecturer's
     * scores once {@link ManualScores} has folded them in).
     */
    record Graded(String file, String studentId, int version, List<ExerciseScore> scores, List<ManualScoring> manual) implements FileResult {
        public Graded {
            Objects.requireNonNull(file, "file");
            scores = List.copyOf(scores);
            manual = List.copyOf(manual);
        }

        /** The points over the whole course: earned, pending hand-marking, and the most there are. */
        public Points points() {
            return Points.of(scores);
        }

        /** The points per case, the cases in course order. */
        public Map<String, Points> pointsByCase() {
            return Points.byCase(scores);
        }

        /** The points earned over the course ({@link Points#earned()}). */
        public int total() {
            return points().earned();
        }

        /** The points the course's exercises are worth ({@link Points#max()}). */
        public int maxTotal() {
            return points().max();
        }

        /** The same file with the lecturer's {@code points} for its short answer to {@code exercise}. */
        Graded withHandScore(String exercise, int points) {
            List<ExerciseScore> marked = scores.stream().map(s -> s.exerciseId().equals(exercise) ? s.withScore(points) : s).toList();
            List<ManualScoring> listed = manual.stream().map(m -> m.exerciseId().equals(exercise) ? m.withScore(points) : m).toList();
            return new Graded(file, studentId, version, marked, listed);
        }
    }

    /**
     * A file that was not graded, and why; {@code line} and {@code column} (1-based) say where, when
     * the problem is at one place in it (else 0).
     */
    record Rejected(String file, AnswerFileException.Kind kind, String reason, int line, int column) implements FileResult {
        public Rejected {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }

        /** A file rejected for a reason that is not at one place in it. */
        public Rejected(String file, AnswerFileException.Kind kind, String reason) {
            this(file, kind, reason, 0, 0);
        }

        /** {@code file:line:column: error: reason} (or {@code file: error: reason}), as the command line prints it. */
        public String message() {
            return file + (line > 0 ? ":" + line + ":" + column : "") + ": error: " + reason;
        }
    }
}
