package org.parkbench.site.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseInputException;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * The case inputs a course needs, in course order: the shipped cases it names, and the data-only
 * case directories its file lists under {@code case_directories}. The loader then reads exactly
 * these, so a course never pays for (or fails on) a case it does not use.
 */
public final class CourseCases {
    private CourseCases() {
    }

    /**
     * Resolves the course's cases against {@code shipped} and its own directories.
     *
     * @param workingDir how diagnostics name the data-only directories (relative to it)
     * @throws InvalidCourseException when a directory is not a case, a data-only case reuses a
     *                                shipped id, or the course names a case found nowhere
     */
    public static List<CaseInput> inputs(Course course, List<CaseInput> shipped, Path workingDir) throws InvalidCourseException {
        Map<String, CaseInput> byId = new LinkedHashMap<>();
        shipped.forEach(in -> byId.put(in.directoryName(), in));
        List<Diagnostic> problems = new ArrayList<>();
        for (Path dir : course.caseDirectories()) {
            try {
                CaseInput in = CaseInput.resolve(dir, workingDir);
                CaseInput clash = byId.get(in.directoryName());
                if (clash != null && shipped.contains(clash)) {
                    problems.add(Diagnostic.of(course.origin(), DiagnosticCode.PB301, "the data-only case '" + in.directoryName()
                            + "' (" + in.displayDirectory() + ") has the id of a shipped case",
                            "give the data-only case another id (its directory name and front matter id)"));
                } else if (clash != null) {
                    problems.add(Diagnostic.of(course.origin(), DiagnosticCode.PB301, "case_directories names the case '"
                            + in.directoryName() + "' twice", ""));
                } else {
                    byId.put(in.directoryName(), in);
                }
            } catch (CaseInputException e) {
                problems.add(Diagnostic.of(course.origin(), DiagnosticCode.PB100, "case_directories: " + e.getMessage(),
                        "paths are relative to the course file"));
            }
        }
        problems.addAll(course.checkCases(byId.keySet()));
        if (!problems.isEmpty()) {
            throw new InvalidCourseException(problems);
        }
        return course.caseIds().stream().map(byId::get).toList();
    }
}
