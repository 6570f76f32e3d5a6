package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.validate.Diagnostic;

/** {@code case.zh.md}: a case's words in Chinese, its facts the English file's (docs/translating.md). */
class CaseTranslationTest {
    private static final String NARRATIVE = """
            # 测试案例

            北园 2015 年有 {{obs:fixture-north/enterprises/2015}} 家企业（{{src:fixture-report}}）。
            报告记录就业 {{obs:fixture-north/jobs-direct/2016/fixture-report}}，新闻报道
            {{obs:fixture-north/jobs-direct/2016/fixture-news}}。
            """;
    private static final String TRANSLATION = """
            ---
            title: "测试案例（虚构数据）"
            subtitle: "供加载器测试使用"
            objectives:
              - id: read-fixture
                text: "确认完整有效的案例加载时没有诊断信息。"
            discussion:
              - "加载器是否接受本案例的每个文件？"
            ---
            """ + NARRATIVE;

    @TempDir
    Path temp;

    @Test
    void aTranslationGivesTheCaseItsChineseWordsAndTheSameFacts() {
        FixtureCase fixture = FixtureCase.copy(temp).write("case.zh.md", TRANSLATION);
        var loaded = CaseLoader.load(new CaseInput(fixture.directory(), "test-fixture"));
        assertThat(loaded.diagnostics()).extracting(Diagnostic::format).isEmpty();
        CaseStudy english = loaded.value();
        CaseStudy chinese = english.in(Language.ZH);

        assertThat(english.meta().title()).isEqualTo("Fixture case (invented test data)");
        assertThat(chinese.language()).isEqualTo(Language.ZH);
        assertThat(chinese.meta().title()).isEqualTo("测试案例（虚构数据）");
        assertThat(chinese.meta().objectives()).singleElement()
                .satisfies(o -> assertThat(o.id()).isEqualTo("read-fixture"))
                .satisfies(o -> assertThat(o.text()).isEqualTo("确认完整有效的案例加载时没有诊断信息。"));
        assertThat(chinese.meta().discussionQuestions()).containsExactly("加载器是否接受本案例的每个文件？");
        assertThat(chinese.narrative()).startsWith("# 测试案例");
        // the citations point into the Chinese narrative and name the same observations
        assertThat(chinese.citations()).allSatisfy(c -> assertThat(chinese.narrative()
                .substring(c.citation().start(), c.citation().end())).isEqualTo(c.citation().text()));
        assertThat(chinese.citations()).extracting(c -> c.observations()).isEqualTo(english.citations().stream()
                .map(c -> c.observations()).toList());
        assertThat(chinese.observations()).isSameAs(english.observations());
        assertThat(chinese.classification("fixture-north")).isEqualTo(english.classification("fixture-north"));
        assertThat(chinese.in(Language.EN)).isSameAs(english);
        assertThat(new Casebook(java.util.List.of(english)).in(Language.ZH).cases().get(0).meta().title())
                .isEqualTo("测试案例（虚构数据）");
    }

    @Test
    void aCaseWithoutTranslationIsReadInEnglishAndSaysSo() {
        var loaded = CaseLoader.load(new CaseInput(FixtureCase.copy(temp).directory(), "test-fixture"));
        CaseStudy asked = loaded.value().in(Language.ZH);
        assertThat(asked.language()).isEqualTo(Language.EN);
        assertThat(asked.isTranslatedInto(Language.ZH)).isFalse();
        assertThat(asked.meta().title()).isEqualTo("Fixture case (invented test data)");
    }

    @Test
    void aTranslationThatChangesTheFactsOrLeavesPartsOutIsRefusedWithEveryProblemAtItsPlace() {
        String wrong = TRANSLATION
                .replace("{{obs:fixture-north/enterprises/2015}}", "{{obs:fixture-north/enterprises/2016}}")
                .replace("  - id: read-fixture", "  - id: read-fixtures")
                .replace("  - \"加载器是否接受本案例的每个文件？\"", "  - \"一？\"\n  - \"二？\"")
                .replace("subtitle:", "status: published\nsubtitle:");
        FixtureCase fixture = FixtureCase.copy(temp).write("case.zh.md", wrong);
        var loaded = CaseLoader.load(new CaseInput(fixture.directory(), "test-fixture"));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).extracting(d -> d.format().lines().findFirst().orElseThrow()).containsExactlyInAnyOrder(
                "test-fixture/case.zh.md:3:1: error: [PB403] unknown translated case field 'status'",
                "test-fixture/case.zh.md:6:9: error: [PB701] objective 'read-fixtures' is not an objective of case.md; did you mean 'read-fixture'?",
                "test-fixture/case.zh.md:6:3: error: [PB701] objectives of case.md not translated: read-fixture",
                "test-fixture/case.zh.md:9:3: error: [PB701] case.md has 1 discussion questions, case.zh.md has 2",
                "test-fixture/case.zh.md:14:12: error: [PB701] citation {{obs:fixture-north/enterprises/2016}} is not in case.md's narrative",
                "test-fixture/case.zh.md:1:1: error: [PB701] the zh narrative leaves out citations of case.md: {{obs:fixture-north/enterprises/2015}}");
    }

    @Test
    void citationsAreComparedAsWrittenInsideTheBraces() {
        assertThat(Citations.find("{{ src:fixture-report }}")).extracting(Citation::text).containsExactly("{{ src:fixture-report }}");
    }
}
