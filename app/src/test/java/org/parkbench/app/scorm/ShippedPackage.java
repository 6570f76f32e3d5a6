package org.parkbench.app.scorm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/** The shipped course as the SCORM tests use it: its build request (no figures, for speed), its exercises, and its package unzipped once per language. */
final class ShippedPackage {
    static final Casebook CASEBOOK = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
    static final Course COURSE = CourseLoader.defaultCourse(CASEBOOK);
    private static final Map<Language, Path> UNPACKED = new HashMap<>();

    private ShippedPackage() {
    }

    static BuildRequest request() {
        return new BuildRequest(COURSE, CASEBOOK, Path.of("unused"), Profile.STUDENT, false);
    }

    static ExerciseSet exercises(Language language) {
        return ExerciseLoader.load(CASEBOOK.in(language), language).value();
    }

    /** The whole course's package in {@code language}, unzipped into a temporary folder (built once per test run). */
    static synchronized Path unpacked(Language language) throws IOException {
        Path folder = UNPACKED.get(language);
        if (folder == null) {
            Path temp = Files.createTempDirectory("parkbench-scorm-test");
            temp.toFile().deleteOnExit();
            folder = temp.resolve("package");
            ScormPackage.of(request(), language).writeTo(folder);
            UNPACKED.put(language, folder);
        }
        return folder;
    }
}
