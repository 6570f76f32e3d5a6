package org.parkbench.site.pages;

import org.parkbench.core.analysis.Withholding;
import org.parkbench.exercises.load.ExerciseSet;

/**
 * Who a build is for. The student site (the default) holds no teaching notes, solutions or keys,
 * and shows no value that an exercise asks the student to compute; the instructor site adds the
 * instructor area and shows everything.
 */
public enum Profile {
    STUDENT,
    INSTRUCTOR;

    public boolean isInstructor() {
        return this == INSTRUCTOR;
    }

    /** What this profile's pages and figures leave out of {@code exercises}' course: the computed keys for a student, nothing for an instructor. */
    public Withholding withholding(ExerciseSet exercises) {
        return isInstructor() ? Withholding.NONE : exercises.withholding();
    }
}
