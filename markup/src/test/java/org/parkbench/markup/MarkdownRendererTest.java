package org.parkbench.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rawHtmlIsShownAsTextAndUnsafeLinksLoseTheirTarget() {
        String html = markdown.render("<script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n"
                + "[bad](javascript:alert(1)) [data](data:text/html,x) [ok](https://example.org/a) [local](../models.html#x)\n\n"
                + "![img](https://tracker.example/p.gif)").html();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script")
                .doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("<img")
                .contains("<a href=\"https://example.org/a\">ok</a>").contains("<a href=\"../models.html#x\">local</a>")
                .contains("<p>bad data <a").contains("<p>img</p>");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("[onclick], b, script, img")).isEmpty();
        assertThat(doc.select("a")).allMatch(a -> !a.attr("href").isBlank());
    }

    @Test
    void headingsGetPrefixedIdsAndTableAlignmentBecomesAClass() {
        String html = markdown.render("## Where the sources disagree\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n").html();
        assertThat(html).contains("<h2 id=\"n-where-the-sources-disagree\">").contains("class=\"align-right\"")
                .doesNotContain("align=\"");
    }

    @Test
    void twoTextsOnOnePageKeepTheirHeadingsApartByTheirPrefixes() {
        String suzhou = markdown.render("#### Timing\n\n#### Warm-up\n", java.util.List.of(), "tn-suzhou-").html();
        String huajian = markdown.render("#### Timing\n", java.util.List.of(), "tn-huajian-").html();
        assertThat(suzhou).contains("<h4 id=\"tn-suzhou-timing\">").contains("<h4 id=\"tn-suzhou-warm-up\">").doesNotContain("\"n-");
        assertThat(huajian).contains("<h4 id=\"tn-huajian-timing\">");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> markdown.render("# x", java.util.List.of(), "\"><script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void insertsReplaceTheirSpansAfterSanitising() {
        String source = "Jobs: {{obs:p/jobs-direct/2016}} and **more**.";
        int start = source.indexOf("{{");
        int end = source.indexOf("}}") + 2;
        String html = markdown.render(source, List.of(new MarkdownRenderer.Insert(start, end,
                new TrustedHtml("<a class=\"cite\" href=\"#x\">9,000</a>")))).html().strip();
        assertThat(html).isEqualTo("<p>Jobs: <a class=\"cite\" href=\"#x\">9,000</a> and <strong>more</strong>.</p>");
    }

    @Test
    void aParagraphOrItemOpeningWithTheReadingLabelIsMarkedAsTheCoursesReading() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(markdown.render(
                "*Course reading:* a single zone with such a share is unusual.\n\n"
                + "- **Talent.** Sourced claim.\n- *Course reading:* an item of our own.\n\n"
                + "A sourced paragraph with *Course reading:* in the middle.\n\n*Other:* emphasis.\n").html());
        assertThat(doc.select(".course-reading")).extracting(org.jsoup.nodes.Element::text).containsExactly(
                "Course reading: a single zone with such a share is unusual.", "Course reading: an item of our own.");
        assertThat(doc.select("em.reading-label")).hasSize(2);
    }

    @Test
    void aChineseNarrativeMarksItsReadingsWithTheChineseLabel() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(markdown.render(
                "*课程解读*：这样的份额并不多见。\n\n- *课程解读*：我们自己的一条。\n\n有来源的一段，中间写着*课程解读*：一句。\n\n*课程*：别的强调。\n").html());
        assertThat(doc.select(".course-reading")).extracting(org.jsoup.nodes.Element::text).containsExactly(
                "课程解读：这样的份额并不多见。", "课程解读：我们自己的一条。");
        assertThat(doc.text()).doesNotContain("*");
    }

    @Test
    void aTableScrollsInALabelledBoxNamedByTheHeadingAboveIt() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(markdown.render(
                "## Timing\n\n| Minutes | What |\n|---|---|\n| 10 | Warm-up |\n\nText.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n").html());
        assertThat(doc.select("div.table-wrap[tabindex=0][role=region] > table")).hasSize(2);
        assertThat(doc.select("div.table-wrap").eachAttr("aria-label")).containsExactly("Timing", "Timing");
        assertThat(markdown.render("| A | B |\n|---|---|\n| 1 | 2 |\n").html()).contains("aria-label=\"A B\"");
    }
}
