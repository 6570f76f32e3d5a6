package org.parkbench.site.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.pages.PageText;

class TemplatesTest {
    final Templates templates = new Templates();

    @Test
    void everyInsertedValueIsEscapedUnlessItIsTrustedHtml() {
        String out = templates.render("pages/404.vm", Map.of("t", PageText.of(Language.EN)));
        assertThat(out).contains("Page not found");
        HtmlEscapingHandler handler = new HtmlEscapingHandler();
        assertThat(handler.referenceInsert(null, "$x", "<b title='a'>\"&")).isEqualTo("&lt;b title=&#39;a&#39;&gt;&quot;&amp;");
        TrustedHtml trusted = new TrustedHtml("<em>ok</em>");
        assertThat(handler.referenceInsert(null, "$x", trusted)).isSameAs(trusted);
    }

    @Test
    void anUndefinedReferenceFailsTheBuildInsteadOfPrintingItsName() {
        assertThatThrownBy(() -> templates.render("pages/glossary.vm", Map.of("root", "", "t", PageText.of(Language.EN))))
                .isInstanceOf(TemplateException.class).hasMessageContaining("glossary.vm").hasMessageContaining("$terms");
    }
}
