package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.classify.Classification;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.Course;

/**
 * Everything the pages of one build share: the course and its cases in course order, their
 * exercises, the profile, the engine, the Markdown renderer, the bibliography, the figures, the
 * files being written, the search index collected from the pages, and what is derived once and
 * reused by every page (each case's rows grouped by park, each park's classification). One
 * instance per build, shared by the render threads: everything in it is immutable or safe to use
 * concurrently.
 */
final class Site {
    final Course course;
    final Casebook casebook;
    final ExerciseSet exercises;
    final Profile profile;
    final Templates templates;
    final MarkdownRenderer markdown;
    final Bibliography bibliography;
    final Figures figures;
    final SiteFiles files;
    final SearchIndex search;
    final Views.SiteInfo info;
    private final LayoutFrames layouts;
    final List<Diagnostic> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    final RenderPool pool;
    final ParkViews parks = new ParkViews(this);
    private final Map<String, CaseIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, Classification> classifications = new ConcurrentHashMap<>();
    private final Map<String, Course.Session> sessionByCase = new HashMap<>();

    Site(Course course, Casebook casebook, ExerciseSet exercises, Profile profile, Templates templates, MarkdownRenderer markdown,
         Figures figures, SiteFiles files, String buildDate, RenderPool pool) {
        this(course, casebook, exercises, profile, templates, markdown, figures, files, buildDate, pool, new SearchIndex());
    }

    /** As above, adding pages to {@code search} (a preview keeps one index across its rebuilds). */
    Site(Course course, Casebook casebook, ExerciseSet exercises, Profile profile, Templates templates, MarkdownRenderer markdown,
         Figures figures, SiteFiles files, String buildDate, RenderPool pool, SearchIndex search) {
        this(course, casebook, exercises, profile, templates, markdown, figures, files, buildDate, pool, search, new Bibliography(casebook));
    }

    /** As above, with the bibliography given (a preview reuses the last one while a case's sources are unchanged). */
    Site(Course course, Casebook casebook, ExerciseSet exercises, Profile profile, Templates templates, MarkdownRenderer markdown,
         Figures figures, SiteFiles files, String buildDate, RenderPool pool, SearchIndex search, Bibliography bibliography) {
        this.search = search;
        this.pool = pool;
        this.course = course;
        this.casebook = casebook;
        this.exercises = exercises;
        this.profile = profile;
        this.templates = templates;
        this.markdown = markdown;
        this.bibliography = bibliography;
        this.figures = figures;
        this.files = files;
        List<Views.NavItem> nav = new ArrayList<>(List.of(
                new Views.NavItem("Home", SitePaths.HOME, "home"),
                new Views.NavItem("Models", SitePaths.MODELS, "models"),
                new Views.NavItem("Cases", SitePaths.HOME + "#learning-path", "cases"),
                new Views.NavItem("Compare", SitePaths.COMPARE, "compare"),
                new Views.NavItem("Parks", SitePaths.PARKS, "parks"),
                new Views.NavItem("Exercises", SitePaths.EXERCISES, "exercises"),
                new Views.NavItem("Data", SitePaths.DATA, "data"),
                new Views.NavItem("Glossary", SitePaths.GLOSSARY, "glossary"),
                new Views.NavItem("References", SitePaths.REFERENCES, "references")));
        if (profile.isInstructor()) {
            nav.add(new Views.NavItem("Instructor", SitePaths.INSTRUCTOR, "instructor"));
        }
        for (Course.Session session : course.sessions()) {
            session.caseIds().forEach(id -> sessionByCase.putIfAbsent(id, session));
        }
        this.info = new Views.SiteInfo(course.title(), course.subtitle(), course.institution(), course.term(), course.lecturer(),
                course.language(), profile.isInstructor(), buildDate, List.copyOf(nav));
        this.layouts = new LayoutFrames(templates, info);
    }

    /** The same site with other figures, exercises and bibliography (a preview updates them after a case's pages). */
    Site with(Figures other, ExerciseSet otherExercises, Bibliography otherBibliography) {
        return new Site(this, other, otherExercises, otherBibliography);
    }

