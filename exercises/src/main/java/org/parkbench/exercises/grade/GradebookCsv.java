package org.parkbench.exercises.grade;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.csv.SpreadsheetCsv;

/**
 * Writes grades as CSV for a learning platform's column import (docs/answer-file.md): the header
 * {@code student_id,exercise_id,variant,score,max_score}; one row per graded student and
 * exercise, in file order then course order (a short answer awaiting the lecturer has an empty
 * score); then one total row per student, {@code exercise_id} = {@code total}, empty variant,
 * score = the sum of the scores so far, max_score = the sum of every exercise's points. The manual
 * list has the short answers with their model answer and rubric. Both are written by
 * {@link SpreadsheetCsv}: scores, variants and maxima as numbers; student ids, responses and every
 * other cell as text guarded against formula injection (both come from the students' files).
 */
public final class GradebookCsv {
    public static final String TOTAL = "total";

    private GradebookCsv() {
    }

    public static void write(GradeReport report, Appendable out) throws IOException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record("student_id", "exercise_id", "variant", "score", "max_score");
            for (FileResult.Graded g : report.graded()) {
                for (ExerciseScore s : g.scores()) {
                    csv.record(g.studentId(), s.exerciseId(), s.variant(), s.score(), s.maxScore());
                }
            }
            for (FileResult.Graded g : report.graded()) {
                csv.record(g.studentId(), TOTAL, "", g.total(), g.maxTotal());
            }
        }
    }

    /** The short answers to score by hand: student, exercise, variant, max score, response, model answer, rubric. */
    public static void writeManual(List<ManualScoring> items, Appendable out) throws IOException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record("student_id", "exercise_id", "variant", "max_score", "response", "model_answer", "rubric");
            for (ManualScoring m : items) {
                csv.record(m.studentId(), m.exerciseId(), m.variant(), m.maxScore(), m.response(), m.modelAnswer(),
                        m.rubric().stream().map(r -> r.points() + ": " + r.criterion()).collect(Collectors.joining("; ")));
            }
        }
    }
}
