package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.markup.TrustedHtml;

/** A case narrative's first use of a glossary term links to its entry; later uses, headings and citations do not. */
class GlossaryLinksTest {
    private static final Glossary GLOSSARY = Glossary.read("""
            - en: Host country
              zh: 东道国
              pinyin: dōngdàoguó
              definition: The country in which an overseas park is located.
            - en: Ministry of Commerce (MOFCOM)
              zh: 商务部
              pinyin: Shāngwùbù
              definition: The ministry.
            - en: Overseas economic and trade cooperation zone
              zh: 境外经贸合作区
              pinyin: jìngwài jīngmào hézuòqū
              definition: A park abroad.
            """, "glossary.yml");

    private static List<String> links(String html, Language language) {
        Document doc = Jsoup.parseBodyFragment(new GlossaryLinks(GLOSSARY.terms(), language, "../").link(new TrustedHtml(html)).html());
        return doc.select("a.glossary-term").stream().map(a -> a.text() + " → " + a.attr("href")).toList();
    }

    @Test
    void theFirstUseOfEachTermLinksToItsEntryOnce() {
        assertThat(links("<h2>Host countries</h2><p>Two host countries and the <em>host country</em> again; MOFCOM confirmed it."
                + " The Ministry of Commerce said so.</p>", Language.EN))
                .containsExactly("host countries → ../glossary.html#term-host-country", "MOFCOM → ../glossary.html#term-ministry-of-commerce-mofcom");
    }

    @Test
    void aTermThatIsAWholeTextIsLinkedToo() {
        assertThat(links("<p>东道国</p><p>在境外经贸合作区</p><p><em>商务部</em>说</p>", Language.ZH)).containsExactly(
                "东道国 → ../glossary.html#term-host-country", "境外经贸合作区 → ../glossary.html#term-overseas-economic-and-trade-cooperation-zone",
                "商务部 → ../glossary.html#term-ministry-of-commerce-mofcom");
    }

    @Test
    void aCitationALinkAndAWordThatOnlyContainsTheTermAreLeftAlone() {
        assertThat(links("<p><a class=\"cite\" href=\"#r\">host country</a> and <a href=\"x\">host country</a>; ghost countryside.</p>",
                Language.EN)).isEmpty();
    }

    @Test
    void aChinesePageLinksTheChineseTerm() {
        String html = "<p>中国在东道国建设境外经贸合作区，东道国政府……</p>";
        assertThat(links(html, Language.ZH)).containsExactly("东道国 → ../glossary.html#term-host-country",
                "境外经贸合作区 → ../glossary.html#term-overseas-economic-and-trade-cooperation-zone");
        // the text around the links is kept as it was
        Element p = Jsoup.parseBodyFragment(new GlossaryLinks(GLOSSARY.terms(), Language.ZH, "../").link(new TrustedHtml(html)).html())
                .selectFirst("p");
        assertThat(p.text()).isEqualTo("中国在东道国建设境外经贸合作区，东道国政府……");
    }

    @Test
    void theShippedGlossaryDefinesTheTermsTheExercisesRelyOn() {
        List<String> english = Glossary.load().terms().stream().map(Glossary.Term::english).toList();
        assertThat(english).contains("Stock and flow", "Derived figure", "As-of date", "Unattributed stake", "Confidence of a source",
                "Confirmation assessment");
    }
}
