package org.parkbench.site.pages;

import java.util.List;
import org.parkbench.core.language.Language;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.course.Course;
import org.parkbench.site.output.SiteFiles;

/**
 * The page at the root of a site built in several languages ({@code languages: [en, zh]}): the
 * course's title in each language with a link to that language's home page. {@code language.js}
 * beside it remembers the reader's choice in the browser (from {@code file://} too) and goes
 * straight to that language on the next visit; {@code index.html?choose} shows the choice again.
 */
public final class LanguageChooser {
    private LanguageChooser() {
    }

    public static void write(SiteFiles root, Course course, List<Language> languages) {
        StringBuilder links = new StringBuilder();
        for (Language language : languages) {
            Course worded = course.in(language);
            links.append("<li><a href=\"").append(language.code()).append("/index.html\" hreflang=\"").append(language.htmlTag())
                    .append("\" lang=\"").append(language.htmlTag()).append("\" data-language=\"").append(language.code())
                    .append("\"><span class=\"language-name\">").append(TrustedHtml.escape(language.nativeName()))
                    .append("</span> <span class=\"course-title\">").append(TrustedHtml.escape(worded.title()))
                    .append("</span></a></li>\n");
        }
        String alternates = languages.stream().map(l -> "<link rel=\"alternate\" hreflang=\"" + l.htmlTag() + "\" href=\""
                + l.code() + "/index.html\">\n").reduce("", String::concat);
        String title = TrustedHtml.escape(course.in(languages.get(0)).title()) + " · "
                + TrustedHtml.escape(course.in(languages.get(languages.size() - 1)).title());
        root.text("index.html", """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'">
                <meta name="referrer" content="no-referrer">
                <title>%s</title>
                %s<link rel="stylesheet" href="%s/assets/site.css">
                <script src="language.js"></script>
                </head>
                <body>
                <main id="main" class="language-chooser">
                <h1>%s</h1>
                <ul class="language-choices">
                %s</ul>
                </main>
                </body>
                </html>
                """.formatted(languages.get(0).htmlTag(), title, alternates, languages.get(0).code(), title, links));
        root.text("language.js", """
                // Remembers the language a reader picks on this page and opens it directly next time.
                (function () {
                  var KEY = 'parkbench.language';
                  var choose = /[?&]choose\\b/.test(location.search);
                  var stored = null;
                  try { stored = localStorage.getItem(KEY); } catch (e) { stored = null; }
                  if (!choose && stored && /^[a-z]{2}$/.test(stored)) {
                    var known = %s;
                    if (known.indexOf(stored) >= 0) { location.replace(stored + '/index.html'); return; }
                  }
                  document.addEventListener('click', function (event) {
                    var link = event.target.closest && event.target.closest('a[data-language]');
                    if (link) { try { localStorage.setItem(KEY, link.getAttribute('data-language')); } catch (e) { /* private mode */ } }
                  });
                })();
                """.formatted(languages.stream().map(l -> "'" + l.code() + "'").toList().toString()));
    }
}
