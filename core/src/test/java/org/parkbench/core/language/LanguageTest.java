package org.parkbench.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void readsTheTagsALecturerWrites() {
        assertThat(Language.parse("en")).contains(Language.EN);
        assertThat(Language.parse("en-GB")).contains(Language.EN);
        assertThat(Language.parse(" zh ")).contains(Language.ZH);
        assertThat(Language.parse("zh-Hans")).contains(Language.ZH);
        assertThat(Language.parse("zh_CN")).contains(Language.ZH);
        assertThat(Language.parse("ZH-cn")).contains(Language.ZH);
    }

    @Test
    void traditionalChineseAndUnknownTagsAreNotGuessed() {
        assertThat(Language.parse("zh-Hant")).isEmpty();
        assertThat(Language.parse("zh-TW")).isEmpty();
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }

    @Test
    void chineseIsTaggedAsSimplifiedForHtml() {
        assertThat(Language.ZH.htmlTag()).isEqualTo("zh-Hans");
        assertThat(Language.ZH.code()).isEqualTo("zh");
        assertThat(Language.EN.htmlTag()).isEqualTo("en");
    }
}
