package org.parkbench.exercises.grade;

/**
 * An answer file that cannot be graded, with the kind of problem, a message for the lecturer and,
 * where the problem is at a place in the file, its line and column (0 when not).
 */
public class AnswerFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Kind {
        /** Not JSON, or JSON without the fields an answer file has. */
        MALFORMED,
        /** Another kind of file, or an answer file version this Parkbench cannot read. */
        WRONG_FORMAT,
        /** Answers for another course. */
        FOREIGN_COURSE,
        /** Changed by hand: an exercise the course does not have, a variant the student's id does not give, an answer twice. */
        TAMPERED,
        /** A second file for a student already graded in this run. */
        DUPLICATE_STUDENT,
        /** The file cannot be read at all. */
        UNREADABLE,
        /** Larger than an answer file may be ({@link AnswerFileReader#MAX_BYTES}); refused unread. */
        TOO_LARGE
    }

    private final Kind kind;
    private final int line;
    private final int column;

    public AnswerFileException(Kind kind, String message) {
        this(kind, message, 0, 0);
    }

    public AnswerFileException(Kind kind, String message, int line, int column) {
        super(message);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    public Kind kind() {
        return kind;
    }

    /** The 1-based line of the problem in the file, 0 when it is not at one place. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, 0 when it is not at one place. */
    public int column() {
        return column;
    }
}
