package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.TeachingNotes;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/** A case's teaching notes on the instructor page of each language: the lecturer reads the notes of their language. */
class TeachingNotesPagesTest {
    private static final String ENGLISH = "#### Warm-up\n\nAsk who owns the park; the report counts "
            + "{{obs:riverside-park/area/2015}} of land {{src:report-a}}.\n";
    private static final String CHINESE = "#### 热身\n\n先问学生：园区归谁所有？报告记录园区面积 "
            + "{{obs:riverside-park/area/2015}}（{{src:report-a}}）。\n";

    @TempDir
    Path tmp;

    /** The fixture cases, the riverside case with the notes given (by the language they are written in). */
    private static Casebook withNotes(Map<Language, String> texts) {
        Casebook book = Fixtures.casebook();
        CaseStudy riverside = book.caseStudy("riverside").orElseThrow();
        Map<Language, TeachingNotes> notes = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> notes.put(language, new TeachingNotes(language, text,
                Citations.resolve(Citations.find(text), riverside),
                new Origin("cases/riverside/" + (language == Language.EN ? "teaching-notes.md" : "teaching-notes.zh.md"), 1, 1))));
        return new Casebook(List.of(book.caseStudy("overview").orElseThrow(), riverside.withTeachingNotes(notes)));
    }

    private BuildResult build(Casebook book, Path out) {
        return new SiteBuilder().build(new BuildRequest(Fixtures.course(book).withLanguages(List.of(Language.EN, Language.ZH)),
                book, out, Profile.INSTRUCTOR, false));
    }

    private static Element notes(Path site, String language) throws IOException {
        Document page = Jsoup.parse(Files.readString(site.resolve(language).resolve(SitePaths.INSTRUCTOR), StandardCharsets.UTF_8));
        return page.getElementById("notes-riverside");
    }

    @Test
    void theChineseInstructorPageShowsTheChineseNotesAndTheEnglishOneTheEnglish() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = build(withNotes(Map.of(Language.EN, ENGLISH, Language.ZH, CHINESE)), out);

        Element zh = notes(out, "zh");
        assertThat(zh.select("h4").eachText()).containsExactly("热身");
        assertThat(zh.text()).contains("先问学生：园区归谁所有？").doesNotContain("Ask who owns the park");
        // the figure the notes cite is the data's, written the Chinese way, and links to its reference
        assertThat(zh.select("a.cite").eachText()).contains("7.34 平方公里 （2015年）");
        assertThat(zh.select("a.cite").eachAttr("href")).contains("../references.html#ref-report-a");
        assertThat(zh.select(".untranslated")).isEmpty();

        Element en = notes(out, "en");
        assertThat(en.text()).contains("Ask who owns the park").doesNotContain("热身");
        // the headings of each case's notes have anchors of their own: six cases' "Warm-up" on one page are not one id
        assertThat(en.select("h4").eachAttr("id")).containsExactly("tn-riverside-warm-up");
        assertThat(en.select("a.cite").eachText()).contains("7.34 km² (2015)");
        assertThat(en.select(".untranslated")).isEmpty();
        assertThat(result.warnings()).noneMatch(d -> d.code() == DiagnosticCode.PB702 && d.message().contains("teaching notes"));
    }

    @Test
    void englishNotesWithoutATranslationAreShownOnTheChinesePageUnderANoticeAndWarnedOf() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = build(withNotes(Map.of(Language.EN, ENGLISH)), out);

        Element zh = notes(out, "zh");
        assertThat(zh.select("p.notice.untranslated").text()).isEqualTo("本案例的教学笔记尚未译成中文，以下为英文原文。");
        Element english = zh.selectFirst(".case-notes");
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.text()).contains("Ask who owns the park");
        assertThat(english.select("a.cite").eachText()).as("English notes keep English figures").contains("7.34 km² (2015)");
        assertThat(notes(out, "en").select(".untranslated")).isEmpty();
        assertThat(result.warnings()).filteredOn(d -> d.code() == DiagnosticCode.PB702).extracting(Diagnostic::headline)
                .contains("cases/riverside/teaching-notes.md:1:1: warning: [PB702] case riverside has teaching notes but no"
                        + " Chinese translation of them (teaching-notes.zh.md)");
    }

    @Test
    void aCaseWithoutNotesSaysSoInEachLanguage() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.casebook(), out);
        assertThat(notes(out, "en").select(".empty").text()).contains("teaching-notes.md");
        assertThat(notes(out, "zh").select(".empty").text()).contains("teaching-notes.md");
        assertThat(notes(out, "zh").select(".untranslated")).isEmpty();
    }
}
