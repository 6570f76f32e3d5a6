package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts of the data a Chinese page marks as English: what a screen reader must read with an English voice. */
class PageTextScriptTest {
    @Test
    void anEnglishTextIsEnglishEvenWhenItQuotesChinese() {
        assertThat(PageText.englishScript("Eastern Industrial Zone")).isTrue();
        assertThat(PageText.englishScript("Holley Group (华立产业集团)")).isTrue();
        // a source's note that gives the paper's Chinese title after a colon is still an English note
        assertThat(PageText.englishScript("DOI 10.16418/j.issn.1000-3045.2017.04.004. Chinese title: 我国在“一带一路”沿线海外园区建设模式研究. "
                + "Read here in ChinaXiv's English machine translation, whose wording may differ from the Chinese original.")).isTrue();
    }

    @Test
    void aChineseTextIsChineseEvenWhenItNamesAnEnglishCompany() {
        assertThat(PageText.englishScript("华坚集团在 Dukem 的东方工业园建成鞋厂")).isFalse();
        assertThat(PageText.englishScript("苏州工业园区")).isFalse();
        assertThat(PageText.englishScript("2016")).isFalse();
    }
}
