package org.parkbench.exercises.grade;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.csv.SpreadsheetCsv;

/**
 * Writes grades as CSV for a learning platform's column import (docs/answer-file.md): the header
 * {@code student_id,exercise_id,case,variant,score,pending,max_score,note}; one row per graded
 * student and exercise, in file order then course order (a short answer awaiting the lecturer has
 * an empty score and its points pending); then one {@code case-total} row per student and case,
 * then one {@code total} row per student, each with an empty variant and the student's
 * {@link Points} over the case or the course: the score earned, the points pending hand-marking,
 * the most there are. The note says when the worked solution was opened and what the
 * {@link SolutionPolicy} made of answers given after it, and that a short answer was scored by
 * hand; on the total row, that a version 1 file recorded no events; it is empty otherwise. The
 * manual list has the short answers with a score column to fill in, their model answer and rubric,
 * and a hash of each response ({@link ManualScores} reads it back). Both are written by
 * {@link SpreadsheetCsv}: scores, variants and maxima as numbers; student ids, responses and every
 * other cell as text guarded against formula injection (both come from the students' files).
 */
public final class GradebookCsv {
    public static final String TOTAL = "total";
    public static final String CASE_TOTAL = "case-total";
    /** The gradebook's columns. */
    public static final List<String> COLUMNS = List.of("student_id", "exercise_id", "case", "variant", "score", "pending",
            "max_score", "note");

    private GradebookCsv() {
    }

    public static void write(GradeReport report, Appendable out) throws IOException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record(COLUMNS);
            for (FileResult.Graded g : report.graded()) {
                for (ExerciseScore s : g.scores()) {
                    Points p = Points.of(s);
                    csv.record(g.studentId(), s.exerciseId(), s.caseId(), s.variant(), s.score(), p.pending(), p.max(),
                            note(s, report.policy()));
                }
            }
            for (FileResult.Graded g : report.graded()) {
                for (Map.Entry<String, Points> c : g.pointsByCase().entrySet()) {
                    Points p = c.getValue();
                    csv.record(g.studentId(), CASE_TOTAL, c.getKey(), "", p.earned(), p.pending(), p.max(), "");
                }
            }
            for (FileResult.Graded g : report.graded()) {
                Points p = g.points();
                csv.record(g.studentId(), TOTAL, "", "", p.earned(), p.pending(), p.max(), g.version() < 2
                        ? "answer file version 1: no record of when solutions were opened; last answers graded" : "");
            }
        }
    }

    /** The note of one exercise's row: scored by hand, when the solution was opened and what the policy did. */
    static String note(ExerciseScore score, SolutionPolicy policy) {
        String timing = switch (score.solution()) {
            case NOT_RECORDED, NOT_OPENED -> "";
            case OPENED_AFTER_ANSWERING -> "worked solution opened after the last answer";
            case ANSWERED_AFTER_OPENING -> policy == SolutionPolicy.NONE
                    ? "answered after opening the worked solution: only answers checked before it count (--after-solution none)"
                    : "answered after opening the worked solution: the last answer counts (--after-solution full)";
        };
        if (!score.scoredByHand()) {
            return timing;
        }
        return timing.isEmpty() ? "scored by hand" : "scored by hand; " + timing;
    }

    /**
     * The short answers to score by hand, in the columns {@link ManualScores#COLUMNS}: student,
     * exercise, variant, the score (empty until the lecturer gives one), the most it may be, the
     * response, the model answer, the rubric and the response's hash. A control character in a
     * response (other than tab and line ends) is written as U+FFFD, so that the list can be read
     * back as every CSV a user writes is (such characters are refused there); the hash is of the
     * response as graded.
     */
    public static void writeManual(List<ManualScoring> items, Appendable out) throws IOException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.record(ManualScores.COLUMNS);
            for (ManualScoring m : items) {
                csv.record(m.studentId(), m.exerciseId(), m.variant(), m.score(), m.maxScore(), readable(m.response()),
                        m.modelAnswer(), m.rubric().stream().map(r -> r.points() + ": " + r.criterion()).collect(Collectors.joining("; ")),
                        m.responseHash());
            }
        }
    }

    /**
     * {@code text} with each control character (tab and line ends excepted), non-character U+FFFE,
     * U+FFFF and half surrogate pair (which UTF-8 cannot encode) as U+FFFD.
     */
    private static String readable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isSurrogate(c) && !paired);
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
                if (paired) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (paired) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
