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
        Resolved resolved = resolve(course, shipped, workingDir);
        if (!resolved.problems().isEmpty()) {
            throw new InvalidCourseException(resolved.problems());
        }
        return resolved.inputs();
    }

    /**
     * The cases of the course that could be found, in course order, and the problems with the
     * others, so that a build can still check the cases it found and report every problem at once.
     */
    public record Resolved(List<CaseInput> inputs, List<Diagnostic> problems) {
        public Resolved {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    /** Resolves the course's cases as {@link #inputs} does, leaving out what cannot be found instead of failing. */
    public static Resolved resolve(Course course, List<CaseInput> shipped, Path workingDir) {
        Map<String, CaseInput> byId = new LinkedHashMap<>();
        shipped.forEach(in -> byId.put(in.directoryName(), in));
        List<Diagnostic> problems = new ArrayList<>();
        for (Course.CaseDirectory dir : course.caseDirectories()) {
            // each problem is placed at the entry of case_directories that causes it
            try {
                CaseInput in = CaseInput.resolve(dir.path(), workingDir);
                CaseInput clash = byId.get(in.directoryName());
                if (clash != null && shipped.contains(clash)) {
                    problems.add(Diagnostic.of(dir.origin(), DiagnosticCode.PB301, "the data-only case '" + in.directoryName()
                            + "' (" + in.displayDirectory() + ") has the id of a shipped case",
                            "give the data-only case another id (its directory name and front matter id)"));
                } else if (clash != null) {
                    problems.add(Diagnostic.of(dir.origin(), DiagnosticCode.PB301, "case_directories names the case '"
                            + in.directoryName() + "' twice", ""));
                } else {
                    byId.put(in.directoryName(), in);
                }
            } catch (CaseInputException e) {
                problems.add(Diagnostic.of(dir.origin(), e.code(), "case_directories: " + e.getMessage(),
                        e.code() == DiagnosticCode.PB100 ? "paths are relative to the course file"
                                : "make the entry name the case's folder itself"));
            }
        }
        problems.addAll(course.checkCases(byId.keySet()));
        return new Resolved(course.caseIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), problems);
    }
}
