package org.parkbench.exercises.grade;

import java.util.Locale;

/**
 * What {@code grade} does with an answer given after the student opened the worked solution
 * ({@code --after-solution}; docs/answer-file.md, "Answers after the solution"). The answer file's
 * events say, per exercise, in which order the student checked answers and opened hints and the
 * solution.
 */
public enum SolutionPolicy {
    /**
     * The default: answers given after the worked solution was first opened earn nothing; the last
     * answer checked before it is graded (none: no credit for the exercise).
     */
    NONE,
    /** Every answer counts, as before events were recorded: the last answer is graded. */
    FULL;

    /** The word the command line takes: {@code none}, {@code full}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
