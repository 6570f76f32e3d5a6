package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;

/**
 * The command line's bundle (parkbench/app/messages_en/zh.properties): the same keys in both
 * languages, every key used by the Java of the commands and every key they use present.
 */
class AppMessagesTest {
    private static final Path JAVA = Path.of("src/main/java/org/parkbench/app");
    /** words.text("key"), words.format("key", …). */
    private static final Pattern CALL = Pattern.compile("\\bwords\\.(?:text|format)\\(\"([a-z][\\w.-]*[\\w-])\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][\\w.-]*)\"");
    private static final Messages EN = AppMessages.of(Language.EN);
    private static final Messages ZH = AppMessages.of(Language.ZH);

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(ZH.keys()).isEqualTo(EN.keys());
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        Set<String> needed = new TreeSet<>();
        Set<String> mentioned = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(JAVA)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                collect(CALL, text, needed);
                collect(LITERAL, text, mentioned);
            }
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(EN.keys());
        assertThat(missing).as("keys used but in no bundle").isEmpty();
        List<String> unused = EN.keys().stream().filter(k -> !mentioned.contains(k)).toList();
        assertThat(unused).as("keys nothing uses").isEmpty();
    }

    @Test
    void theChineseMessagesHaveNoEnglishWordAndFullWidthPunctuation() {
        ZH.asMap().forEach((key, text) -> {
            assertThat(text.replaceAll("\\{\\d+}", "")).as(key).doesNotContainPattern("[A-Za-z]");
            assertThat(text).as(key).doesNotContainPattern("\\p{IsHan}[,:;()]|[,:;()]\\p{IsHan}");
        });
    }

    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() {
        for (Messages bundle : List.of(EN, ZH)) {
            bundle.asMap().forEach((key, text) -> {
                if (text.matches("(?s).*\\{\\d+}.*")) {
                    assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                }
            });
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
