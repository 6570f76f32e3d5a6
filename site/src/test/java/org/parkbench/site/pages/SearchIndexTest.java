package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;

class SearchIndexTest {
    @TempDir
    Path tmp;

    private static SearchIndex sample() {
        SearchIndex index = new SearchIndex();
        index.addText("parks/sihanoukville.html", "Sihanoukville Special Economic Zone", "parks", Language.EN,
                "Sihanoukville Special Economic Zone 西哈努克港经济特区 Cambodia, area 11.13 km²");
        index.addText("parks/suez.html", "China–Egypt TEDA Suez Economic and Trade Cooperation Zone", "parks", Language.EN,
                "China–Egypt TEDA Suez Economic and Trade Cooperation Zone 中埃·泰达苏伊士经贸合作区 Egypt");
        index.addText("glossary.html#term-belt-and-road-initiative", "Belt and Road Initiative · 一带一路 · Yīdài Yīlù", "glossary",
                Language.EN, "China's programme of links. Belt and Road Initiative 一带一路 Yīdài Yīlù YīdàiYīlù");
        index.addText("glossary.html#term-going-out", "Going out · 走出去 · zǒuchūqù", "glossary", Language.ZH,
                "China's policy of encouraging its enterprises to invest abroad. 走出去 zǒuchūqù");
        index.add("cases/huajian.html", "Huajian", "cases", Language.EN,
                "<p>Huajian &amp; Ethiopia</p><script type=\"application/json\">{\"key\":\"secretanswer\"}</script><p>Eastern Industry Zone</p>");
        return index;
    }

    @Test
    void thePageTextIsIndexedWithoutItsScripts() {
        SearchIndex index = sample();
        assertThat(index.termsOf("cases/huajian.html")).contains("huajian", "ethiopia", "eastern", "zone").doesNotContain("secretanswer", "key");
        assertThat(SearchIndex.text("<p>a</p><SCRIPT>x()</SCRIPT><style>p{}</style><p>b &lt;c&gt;</p>").replaceAll("\\s+", " ")).isEqualTo(" a b <c> ");
    }

    @Test
    void theWholeTextOfALongPageIsIndexedAndOnlyItsBeginningShown() throws Exception {
        SearchIndex index = new SearchIndex();
        String words = "word ".repeat(2000) + "lastword";
        index.addText("p.html", "Long", "cases", Language.EN, words);
        assertThat(index.termsOf("p.html")).contains("lastword");
        JsonNode doc = parse(index.script()).get("docs").get(0);
        assertThat(doc.get("b").asText().length()).isLessThanOrEqualTo(SearchIndex.SUMMARY + 2);
        assertThat(doc.get("l").asText()).isEqualTo("en");
    }

    @Test
    void thePostingListsNameThePagesOfEachTerm() throws Exception {
        JsonNode index = parse(sample().script());
        List<String> terms = new ArrayList<>();
        index.get("terms").forEach(t -> terms.add(t.asText()));
        assertThat(terms).isSorted().contains("km2", "泰达", "yidaiyilu", "zouchuqu");
        List<String> docs = new ArrayList<>();
        index.get("docs").forEach(d -> docs.add(d.get("u").asText()));
        // "zone" is on the Sihanoukville, Suez and Huajian pages: its list names those three, in order
        String zone = index.get("postings").get(terms.indexOf("zone")).asText();
        List<String> pages = new ArrayList<>();
        int doc = 0;
        for (String entry : zone.split(",")) {
            doc += Integer.parseInt(entry.replaceFirst(":.*", ""), 36);
            pages.add(docs.get(doc));
        }
        assertThat(pages).containsExactly("cases/huajian.html", "parks/sihanoukville.html", "parks/suez.html");
    }

    @Test
    void theSearchPagesScriptFindsMisspellingsPinyinChineseAndUnits() throws Exception {
        Path script = tmp.resolve("search-index.js");
        Files.writeString(script, sample().script(), StandardCharsets.UTF_8);
        JsonNode found = SearchNode.run("search", SearchNode.SEARCH_JS.toString(), script.toString(),
                "Sihanukville", "zouchuqu", "zouchu", "yidai yilu", "yidaiyilu", "km2", "泰达", "Suez", "ＳＵＥＺ", "泰国", "secretanswer");
        assertThat(first(found, "Sihanukville")).isEqualTo("parks/sihanoukville.html en");
        assertThat(first(found, "zouchuqu")).isEqualTo("glossary.html#term-going-out zh");
        assertThat(first(found, "zouchu")).isEqualTo("glossary.html#term-going-out zh");
        assertThat(first(found, "yidai yilu")).isEqualTo("glossary.html#term-belt-and-road-initiative en");
        assertThat(first(found, "yidaiyilu")).isEqualTo("glossary.html#term-belt-and-road-initiative en");
        assertThat(first(found, "km2")).isEqualTo("parks/sihanoukville.html en");
        assertThat(urls(found, "泰达")).containsExactly("parks/suez.html en");
        assertThat(urls(found, "Suez")).containsExactly("parks/suez.html en");
        assertThat(urls(found, "ＳＵＥＺ")).containsExactly("parks/suez.html en");
        assertThat(urls(found, "secretanswer")).isEmpty();
    }

    private static List<String> urls(JsonNode found, String query) {
        List<String> urls = new ArrayList<>();
        found.get(query).forEach(u -> urls.add(u.asText()));
        return urls;
    }

    private static String first(JsonNode found, String query) {
        List<String> urls = urls(found, query);
        assertThat(urls).as(query).isNotEmpty();
        return urls.get(0);
    }

    private static JsonNode parse(String script) throws Exception {
        String prefix = "window.PARKBENCH_SEARCH = ";
        assertThat(script).startsWith(prefix).endsWith(";\n");
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    }
}
