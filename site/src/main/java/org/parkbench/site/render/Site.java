package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.course.Course;

/**
 * Everything the pages of one build share: the course and its cases in course order, their exercises, the profile,
 * the engine, the Markdown renderer, the bibliography, the figures, the files being written and the
 * search index collected from the pages. One instance per build; not shared between threads.
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
    final SearchIndex search = new SearchIndex();
    final Views.SiteInfo info;
    final List<Diagnostic> problems = new ArrayList<>();

    Site(Course course, Casebook casebook, ExerciseSet exercises, Profile profile, Templates templates, MarkdownRenderer markdown,
         Figures figures, SiteFiles files, String buildDate) {
        this.course = course;
        this.casebook = casebook;
        this.exercises = exercises;
        this.profile = profile;
        this.templates = templates;
        this.markdown = markdown;
        this.bibliography = new Bibliography(casebook);
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
        this.info = new Views.SiteInfo(course.title(), course.subtitle(), course.institution(), course.term(), course.lecturer(),
                course.language(), profile.isInstructor(), buildDate, List.copyOf(nav));
    }

    List<CaseStudy> cases() {
        return casebook.cases();
    }

    Optional<CaseStudy> caseStudy(String id) {
        return casebook.caseStudy(id);
    }

    /**
     * Renders {@code pages/<template>.vm} inside the layout and writes it to {@code path}; the page's
     * text goes into the search index unless {@code searchable} is false.
     */
    void page(String path, String template, String title, String section, String description, Map<String, Object> model,
              boolean searchable) {
        String root = SitePaths.rootOf(path);
        Map<String, Object> context = new HashMap<>(model);
        context.put("root", root);
        context.put("site", info);
        context.put("page", new Views.PageInfo(title, path, section, description));
        String content = templates.render("pages/" + template + ".vm", context);
        context.put("content", new TrustedHtml(content));
        files.text(path, templates.render("layout.vm", context));
        if (searchable) {
            search.add(path, title, section, content);
        }
    }
}
