package org.parkbench.exercises.grade;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parkbench.core.load.CsvRow;
import org.parkbench.core.load.CsvTable;
import org.parkbench.core.load.InputLimits;
import org.parkbench.core.load.TextFile;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.variant.VariantChooser;

/**
 * The lecturer's scores for short answers, read back from the manual-scoring list that
 * {@link GradebookCsv#writeManual} wrote and folded into a {@link GradeReport}
 * ({@code grade --manual FILE}; docs/answer-file.md, "Scoring short answers by hand").
 *
 * <p>The file is read as every CSV a user writes is read (core's {@link CsvTable}: Commons CSV,
 * within {@link InputLimits}: at most {@link InputLimits#CSV_FILE_BYTES} bytes, checked from its
 * size before a byte is read, lines and cells of at most {@link InputLimits#CSV_LINE_CHARACTERS}
 * characters, at most {@link InputLimits#CSV_CELLS} cells). It must have the columns
 * {@link #REQUIRED}, and may have the others the list has ({@link #OPTIONAL}). Each row is matched
 * to a graded student's short answer by student id, exercise id and variant, as {@code grade}
 * wrote them (a student id that the formula guard gave a leading {@code '} is matched with or
 * without it, since a spreadsheet drops it on saving). A score is a whole number from 0 to the
 * exercise's points; an empty score leaves the answer pending. Where the row has a
 * {@code response_hash}, the response graded now must be the one the row was written for.
 *
 * <p>Every problem of the file is reported at its line and column, all at once, and then nothing is
 * folded in: the caller writes nothing, so a gradebook never holds half a lecturer's marks.
 */
public final class ManualScores {
    public static final String STUDENT = "student_id";
    public static final String EXERCISE = "exercise_id";
    public static final String VARIANT = "variant";
    public static final String SCORE = "score";
    public static final String MAX_SCORE = "max_score";
    public static final String RESPONSE = "response";
    public static final String MODEL_ANSWER = "model_answer";
    public static final String RUBRIC = "rubric";
    public static final String RESPONSE_HASH = "response_hash";
    /** The columns of the list, in the order {@code grade} writes them. */
    public static final List<String> COLUMNS = List.of(STUDENT, EXERCISE, VARIANT, SCORE, MAX_SCORE, RESPONSE, MODEL_ANSWER,
            RUBRIC, RESPONSE_HASH);
    /** The columns a list of scores must have. */
    public static final List<String> REQUIRED = List.of(STUDENT, EXERCISE, VARIANT, SCORE);
    /** The columns it may also have: what the lecturer reads while marking, and the response's hash. */
    public static final List<String> OPTIONAL = List.of(MAX_SCORE, RESPONSE, MODEL_ANSWER, RUBRIC, RESPONSE_HASH);
    /** The most student ids a message lists. */
    private static final int IDS_LISTED = 10;
    private static final String GUARD = "'";

    private ManualScores() {
    }

    /**
     * {@code report} with the scores of the list at {@code file} folded in; empty after reporting
     * every problem of the file to {@code diagnostics}, when it has any.
     *
     * @param displayPath how messages name the file
     */
    public static Optional<GradeReport> merge(GradeReport report, Path file, String displayPath, Diagnostics diagnostics) {
        Optional<CsvTable> table = readable(file, displayPath, diagnostics)
                ? CsvTable.read(file, displayPath, REQUIRED, OPTIONAL, diagnostics) : Optional.empty();
        if (table.isEmpty() || !REQUIRED.stream().allMatch(table.get()::hasColumn)) {
            return Optional.empty(); // unreadable, or a required column is missing: reported, and no row can be matched
        }
        int errorsBefore = diagnostics.errorCount();
        Map<String, Integer> scores = new Matcher(report, table.get(), diagnostics).scores();
        if (diagnostics.errorCount() > errorsBefore || !table.get().complete()) {
            return Optional.empty();
        }
        List<FileResult> results = new ArrayList<>();
        for (FileResult r : report.results()) {
            if (r instanceof FileResult.Graded g) {
                for (ExerciseScore s : g.scores()) {
                    Integer points = scores.get(key(g.studentId(), s.exerciseId()));
                    if (points != null) {
                        g = g.withHandScore(s.exerciseId(), points);
                    }
                }
                results.add(g);
            } else {
                results.add(r);
            }
        }
        return Optional.of(report.with(results));
    }

    /**
     * How many scores the list at {@code file} holds (rows with a score cell that is not empty);
     * 0 when it cannot be read as a list of scores (another file, or a list without a score column,
     * as {@code grade} wrote before it had one). Nothing is reported.
     */
    public static int scoresIn(Path file) {
        Diagnostics ignored = new Diagnostics();
        if (!readable(file, file.toString(), ignored)) {
            return 0;
        }
        return CsvTable.read(file, file.toString(), REQUIRED, OPTIONAL, ignored)
                .filter(t -> t.hasColumn(SCORE))
                .map(t -> (int) t.rows().stream().filter(r -> !r.cell(SCORE).isEmpty()).count())
                .orElse(0);
    }

