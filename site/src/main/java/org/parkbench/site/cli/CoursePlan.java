package org.parkbench.site.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.course.InvalidCourseException;
import org.parkbench.site.render.BuildRequest;
import org.parkbench.site.render.Profile;

/**
 * What {@code build} and {@code serve} build: the course (a lecturer's file, or the default course
 * over every shipped case), its cases loaded and validated, and the files a preview should watch.
 * Read afresh on every call, so a preview picks up edits.
 */
record CoursePlan(BuildRequest request, List<Path> watched, List<Diagnostic> warnings) {

    static CoursePlan read(Path courseFile, Path out, Profile profile, boolean figures) throws InvalidInputException {
        Path workingDir = Path.of("").toAbsolutePath();
        List<CaseInput> shipped = ProjectCases.shipped();
        Course course = null;
        List<CaseInput> inputs;
        try {
            if (courseFile != null) {
                course = CourseLoader.load(courseFile);
                inputs = CourseCases.inputs(course, shipped, workingDir);
            } else {
                inputs = shipped;
            }
        } catch (InvalidCourseException e) {
            throw new InvalidInputException(e.diagnostics());
        }
        CasebookLoad load = CasebookLoader.load(inputs);
        if (load.casebook().hasErrors()) {
            throw new InvalidInputException(load.casebook().diagnostics());
        }
        Casebook casebook = load.casebook().value();
        if (course == null) {
            course = CourseLoader.defaultCourse(casebook);
        }
        List<Path> watched = new ArrayList<>();
        inputs.stream().map(CaseInput::directory).filter(d -> d.getFileSystem() == workingDir.getFileSystem()).forEach(watched::add);
        if (courseFile != null) {
            watched.add(courseFile.toAbsolutePath());
        }
        return new CoursePlan(new BuildRequest(course, casebook, out, profile, figures), List.copyOf(watched),
                load.casebook().warnings());
    }
}
