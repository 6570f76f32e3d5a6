package org.parkbench.site.pages;

import java.util.List;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.template.Templates;

/**
 * The page at the root of a site built in several languages ({@code languages: [en, zh]}):
 * {@code chooser.vm}, the course's title in each language with a link to that language's home page,
 * and {@code language.js} beside it, which remembers the reader's choice in the browser (from
 * {@code file://} too) and goes straight to that language on the next visit; {@code index.html?choose}
 * shows the choice again.
 */
public final class LanguageChooser {
    static final String SCRIPT = "parkbench/site/assets/language.js";

    /** One language as the page offers it. */
    public record Choice(String code, String tag, String name, String title) {
    }

    private LanguageChooser() {
    }

    public static void write(Templates templates, SiteFiles root, Course course, List<Language> languages) {
        List<Choice> choices = languages.stream()
                .map(l -> new Choice(l.code(), l.htmlTag(), l.nativeName(), course.in(l).title())).toList();
        String title = choices.get(0).title() + " · " + choices.get(choices.size() - 1).title();
        root.text("index.html", templates.render("chooser.vm", Map.of("first", choices.get(0), "languages", choices, "title", title)));
        root.resource(SCRIPT, "language.js");
    }
}