    /**
     * Whether {@code file} is a file of at most {@link InputLimits#CSV_FILE_BYTES} bytes, from what
     * the file system says; else why not is reported, in the lecturer's terms, and nothing is read.
     */
    private static boolean readable(Path file, String displayPath, Diagnostics diagnostics) {
        Origin start = new Origin(displayPath, 1, 1);
        String hint = "give the manual-scoring list that grade wrote beside the gradebook (NAME-manual.csv), with scores typed"
                + " into its score column";
        if (!TextFile.present(file)) {
            diagnostics.report(start, DiagnosticCode.PB109, "cannot read the scores: there is no such file", hint);
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            diagnostics.report(start, DiagnosticCode.PB109, "cannot read the scores: " + TextFile.describe(file, e), hint);
            return false;
        }
        if (attributes.isDirectory()) {
            diagnostics.report(start, DiagnosticCode.PB109, "cannot read the scores: this is a folder", hint);
            return false;
        }
        if (attributes.isRegularFile() && attributes.size() > InputLimits.CSV_FILE_BYTES) {
            diagnostics.report(start, DiagnosticCode.PB105, String.format(Locale.ROOT,
                    "the file has %,d bytes, more than a list of scores may have (%,d bytes, 16 MiB); it was not read",
                    attributes.size(), InputLimits.CSV_FILE_BYTES), "a list that grade writes is far smaller: " + hint);
            return false;
        }
        return true;
    }

    private static String key(String student, String exercise) {
        return student + '\u0000' + exercise;
    }

    /** The checks of one file's rows against one report. */
    private static final class Matcher {
        private final CsvTable table;
        private final Diagnostics diagnostics;
        private final Map<String, FileResult.Graded> students = new LinkedHashMap<>();
        private final Map<String, ExerciseScore> courseExercises = new HashMap<>();
        /** The row each student's answer to an exercise was first scored on. */
        private final Map<String, Integer> firstRow = new HashMap<>();
        private final Map<String, Integer> scores = new HashMap<>();

        Matcher(GradeReport report, CsvTable table, Diagnostics diagnostics) {
            this.table = table;
            this.diagnostics = diagnostics;
            for (FileResult.Graded g : report.graded()) {
                students.put(g.studentId(), g);
                g.scores().forEach(s -> courseExercises.putIfAbsent(s.exerciseId(), s));
            }
        }

        Map<String, Integer> scores() {
            for (CsvRow row : table.rows()) {
                check(row);
            }
            return scores;
        }

        private void check(CsvRow row) {
            FileResult.Graded student = student(row);
            String exercise = exercise(row);
            Integer variant = wholeNumber(row, VARIANT, true);
            Integer score = wholeNumber(row, SCORE, false);
            if (student == null || exercise == null) {
                return;
            }
            ExerciseScore result = student.scores().stream().filter(s -> s.exerciseId().equals(exercise)).findFirst().orElseThrow();
            String who = "student " + ValueExcerpt.quoted(student.studentId());
            if (!result.byHand()) {
                report(row, EXERCISE, DiagnosticCode.PB630, "exercise '" + exercise + "' is checked automatically, not scored by hand",
                        "delete the row: only short answers are scored by hand");
                return;
            }
            if (variant != null && variant != result.variant()) {
                report(row, VARIANT, DiagnosticCode.PB630, who + " answers exercise '" + exercise + "' in variant "
                        + result.variant() + ", not " + variant, "write " + result.variant() + ", as grade wrote it,"
                        + " or check that the row is this student's");
                return;
            }
            Optional<ManualScoring> answer = student.manual().stream().filter(m -> m.exerciseId().equals(exercise)).findFirst();
            if (answer.isEmpty()) {
                report(row, EXERCISE, DiagnosticCode.PB630, who + " has no answer to exercise '" + exercise + "' to score in this"
                        + " run (none was given, or only after the worked solution was opened)", "delete the row");
                return;
            }
            Integer first = firstRow.putIfAbsent(key(student.studentId(), exercise), row.line());
            if (first != null) {
                report(row, STUDENT, DiagnosticCode.PB301, "a second row for the answer of " + who + " to exercise '" + exercise
                        + "' (the first is on line " + first + ")", "keep one row per student and exercise");
                return;
            }
            if (score == null) {
                return; // not scored yet: pending
            }
            int max = result.maxScore();
            if (score < 0 || score > max) {
                report(row, SCORE, DiagnosticCode.PB203, score < 0 ? "score " + score + " is negative"
                                : "score " + score + " is more than the " + max + " points exercise '" + exercise + "' is worth",
                        "give a whole number of points from 0 to " + max + ", or leave the cell empty to score it later");
                return;
            }
            String hash = row.cell(RESPONSE_HASH);
            if (!hash.isEmpty() && !hash.equals(answer.get().responseHash())) {
                report(row, RESPONSE_HASH, DiagnosticCode.PB631, "the response of " + who + " to exercise '" + exercise
                                + "' has changed since this row was written: its hash is now '" + answer.get().responseHash()
                                + "', not " + ValueExcerpt.quoted(hash),
                        "the score may be for another response: delete the row and run grade --manual again, which lists the new"
                                + " response for scoring, or grade the answer file the list was written from");
                return;
            }
            scores.put(key(student.studentId(), exercise), score);
        }

