package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SiteFiles;
import org.parkbench.site.template.Templates;

/** A page put together from a shared layout frame is byte for byte the page the layout template renders. */
class LayoutFramesTest {
    private static final Templates TEMPLATES = new Templates();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''     | home       | Home                     | The course.",
            "../    | parks      | Suez <TEDA> & \"Ain\" 's | A park: profile, figures & stakes.",
            "../../ | exercises  | Ex 1 — Café 苏州          | ''",
            "''     | instructor | Instructor               | For lecturers < students",
            "../    | cases      | Case                     | Line one\r\nline two"})
    void framedPageEqualsTheRenderedLayout(String root, String section, String title, String description) {
        for (boolean instructor : List.of(false, true)) {
            PageText text = PageText.of(instructor ? org.parkbench.core.language.Language.ZH : org.parkbench.core.language.Language.EN);
            Views.SiteInfo info = new Views.SiteInfo("Course <& title>", "Sub", instructor ? "Uni & Co" : "", "Term", "",
                    "en", instructor, instructor ? "2026-11-28" : "", List.of(
                    new Views.NavItem("Home", "index.html", "home"),
                    new Views.NavItem("Parks", "parks.html", "parks"),
                    new Views.NavItem("Exercises", "exercises.html", "exercises")), instructor ? List.of(
                    new Views.LanguageLink("en", "en", "English", "", true),
                    new Views.LanguageLink("zh", "zh-Hans", "中文", "../zh/", false)) : List.of());
            String content = "<article><h1>" + TrustedHtml.escape(title) + "</h1>\n<p>Text — 苏州 &amp; more</p>\r\n</article>\n";

            Map<String, Object> context = new HashMap<>();
            context.put("root", root);
            context.put("site", info);
            context.put("t", text);
            String path = "x/page & \"one\".html";
            context.put("page", new Views.PageInfo(title, path, section, description));
            context.put("content", new TrustedHtml(content));
            String expected = SiteFiles.unixLines(TEMPLATES.render("layout.vm", context));

            byte[] framed = new LayoutFrames(TEMPLATES, info, text).page(root, path, section, title, description, content);

            assertThat(new String(framed, StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }
}
