package org.parkbench.site.output;

import org.parkbench.core.model.DevelopmentModel;

/**
 * Where each page of the site lives, relative to the site root. Every link is relative (the site
 * works from {@code file://} and from any sub-path of a web server), so a page prefixes these with
 * its own {@code root} ("" at the top, "../" one folder down).
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String MODELS = "models.html";
    public static final String COMPARE = "compare.html";
    public static final String PARKS = "parks.html";
    public static final String DATA = "data.html";
    public static final String GLOSSARY = "glossary.html";
    public static final String REFERENCES = "references.html";
    public static final String EXERCISES = "exercises.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";
    public static final String INSTRUCTOR = "instructor/index.html";
    /** The instructor's answer key across all cases: every exercise, every variant, its key and tolerance. */
    public static final String ANSWER_KEY = "instructor/answer-key.html";
    /** The instructor's plan of the course's sessions: readings, exercises, points, estimated time. */
    public static final String SESSION_PLAN = "instructor/sessions.html";
    /** The instructor's objective × exercise matrix. */
    public static final String OBJECTIVE_MATRIX = "instructor/objectives.html";
    /** The instructor pages' own stylesheet and script (copy buttons), written only in the instructor profile. */
    public static final String INSTRUCTOR_STYLESHEET = "assets/instructor.css";
    public static final String INSTRUCTOR_SCRIPT = "assets/instructor.js";
    public static final String ASSETS = "assets/";
    public static final String FIGURES = "figures/";
    public static final String DATA_DIR = "data/";

    private SitePaths() {
    }

    public static String caseStudy(String caseId) {
        return "cases/" + caseId + ".html";
    }

    /** A park's own page. Park ids are unique across cases, so one folder holds them all. */
    public static String park(String parkId) {
        return "parks/" + parkId + ".html";
    }

    /** Page {@code number} (from 1) of a paginated list whose first page is {@code first}: parks.html, parks-2.html… */
    public static String listPage(String first, int number) {
        return number <= 1 ? first : first.substring(0, first.length() - ".html".length()) + "-" + number + ".html";
    }

    /** An exercise's own page, where it is answered. */
    public static String exercise(String exerciseId) {
        return "exercises/" + exerciseId + ".html";
    }

    /** The instructor's solutions and keys for the exercises of one case. */
    public static String solutions(String caseId) {
        return "instructor/solutions/" + caseId + ".html";
    }

    public static String model(DevelopmentModel model) {
        return "models/" + model.word() + ".html";
    }

    /** "" for a page at the root, "../" for a page one folder down, and so on. */
    public static String rootOf(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
