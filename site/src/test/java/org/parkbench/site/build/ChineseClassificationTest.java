package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CaseAssembly;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Stake;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The classifier's reasoning on a Chinese park page and on the Chinese instructor page: every rule
 * that fired is explained in Chinese, the actors by their Chinese names where the data has them,
 * with the shares of the English page; no Latin word is left but the names the data gives only in
 * English and the ids, and nothing is marked English.
 */
class ChineseClassificationTest {
    /** A Latin word, as the Chinese site scan reads one. */
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:['’-]\\p{IsLatin}+)*");
    private static final String PARK = "riverside-park";

    @TempDir
    static Path tmp;
    static CaseStudy riverside;
    static Document zhPark;
    static Document enPark;
    static Document zhInstructor;

    @BeforeAll
    static void build() throws IOException {
        // the fixture's park with its host authority given a Chinese name; its developer keeps its English one only
        CaseStudy c = Fixtures.parkCase("Riverside Test Park", "https://example.org/report", "A plain note", Fixtures.NARRATIVE);
        List<Stake> stakes = c.stakes().stream().map(s -> !s.actor().id().equals("host-gov") ? s
                : new Stake(s.park(), new Actor(s.actor().id(), s.actor().name(), s.actor().kind(), s.actor().country(), "河畔管理局"),
                        s.role(), s.sharePercent(), s.from(), s.until(), s.source(), s.note(), s.origin())).toList();
        riverside = CaseAssembly.of(c.meta(), c.narrative(), c.parks(), stakes, c.observations(), c.events(), c.sources(),
                c.statistics(), c.zones(), c.directory(), c.displayDirectory());
        Casebook book = new Casebook(List.of(Fixtures.overview(), riverside));
        var course = Fixtures.course(book).withLanguages(List.of(Language.EN, Language.ZH));
        new SiteBuilder().build(new BuildRequest(course, book, tmp, Profile.INSTRUCTOR, false));
        zhPark = page("zh/" + SitePaths.park(PARK));
        enPark = page("en/" + SitePaths.park(PARK));
        zhInstructor = page("zh/" + SitePaths.INSTRUCTOR);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(tmp.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theParkPageExplainsEachRuleInChineseWithTheEnglishPagesShares() {
        // the host authority initiated the park (G1); River Development Co owns 75 % of the developer (C2)
        assertThat(zhPark.select(".classification ul.fired li").eachText()).containsExactly(
                "河畔管理局（东道国政府，埃及）发起了该园区：推动力来自政府高层。",
                "River Development Co A plain note（园区开发公司，中国）持有开发主体 75% 的股份：经验丰富的园区开发企业控股开发主体。");
        assertThat(enPark.select(".classification ul.fired li").eachText()).containsExactly(
                "Host Authority (host-government, EG) initiated the park: a push from government at the highest level.",
                "River Development Co A plain note (park-development-company, CN), owning 75 % of the developer: "
                        + "an experienced park developer controls the developer.");
        assertThat(zhPark.select(".classification ul.fired [lang], .classification ul.fired[lang]"))
                .as("nothing in the reasoning is marked English").isEmpty();
    }

    @Test
    void noLatinWordIsLeftInTheReasoningButNamesAndIds() {
        // the park page's reading (its heading names the park as the whole site does, beside its Chinese name)
        List<String> texts = new ArrayList<>(zhPark.select(".classification .verdict, .classification ul.fired").eachText());
        texts.addAll(zhInstructor.select(".explain-text").eachText());
        assertThat(texts).hasSizeGreaterThanOrEqualTo(2);

        List<String> found = new ArrayList<>();
        texts.forEach(t -> found.addAll(latinWords(t)));
        assertThat(found).as("Latin words in:%n%s", String.join("\n", texts)).isEmpty();
    }

    @Test
    void theInstructorPageGivesTheReasoningInChinese() {
        String reasoning = zhInstructor.select(".explain-text").text();

        assertThat(reasoning).contains("成立的规则：", "G1（政府高层推动建设型 +2）：河畔管理局（东道国政府，埃及）发起了该园区",
                "C2（园区开发公司为主导力量建设型 +2）：River Development Co A plain note（园区开发公司，中国）持有开发主体 75% 的股份");
        assertThat(zhInstructor.select(".explain-text[lang]")).isEmpty();
    }

    /** The Latin words of {@code text} that are not a name the data gives only in English, an id or a rule's id (G1). */
    private static List<String> latinWords(String text) {
        List<String> allowed = new ArrayList<>(List.of(PARK));
        riverside.stakes().forEach(s -> allowed.add(s.actor().name(Language.ZH)));
        for (String name : allowed) {
            text = text.replace(name, " ");
        }
        text = text.replaceAll("\\b[GCSPF][0-9]\\b", " ");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
