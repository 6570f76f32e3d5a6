package org.parkbench.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String BUNDLE = "parkbench/core/language/test-messages";

    private static Messages load(Language language) {
        return Messages.load(MessagesTest.class.getClassLoader(), BUNDLE, language);
    }

    @Test
    void readsUtf8TextInEachLanguage() {
        assertThat(load(Language.EN).text("greeting")).isEqualTo("Hello");
        assertThat(load(Language.ZH).text("greeting")).isEqualTo("你好");
    }

    @Test
    void fillsArgumentsInTheOrderTheLanguageNeeds() {
        assertThat(load(Language.EN).format("park.count", "5", "Egypt")).isEqualTo("5 parks in Egypt");
        assertThat(load(Language.ZH).format("park.count", "5", "埃及")).isEqualTo("埃及有5个园区");
    }

    @Test
    void aDoubledApostropheInAMessageWithArgumentsPrintsOne() {
        assertThat(load(Language.EN).format("apostrophe", "built")).isEqualTo("the park's built area");
    }

    @Test
    void aMissingKeyIsAnErrorNotTheOtherLanguage() {
        assertThatThrownBy(() -> load(Language.ZH).text("farewell"))
                .isInstanceOf(MissingMessageException.class)
                .hasMessageContaining("farewell").hasMessageContaining("test-messages_zh.properties");
    }

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(load(Language.ZH).keys()).isEqualTo(load(Language.EN).keys());
    }
}
