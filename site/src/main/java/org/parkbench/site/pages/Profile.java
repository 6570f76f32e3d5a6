package org.parkbench.site.pages;

/**
 * Who a build is for. The student site (the default) holds no teaching notes, solutions or keys;
 * the instructor site adds the instructor area.
 */
public enum Profile {
    STUDENT,
    INSTRUCTOR;

    public boolean isInstructor() {
        return this == INSTRUCTOR;
    }
}
