package org.parkbench.app.cli;

import org.parkbench.core.language.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.parkbench.core.load.Loaded;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.Profile;

/**
 * A course's exercises, loaded and checked against its cases, for the commands that work on
 * exercises without building a site ({@code export}, {@code grade}).
 */
record CourseExercises(Course course, ExerciseSet exercises) {

    /** The course (a file, or the shipped default) and its exercises; null after printing every error to {@code err}. */
    static CourseExercises loadOrReport(Path courseFile, PrintWriter err) {
        return loadOrReport(courseFile, Language.EN, err);
    }

    /** As above, with the exercises as a reader of {@code language} reads them (their translations, where there are any). */
    static CourseExercises loadOrReport(Path courseFile, Language language, PrintWriter err) {
        CoursePlan plan;
        try {
            plan = CoursePlan.read(courseFile, Path.of("target", "site"), Profile.STUDENT, false);
        } catch (InvalidInputException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return null;
        }
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(plan.request().casebook().in(language), language);
        if (exercises.hasErrors()) {
            exercises.errors().forEach(d -> err.println(d.format()));
            return null;
        }
        return new CourseExercises(plan.request().course(), exercises.value());
    }
}
