package org.parkbench.exercises.grade;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.csv.SpreadsheetCsv;

/**
 * Writes grades as CSV for a learning platform's column import (docs/answer-file.md): the header
 * {@code student_id,exercise_id,variant,score,max_score,note}; one row per graded student and
 * exercise, in file order then course order (a short answer awaiting the lecturer has an empty
 * score); then one total row per student, {@code exercise_id} = {@code total}, empty variant,
 * score = the sum of the scores so far, max_score = the sum of every exercise's points. The note
 * says when the worked solution was opened and what the {@link SolutionPolicy} made of answers
 * given after it, and, on the total row, that a version 1 file recorded no events; it is empty
 * otherwise. The manual
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
            csv.record("student_id", "exercise_id", "variant", "score", "max_score", "note");
            for (FileResult.Graded g : report.graded()) {
                for (ExerciseScore s : g.scores()) {
                    csv.record(g.studentId(), s.exerciseId(), s.variant(), s.score(), s.maxScore(), note(s, report.policy()));
                }
            }
            for (FileResult.Graded g : report.graded()) {
                csv.record(g.studentId(), TOTAL, "", g.total(), g.maxTotal(), g.version() < 2
                        ? "answer file version 1: no record of when solutions were opened; last answers graded" : "");
            }
        }
    }

    /** The note of one exercise's row: when the solution was opened and what the policy did. */
    static String note(ExerciseScore score, SolutionPolicy policy) {
        return switch (score.solution()) {
            case NOT_RECORDED, NOT_OPENED -> "";
            case OPENED_AFTER_ANSWERING -> "worked solution opened after the last answer";
            case ANSWERED_AFTER_OPENING -> policy == SolutionPolicy.NONE
                    ? "answered after opening the worked solution: only answers checked before it count (--after-solution none)"
                    : "answered after opening the worked solution: the last answer counts (--after-solution full)";
        };
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
