package org.parkbench.site.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkbench.core.model.Origin;
import org.parkbench.core.spi.CaseModules;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.Course;

/**
 * The exercises a course's own (data-only) cases hold that it cannot set, because they name parks or
 * zones of cases the course leaves out. A shipped case's such exercise is simply left out, with a
 * note; one the lecturer wrote is an error at the course file, at the line that names its case, so
 * that the lecturer adds the cases or drops the exercise instead of losing it without noticing.
 */
final class OwnExercises {
    private OwnExercises() {
    }

    static List<Diagnostic> unset(Course course, List<ExerciseSet.LeftOut> leftOut) {
        if (leftOut.isEmpty()) {
            return List.of();
        }
        Set<String> shipped = CaseModules.discover().stream().map(m -> m.id()).collect(Collectors.toSet());
        List<Diagnostic> errors = new ArrayList<>();
        for (ExerciseSet.LeftOut e : leftOut) {
            if (shipped.contains(e.caseId())) {
                continue;
            }
            Origin at = course.mention(e.caseId()).orElse(course.origin());
            errors.add(Diagnostic.of(at, DiagnosticCode.PB621, "exercise " + e.exerciseId() + " needs parks of "
                            + ExerciseSet.LeftOut.cases(e.missingCases()) + "; add them to a session or drop the exercise",
                    "the exercise is " + e.file().file() + "; a case of the course's own sets only exercises whose parks"
                            + " and zones are all in the course"));
        }
        return errors;
    }
}
