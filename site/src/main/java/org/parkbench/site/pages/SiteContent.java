package org.parkbench.site.pages;

import java.util.Objects;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.Course;
import org.parkbench.site.figures.SiteFigures;

/**
 * What the pages of one build show: the course and its cases in course order, their exercises,
 * whom the site is for, the bibliography, the figures, and the build date a course may ask to
 * print ({@code ""} when it does not, so that two builds of the same input are byte-identical), and the
 * language every page of this build is written in (a two-language course is two builds' worth of content).
 */
public record SiteContent(Course course, Casebook casebook, ExerciseSet exercises, Profile profile, Bibliography bibliography,
                          SiteFigures figures, String buildDate, Language language) {
    public SiteContent {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(casebook, "casebook");
        Objects.requireNonNull(exercises, "exercises");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(bibliography, "bibliography");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(buildDate, "buildDate");
        Objects.requireNonNull(language, "language");
    }

    /** The same content with other figures, exercises and bibliography (a preview's second step after a case's pages). */
    public SiteContent with(SiteFigures otherFigures, ExerciseSet otherExercises, Bibliography otherBibliography) {
        return new SiteContent(course, casebook, otherExercises, profile, otherBibliography, otherFigures, buildDate, language);
    }
}
