package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.TeachingNotes;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SitePaths;

/**
 * The instructor area, written only in the instructor profile. Its home leads with what a lecturer
 * teaches from: the answer key across all cases ({@link AnswerKeyPage}), the plan of the sessions
 * ({@link SessionPlan}), the objective × exercise matrix ({@link ObjectiveMatrix}) and the solutions and
 * keys of each case ({@link SolutionPages}); then the course file's teaching notes per session, and per
 * case its teaching notes in the site's language (core's {@link TeachingNotes}: an optional
 * {@code teaching-notes.md} beside {@code case.md} and its translation {@code teaching-notes.zh.md}; the
 * English ones under a visible notice where there is no translation), how the declared model compares
 * with its parks' models and the classifier's reasoning; last, the commands that export the exercises to
 * a learning management system and grade the answer files students return ({@link Commands}), which the
 * first section links to.
 */
public final class InstructorPages {
    /** Where the instructor pages' stylesheet and script are on the classpath. */
    private static final String ASSETS = "parkbench/site/assets/";

    /** Notes for one session. */
    public record SessionNotes(String title, TrustedHtml notes) {
    }

    /**
     * Notes for one case. {@code untranslated} is the notice shown above notes that are not in the
     * page's language ("" otherwise), {@code notesLang} the {@code lang} attribute they then carry.
     */
    public record CaseNotes(String id, String title, String href, String declared, String parkModels, boolean modelsDiffer,
                            List<String> classifierReadings, TrustedHtml notes, boolean hasNotes, int moreReadings,
                            String untranslated, TrustedHtml notesLang) {
    }

    /**
     * The commands the instructor home shows, for the course this site was built from and in the page's
     * language: {@code export} to Moodle XML, GIFT, Canvas, QTI 2.1 and SCORM 1.2 ({@code app.cli.ExportCommand}'s options), {@code grade}
     * ({@code app.cli.GradeCommand}'s), and {@code grade --manual} that folds the hand-marked short answers
     * back in. {@code course} is the {@code --course} option the commands need ("" for the shipped default
     * course, which they read without one).
     */
    public record Commands(String lang, String course, String exportMoodle, String exportGift, String exportCanvas, String exportQti,
                           String exportScorm, String grade, String gradeManual, String manualFile) {
        static Commands of(Course course, org.parkbench.core.language.Language language) {
            String file = course.commandPath();
            String option = file.isEmpty() ? "" : " --course " + (file.matches("[\\w.@%+=:,/-]+") ? file : "'" + file.replace("'", "'\\''") + "'");
            String lang = language.code();
            String manual = "grades-manual.csv";
            return new Commands(lang, option.strip(),
                    "./parkbench export --format moodle --lang " + lang + option + " --out exercises-" + lang + "-moodle.xml",
                    "./parkbench export --format gift --lang " + lang + option + " --out exercises-" + lang + ".gift",
                    "./parkbench export --format canvas --lang " + lang + option + " --out exercises-" + lang + "-canvas.zip",
                    "./parkbench export --format qti --lang " + lang + option + " --out exercises-" + lang + "-qti.zip",
                    "./parkbench export --format scorm --lang " + lang + option + " --out course-" + lang + "-scorm.zip",
                    "./parkbench grade" + option + " --out grades.csv answers/*.json",
                    "./parkbench grade" + option + " --out grades.csv --manual " + manual + " answers/*.json", manual);
        }
    }

    private final Site site;

    InstructorPages(Site site) {
        this.site = site;
    }

    void write() {
        String root = SitePaths.rootOf(SitePaths.INSTRUCTOR);
        List<SessionNotes> sessions = new ArrayList<>();
        List<Course.Session> all = site.course.sessions();
        for (int i = 0; i < all.size(); i++) {
            Course.Session s = all.get(i);
            if (!s.teachingNotes().isBlank()) {
                String title = s.title().isBlank() ? String.join(", ", s.caseIds()) : s.title();
                // every session's and case's notes are on this one page: their headings' anchors are told apart
                sessions.add(new SessionNotes(title, site.markdown.render(s.teachingNotes(), List.of(), "sn-" + (i + 1) + "-")));
            }
        }
        List<CaseNotes> cases = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            DevelopmentModel declared = c.meta().declaredModel();
            String parkModels = c.parks().stream().map(Park::model).distinct().map(m -> m.label(site.text.language()))
                    .collect(Collectors.joining(site.text.text("common.comma")));
            boolean differ = declared != null && c.parks().stream().anyMatch(p -> p.model() != declared);
            var written = c.teachingNotes(site.language());
            TrustedHtml notes = written.map(n -> notes(c, n, root)).orElse(TrustedHtml.EMPTY);
            boolean foreign = written.isPresent() && written.get().language() != site.language();
            List<Park> classified = c.parks().stream().filter(p -> !c.stakes(p.id()).isEmpty()).toList();
            List<String> readings = classified.stream().limit(PageLimits.CLASSIFIER_READINGS)
                    .map(p -> Classifier.explain(c.classification(p.id()).orElseThrow(), site.text.language())).toList();
            cases.add(new CaseNotes(c.id(), c.meta().title(), root + SitePaths.caseStudy(c.id()),
                    declared == null ? "" : declared.label(site.text.language()), parkModels, differ, readings, notes, !notes.isEmpty(),
                    classified.size() - readings.size(), foreign ? site.text.text("notice.untranslated.notes") : "",
                    foreign ? new TrustedHtml(" lang=\"" + written.get().language().htmlTag() + "\"") : TrustedHtml.EMPTY));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("sessions", sessions);
        m.put("cases", cases);
        List<SolutionPages.CaseSolutions> solutions = new SolutionPages(site).write();
        m.put("solutions", solutions);
        m.put("answerKey", new AnswerKeyPage(site).write(solutions));
        m.put("plan", new SessionPlan(site).write());
        m.put("matrix", new ObjectiveMatrix(site).write());
        m.put("commands", Commands.of(site.course, site.language()));
        site.files.resource(ASSETS + "instructor.css", SitePaths.INSTRUCTOR_STYLESHEET);
        site.files.resource(ASSETS + "instructor.js", SitePaths.INSTRUCTOR_SCRIPT);
        site.page(SitePaths.INSTRUCTOR, "instructor", site.text.text("instructor.heading"), "instructor",
                site.text.text("instructor.description"), m, false);
    }

    /**
     * The notes as Markdown, their citations linked to the references as the case page links its
     * narrative's; figures written the way the notes' language writes them (English notes shown in
     * their place on a Chinese page keep English figures).
     */
    private TrustedHtml notes(CaseStudy c, TeachingNotes notes, String root) {
        PageText words = notes.language() == site.language() ? site.text : PageText.of(notes.language());
        return site.markdown.render(notes.text(),
                new CitationResolver(c, site.bibliography, root, words).inserts(notes.citations(), site.problems::add),
                "tn-" + c.id() + "-");
    }
}
