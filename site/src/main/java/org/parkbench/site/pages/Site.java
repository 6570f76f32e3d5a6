package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.site.course.Course;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.output.RenderPool;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.template.Templates;

/**
 * What the page classes of one build share: what they show ({@link SiteContent}), how and where
 * they are written ({@link PageOutput}), the layout rendered once per folder and section, the
 * problems found while writing, and what is derived once per build and reused by every page
 * (each source's link; each case's rows by park and each park's classification are on the case). Its fields are the
 * parts of those two records the pages use most, named for brevity. One instance per build,
 * shared by the render threads: everything in it is immutable or safe to use concurrently.
 */
public final class Site {
    final Course course;
    final Casebook casebook;
    final ExerciseSet exercises;
    final Profile profile;
    /** The values an exercise asks the student to compute, which this site's pages do not show (none for an instructor). */
    final org.parkbench.core.analysis.Withholding withholding;
    final Templates templates;
    final MarkdownRenderer markdown;
    final Bibliography bibliography;
    final SiteFigures figures;
    final SiteFiles files;
    final SearchIndex search;
    final Map<String, int[]> rowCounts;
    final Views.SiteInfo info;
    /** The words of every page, in the build's language. */
    final PageText text;
    private final SiteContent content;
    private final PageOutput output;
    private final LayoutFrames layouts;
    final List<Diagnostic> problems;
    final RenderPool pool;
    final ParkViews parks;
    private final Map<String, Course.Session> sessionByCase = new HashMap<>();
    private final Map<String, Views.SourceLink> sourceLinks = new ConcurrentHashMap<>();
    /** The glossary the site ships, read once per site. */
    final Glossary glossary = Glossary.load();
    private final Map<String, GlossaryLinks> glossaryLinks = new ConcurrentHashMap<>();

    Site(SiteContent content, PageOutput output) {
        this(content, output, null, java.util.Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>());
    }

    private Site(SiteContent content, PageOutput output, LayoutFrames layouts, List<Diagnostic> problems,
                 Map<String, java.util.concurrent.atomic.LongAdder> templateNanos) {
        this.content = content;
        this.output = output;
        this.course = content.course();
        this.casebook = content.casebook();
        this.exercises = content.exercises();
        this.profile = content.profile();
        this.withholding = profile.withholding(exercises);
        this.bibliography = content.bibliography();
        this.figures = content.figures();
        this.templates = output.templates();
        this.markdown = output.markdown();
        this.files = output.files();
        this.pool = output.pool();
        this.search = output.search();
        this.rowCounts = output.rowCounts();
        this.problems = problems;
        this.templateNanos = templateNanos;
        for (Course.Session session : course.sessions()) {
            session.caseIds().forEach(id -> sessionByCase.putIfAbsent(id, session));
        }
        this.text = PageText.of(content.language());
        this.info = new Views.SiteInfo(course.title(), course.subtitle(), course.institution(), course.term(), course.lecturer(),
                content.language() == Language.EN ? course.language() : content.language().htmlTag(), profile.isInstructor(),
                content.buildDate(), navigation(profile, text), languageLinks(content));
        this.layouts = layouts != null ? layouts : new LayoutFrames(templates, info, text);
        this.parks = new ParkViews(this); // after the words it uses
    }

    /** What links a narrative's first use of each glossary term, on a page at {@code root}. */
    GlossaryLinks glossaryLinks(String root) {
        return glossaryLinks.computeIfAbsent(root, r -> new GlossaryLinks(glossary.terms(), language(), r));
    }

    /** The languages of the site, each with the way from this language's pages to its own. */
    private static List<Views.LanguageLink> languageLinks(SiteContent content) {
        List<Language> all = content.course().siteLanguages();
        if (all.size() < 2) {
            return List.of();
        }
        return all.stream().map(l -> new Views.LanguageLink(l.code(), l.htmlTag(), l.nativeName(),
                l == content.language() ? "" : "../" + l.code() + "/", l == content.language())).toList();
    }

