package org.parkbench.app.scorm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.exercises.export.ExportIdentifier;
import org.parkbench.exercises.json.DeterministicJson;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.output.SitePaths;

/**
 * What the launch page's script needs to know of the course to report to the LMS, written as
 * {@code scorm-course.js}: the course id (the site's progress key and the variants' seed), and per
 * case its page and its exercises in learning order, each with its points, whether it is marked by
 * hand, its SCORM interaction id and type, and per variant the option ids and categories the page
 * shows, so a response is kept in {@code cmi.suspend_data} as positions rather than words.
 */
final class TrackedExercises {
    /** SCORM 1.2's CMIIdentifier: no white space or unprintable characters, at most 255 of them. */
    private static final Pattern CMI_IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:-]{1,255}");
    static final String FILE = "scorm-course.js";

    private TrackedExercises() {
    }

    /** The script that sets {@code window.ParkbenchScormCourse}; the JSON written by the project's one JSON writer. */
    static String script(String courseId, List<CaseStudy> cases, ExerciseSet exercises) {
        ObjectNode course = DeterministicJson.object();
        course.put("course", courseId);
        ArrayNode caseList = course.putArray("cases");
        for (CaseStudy c : cases) {
            ObjectNode one = caseList.addObject();
            one.put("id", c.id());
            one.put("launch", SitePaths.caseStudy(c.id()));
            ArrayNode list = one.putArray("exercises");
            for (Exercise e : exercises.exercises(c.id())) {
                list.add(exercise(e, exercises.variants(e.id())));
            }
        }
        return "window.ParkbenchScormCourse = " + DeterministicJson.compact(course) + ";\n";
    }

    private static ObjectNode exercise(Exercise e, List<ExerciseVariant> variants) {
        ObjectNode x = DeterministicJson.object();
        x.put("id", e.id());
        x.put("interaction", interactionId(e.id()));
        x.put("type", e.type().word());
        x.put("interactionType", interactionType(e));
        x.put("points", e.points());
        x.put("manual", e instanceof Exercise.ShortAnswer);
        ArrayNode vs = x.putArray("variants");
        for (ExerciseVariant v : variants) {
            ObjectNode view = vs.addObject();
            ArrayNode options = view.putArray("options");
            v.options().forEach(o -> options.add(o.id()));
            ArrayNode categories = view.putArray("categories");
            v.categories().forEach(categories::add);
        }
        return x;
    }

    /** The exercise id when SCORM 1.2 takes it as an interaction id (the shipped ids are slugs), else a stable short one. */
    static String interactionId(String exerciseId) {
        return CMI_IDENTIFIER.matcher(exerciseId).matches() ? exerciseId : ExportIdentifier.of("ex", exerciseId);
    }

    /** SCORM 1.2's interaction types (RTE 3.4.2.8): the nearest to each exercise type. */
    static String interactionType(Exercise e) {
        return switch (e.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choice";
            case NUMERIC -> "numeric";
            case CLASSIFY -> "matching";
            case ORDER -> "sequencing";
            case SHORT_ANSWER -> "fill-in";
        };
    }
}