    private Site(Site base, Figures figures, ExerciseSet exercises, Bibliography bibliography) {
        this.course = base.course;
        this.casebook = base.casebook;
        this.exercises = exercises;
        this.profile = base.profile;
        this.templates = base.templates;
        this.markdown = base.markdown;
        this.bibliography = bibliography;
        this.figures = figures;
        this.files = base.files;
        this.search = base.search;
        this.info = base.info;
        this.layouts = base.layouts;
        this.pool = base.pool;
        this.indexes.putAll(base.indexes);
        this.classifications.putAll(base.classifications);
        this.sessionByCase.putAll(base.sessionByCase);
    }

    List<CaseStudy> cases() {
        return casebook.cases();
    }

    Optional<CaseStudy> caseStudy(String id) {
        return casebook.caseStudy(id);
    }

    /** The session that first uses a case (as {@link Course#sessionOf}, in constant time). */
    Optional<Course.Session> sessionOf(String caseId) {
        return Optional.ofNullable(sessionByCase.get(caseId));
    }

    /** The case's rows grouped by park, built on first use. */
    CaseIndex index(CaseStudy c) {
        return indexes.computeIfAbsent(c.id(), k -> CaseIndex.of(c));
    }

    private final Map<String, Views.SourceLink> sourceLinks = new ConcurrentHashMap<>();

    /** The link to a case's source from a page at {@code root}, made once per build. */
    Views.SourceLink sourceLink(String caseId, String key, String root) {
        return sourceLinks.computeIfAbsent(root + '\u0000' + caseId + '\u0000' + key,
                k -> Views.SourceLink.make(bibliography, caseId, key, root));
    }

    /** The classifier's reading of a park's stakes, computed once per build. */
    Classification classification(CaseStudy c, Park p) {
        return classifications.computeIfAbsent(p.id(), k -> Classifier.standard().classify(p, index(c).stakes(p.id())));
    }

    /**
     * Renders {@code pages/<template>.vm} inside the layout and writes it to {@code path}; the page's
     * text goes into the search index unless {@code searchable} is false.
     */
    void page(String path, String template, String title, String section, String description, Map<String, Object> model,
              boolean searchable) {
        String content = render(path, template, title, section, description, model);
        if (searchable) {
            search.add(path, title, section, content);
        }
    }

    /**
     * As {@link #page(String, String, String, String, String, Map, boolean)}, with the page's text
     * for the search index given rather than extracted from its HTML (park pages, which are many).
     */
    void page(String path, String template, String title, String section, String description, Map<String, Object> model,
              String searchText) {
        long start = timing ? System.nanoTime() : 0;
        try {
            // indexed from its data, so its HTML is never needed as text: rendered straight to UTF-8
            String root = SitePaths.rootOf(path);
            byte[] content = templates.renderBytes("pages/" + template + ".vm", pageContext(path, title, section, description, model));
            files.bytes(path, layouts.page(root, section, title, description, content));
        } finally {
            if (timing) {
                templateNanos.computeIfAbsent(template, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - start);
            }
        }
        search.addText(path, title, section, searchText);
    }

    /** Thread time spent per template, kept only when {@link PhaseClock} timing is on. */
    final Map<String, java.util.concurrent.atomic.LongAdder> templateNanos = new ConcurrentHashMap<>();
    private final boolean timing = Boolean.getBoolean(PhaseClock.PROPERTY);

    private String render(String path, String template, String title, String section, String description, Map<String, Object> model) {
        long start = timing ? System.nanoTime() : 0;
        try {
            return renderPage(path, template, title, section, description, model);
        } finally {
            if (timing) {
                templateNanos.computeIfAbsent(template, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - start);
            }
        }
    }

    private Map<String, Object> pageContext(String path, String title, String section, String description, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("root", SitePaths.rootOf(path));
        context.put("site", info);
        context.put("page", new Views.PageInfo(title, path, section, description));
        return context;
    }

    private String renderPage(String path, String template, String title, String section, String description, Map<String, Object> model) {
        String root = SitePaths.rootOf(path);
        String content = templates.render("pages/" + template + ".vm", pageContext(path, title, section, description, model));
        files.bytes(path, layouts.page(root, section, title, description, content));
        return content;
    }
}