        /** The graded student the row names, or null after reporting why there is none. */
        private FileResult.Graded student(CsvRow row) {
            String cell = row.cell(STUDENT);
            if (cell.isEmpty()) {
                report(row, STUDENT, DiagnosticCode.PB208, "'student_id' is empty", "name the student, the exercise and the"
                        + " variant as grade wrote them");
                return null;
            }
            FileResult.Graded found = students.get(VariantChooser.normaliseStudentId(cell));
            if (found == null && cell.startsWith(GUARD)) {
                found = students.get(VariantChooser.normaliseStudentId(cell.substring(GUARD.length())));
            }
            if (found == null) {
                List<String> ids = students.keySet().stream().map(ValueExcerpt::quoted).toList();
                String listed = ids.isEmpty() ? "no answer file was graded"
                        : "the students graded are " + String.join(", ", ids.subList(0, Math.min(IDS_LISTED, ids.size())))
                        + (ids.size() > IDS_LISTED ? " and " + (ids.size() - IDS_LISTED) + " more" : "");
                report(row, STUDENT, DiagnosticCode.PB630, "no answer file graded in this run is for student "
                        + ValueExcerpt.quoted(cell), "give the student's answer file in the same run (a rejected file is"
                        + " reported above), correct the id as grade wrote it, or delete the row; " + listed);
            }
            return found;
        }

        /** The exercise of the course the row names, or null after reporting why there is none. */
        private String exercise(CsvRow row) {
            String cell = row.cell(EXERCISE);
            if (cell.isEmpty()) {
                report(row, EXERCISE, DiagnosticCode.PB208, "'exercise_id' is empty", "name the student, the exercise and the"
                        + " variant as grade wrote them");
                return null;
            }
            String id = courseExercises.containsKey(cell) || !cell.startsWith(GUARD) ? cell : cell.substring(GUARD.length());
            if (!courseExercises.containsKey(id)) {
                if (!students.isEmpty()) {
                    report(row, EXERCISE, DiagnosticCode.PB630, ValueExcerpt.quoted(cell) + " is not an exercise of this course",
                            "correct the exercise id as grade wrote it, or delete the row; the short answers of the course are "
                                    + courseExercises.values().stream().filter(ExerciseScore::byHand).map(ExerciseScore::exerciseId)
                                    .sorted().collect(Collectors.joining(", ")));
                }
                return null;
            }
            return id;
        }

        /**
         * The whole number in {@code column}, read as a spreadsheet may have written it ({@code 2},
         * {@code 2.0}, full-width {@code ２}); null when the cell is empty (reported if {@code required})
         * or not a whole number (reported).
         */
        private Integer wholeNumber(CsvRow row, String column, boolean required) {
            String cell = row.cell(column);
            if (cell.isEmpty()) {
                if (required) {
                    report(row, column, DiagnosticCode.PB208, "'" + column + "' is empty", "write the variant as grade wrote it");
                }
                return null;
            }
            String hint = column.equals(SCORE) ? "give a whole number of points, from 0 to the exercise's max_score,"
                    + " or leave the cell empty to score it later" : "write the variant as grade wrote it (a whole number from 0)";
            BigDecimal number;
            try {
                number = new BigDecimal(Normalizer.normalize(cell, Normalizer.Form.NFKC).strip());
            } catch (NumberFormatException e) {
                report(row, column, DiagnosticCode.PB201, column + " " + ValueExcerpt.quoted(cell) + " is not a number", hint);
                return null;
            }
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                report(row, column, DiagnosticCode.PB201, column + " " + ValueExcerpt.quoted(cell) + " is not a whole number"
                        + (column.equals(SCORE) ? " of points" : ""), hint);
                return null;
            }
        }

        private void report(CsvRow row, String column, DiagnosticCode code, String message, String hint) {
            diagnostics.report(row.origin(column), code, message, hint);
        }
    }
}
