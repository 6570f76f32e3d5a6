package org.parkbench.site.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SitePaths;

/**
 * The instructor area, written only in the instructor profile: the course file's teaching notes per
 * session, each case's {@code teaching-notes.md} (an optional file beside {@code case.md}), how the
 * declared model compares with its parks' models, and links to the solutions and keys of the
 * exercises ({@link SolutionPages}, a page per case).
 */
public final class InstructorPages {
    static final String NOTES_FILE = "teaching-notes.md";

    /** Notes for one session. */
    public record SessionNotes(String title, TrustedHtml notes) {
    }

    /** Notes for one case. */
    public record CaseNotes(String id, String title, String href, String declared, String parkModels, boolean modelsDiffer,
                            List<String> classifierReadings, TrustedHtml notes, boolean hasNotes, int moreReadings) {
    }

    private final Site site;

    InstructorPages(Site site) {
        this.site = site;
    }

    void write() {
        String root = SitePaths.rootOf(SitePaths.INSTRUCTOR);
        List<SessionNotes> sessions = new ArrayList<>();
        for (Course.Session s : site.course.sessions()) {
            if (!s.teachingNotes().isBlank()) {
                String title = s.title().isBlank() ? String.join(", ", s.caseIds()) : s.title();
                sessions.add(new SessionNotes(title, site.markdown.render(s.teachingNotes())));
            }
        }
        List<CaseNotes> cases = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            DevelopmentModel declared = c.meta().declaredModel();
            String parkModels = c.parks().stream().map(Park::model).distinct().map(m -> m.label(site.text.language()))
                    .collect(Collectors.joining(site.text.text("common.comma")));
            boolean differ = declared != null && c.parks().stream().anyMatch(p -> p.model() != declared);
            TrustedHtml notes = notes(c);
            List<Park> classified = c.parks().stream().filter(p -> !c.stakes(p.id()).isEmpty()).toList();
            List<String> readings = classified.stream().limit(PageLimits.CLASSIFIER_READINGS)
                    .map(p -> Classifier.explain(c.classification(p.id()).orElseThrow())).toList();
            cases.add(new CaseNotes(c.id(), c.meta().title(), root + SitePaths.caseStudy(c.id()),
                    declared == null ? "" : declared.label(site.text.language()), parkModels, differ, readings, notes, !notes.isEmpty(),
                    classified.size() - readings.size()));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("sessions", sessions);
        m.put("cases", cases);
        m.put("solutions", new SolutionPages(site).write());
        site.page(SitePaths.INSTRUCTOR, "instructor", site.text.text("instructor.heading"), "instructor",
                site.text.text("instructor.description"), m, false);
    }

    private TrustedHtml notes(CaseStudy c) {
        Path file = c.directory().resolve(NOTES_FILE);
        if (!Files.isRegularFile(file)) {
            return TrustedHtml.EMPTY;
        }
        try {
            return site.markdown.render(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + c.displayDirectory() + "/" + NOTES_FILE + ": " + e.getMessage(), e);
        }
    }
}