    private static List<Views.NavItem> navigation(Profile profile, PageText t) {
        List<Views.NavItem> nav = new ArrayList<>(List.of(
                new Views.NavItem(t.text("nav.home"), SitePaths.HOME, "home"),
                new Views.NavItem(t.text("nav.models"), SitePaths.MODELS, "models"),
                new Views.NavItem(t.text("nav.cases"), SitePaths.HOME + "#learning-path", "cases"),
                new Views.NavItem(t.text("nav.compare"), SitePaths.COMPARE, "compare"),
                new Views.NavItem(t.text("nav.parks"), SitePaths.PARKS, "parks"),
                new Views.NavItem(t.text("nav.exercises"), SitePaths.EXERCISES, "exercises"),
                new Views.NavItem(t.text("nav.data"), SitePaths.DATA, "data"),
                new Views.NavItem(t.text("nav.glossary"), SitePaths.GLOSSARY, "glossary"),
                new Views.NavItem(t.text("nav.references"), SitePaths.REFERENCES, "references")));
        if (profile.isInstructor()) {
            nav.add(new Views.NavItem(t.text("nav.instructor"), SitePaths.INSTRUCTOR, "instructor"));
        }
        return List.copyOf(nav);
    }

    /**
     * The same site with other figures, exercises and bibliography (a preview updates them after a
     * case's pages): the layout carries over; problems are collected afresh.
     */
    Site with(SiteFigures other, ExerciseSet otherExercises, Bibliography otherBibliography) {
        return new Site(content.with(other, otherExercises, otherBibliography), output, layouts, java.util.Collections.synchronizedList(new ArrayList<>()), templateNanos);
    }

    /** How a search result names the part of the site a page is in: the menu's word for it ("Cases", 案例). */
    String sectionLabel(String section) {
        return text.messages().has("nav." + section) ? text.text("nav." + section) : section;
    }

    /** The language every page of this site is written in. */
    Language language() {
        return content.language();
    }

    /** What a page says above a text that has no translation into the site's language yet; "" in English. */
    String untranslatedNotice() {
        return text.text("notice.untranslated");
    }

    List<CaseStudy> cases() {
        return casebook.cases();
    }

    Optional<CaseStudy> caseStudy(String id) {
        return casebook.caseStudy(id);
    }

    /** The link from a page at {@code root} to the exercise that asks for a withheld value. */
    String exerciseHref(String exerciseId, String root) {
        return root + SitePaths.exercise(exerciseId);
    }

    /** The session that first uses a case (as {@link Course#sessionOf}, in constant time). */
    Optional<Course.Session> sessionOf(String caseId) {
        return Optional.ofNullable(sessionByCase.get(caseId));
    }

    /** The link to a case's source from a page at {@code root}, made once per build. */
    Views.SourceLink sourceLink(String caseId, String key, String root) {
        return sourceLinks.computeIfAbsent(root + '\u0000' + caseId + '\u0000' + key,
                k -> Views.SourceLink.make(bibliography, caseId, key, root, text));
    }

    /**
     * Renders {@code pages/<template>.vm} inside the layout and writes it to {@code path}; the page's
     * text goes into the search index unless {@code searchable} is false.
     */
    void page(String path, String template, String title, String section, String description, Map<String, Object> model,
              boolean searchable) {
        String content = render(path, template, title, section, description, model);
        if (searchable) {
            search.add(path, title, sectionLabel(section), language(), content);
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
            files.bytes(path, layouts.page(root, path, section, title, description, content));
        } finally {
            if (timing) {
                templateNanos.computeIfAbsent(template, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - start);
            }
        }
        search.addText(path, title, sectionLabel(section), language(), searchText);
    }

    /** Thread time spent per template, kept only when {@link PhaseClock} timing is on. */
    final Map<String, java.util.concurrent.atomic.LongAdder> templateNanos;
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
        context.put("t", text);
        context.put("page", new Views.PageInfo(title, path, section, description));
        return context;
    }

    private String renderPage(String path, String template, String title, String section, String description, Map<String, Object> model) {
        String root = SitePaths.rootOf(path);
        String content = templates.render("pages/" + template + ".vm", pageContext(path, title, section, description, model));
        files.bytes(path, layouts.page(root, path, section, title, description, content));
        return content;
    }
}
