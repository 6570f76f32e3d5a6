package org.parkbench.exercises.grade;

/** An answer file that cannot be graded, with the kind of problem and a message for the lecturer. */
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
        UNREADABLE
    }

    private final Kind kind;

    public AnswerFileException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
