package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.site.output.SitePaths;

class GlossaryTest {
    final Glossary glossary = Glossary.load();

    @Test
    void everyTermHasEnglishChineseCharactersAndTonedPinyin() {
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(20);
        for (Glossary.Term t : glossary.terms()) {
            assertThat(t.english()).as(t.anchor()).isNotBlank();
            assertThat(t.chinese()).as(t.english()).matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]");
            assertThat(t.pinyin()).as(t.english())
                    .matches("[\\p{IsLatin}\\s]+")
                    .doesNotContainPattern("[0-9]")
                    .containsPattern("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈŌÓǑÒ]");
            assertThat(t.definition()).as(t.english()).isNotBlank();
        }
    }

    @Test
    void everyTermWithItsOwnDefinitionAlsoHasOneInChinese() {
        for (Glossary.Term t : glossary.terms()) {
            if (t.seeHref().isEmpty()) {
                assertThat(t.chineseDefinition()).as(t.english()).matches(".*\\p{IsHan}.*");
            } else {
                // a model's entry gives no definition of its own, so it has no Chinese one either
                assertThat(t.chineseDefinition()).as(t.english()).isEmpty();
            }
        }
        assertThat(glossary.terms()).filteredOn(t -> t.chinese().equals("水土不服"))
                .extracting(Glossary.Term::chineseDefinition).singleElement().asString().contains("东道国");
    }

    @Test
    void aChineseDefinitionIsReadWhereGivenAndEmptyWhereNot() {
        Glossary read = Glossary.read("""
                - en: Host country
                  zh: 东道国
                  pinyin: dōngdàoguó
                  definition: The country in which an overseas park is located.
                  definition_zh: "境外园区所在的国家。"
                - en: Industrial park
                  zh: 工业园区
                  pinyin: gōngyè yuánqū
                  definition: A planned area.
                """, "glossary.yml");

        assertThat(read.terms()).extracting(Glossary.Term::english, Glossary.Term::definition, Glossary.Term::chineseDefinition)
                .containsExactly(tuple("Host country", "The country in which an overseas park is located.", "境外园区所在的国家。"),
                        tuple("Industrial park", "A planned area.", ""));
        assertThatThrownBy(() -> Glossary.read("- {en: A, zh: 词, pinyin: cí, definition: D, definition_fr: F}\n", "glossary.yml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown glossary term field 'definition_fr'");
    }

    @Test
    void theModelsTakeTheirNamesFromTheCoreModel() {
        for (DevelopmentModel m : DevelopmentModel.values()) {
            assertThat(glossary.terms()).anyMatch(t -> t.chinese().equals(m.chineseName()) && t.english().startsWith(m.label())
                    && t.seeHref().equals(SitePaths.model(m)));
        }
    }

    @Test
    void theCoreTermsOfTheCourseAreThere() {
        assertThat(glossary.terms()).extracting(Glossary.Term::chinese)
                .contains("境外经贸合作区", "开发区", "一带一路", "走出去");
        assertThat(glossary.terms()).filteredOn(t -> t.chinese().equals("境外经贸合作区"))
                .extracting(Glossary.Term::pinyin).containsExactly("jìngwài jīngmào hézuòqū");
        assertThat(Arrays.stream(glossary.terms().toArray()).distinct().count()).isEqualTo(glossary.terms().size());
    }

    @Test
    void theGlossaryIsReadWithinTheLimitsOfEveryYamlText() {
        StringBuilder bomb = new StringBuilder("- en: &t \"A term\"\n  zh: 词\n  pinyin: cí\n  definition: \"A definition.\"\n");
        for (int i = 0; i < 20; i++) {
            bomb.append("- {en: *t, zh: *t, pinyin: *t, definition: *t}\n");
        }

        assertThatThrownBy(() -> Glossary.read(bomb.toString(), "glossary.yml")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("glossary.yml:7:28: error: [PB108] more than 10 aliases (*t is alias 11)");
        assertThatThrownBy(() -> Glossary.read("- en: \"A \\x07 term\"\n", "glossary.yml")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("glossary.yml:1:7: error: [PB211] the value holds control character U+0007");
    }
}
