package org.parkbench.core.quantity;

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
 * Core's bundle beyond the vocabulary (whose keys {@code VocabularyLabelsTest} checks word by word):
 * every key core's code reads is in the bundle, and every key is read by core's code, by its name
 * or by the prefix a key is made from at run time ({@code "headline.column." + column}). The unit
 * labels ({@code unit-label.}) are looked up from labels in the course's files and derivations.
 */
class CoreMessagesTest {
    private static final Path JAVA = Path.of("src/main/java/org/parkbench/core");
    /** words.text("key"), f.words().format("key", …); and every key the classifier's rules name ("rule.g1.fired"). */
    private static final Pattern CALL = Pattern.compile("words(?:\\(\\))?\\.(?:text|format|has)\\(\"([a-z][\\w.-]*[\\w-])\"|\"(rule\\.[\\w.-]*[\\w-])\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][\\w.-]*)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]+)*\\.)\"\\s*\\+");
    private static final Messages EN = Messages.load(CoreMessagesTest.class.getClassLoader(), QuantityFormat.BUNDLE, Language.EN);

    @Test
    void everyKeyReadIsInTheBundleAndEveryKeyIsRead() throws IOException {
        Set<String> read = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(JAVA)) {
            for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                collect(CALL, text, read);
                collect(LITERAL, text, literals);
                collect(PREFIX, text, prefixes);
            }
        }
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(EN.keys());
        assertThat(missing).as("keys read but in no bundle").isEmpty();

        List<String> unread = EN.keys().stream().filter(k -> !k.startsWith("vocab.") && !k.startsWith("unit-label."))
                .filter(k -> !literals.contains(k) && prefixes.stream().noneMatch(k::startsWith)).toList();
        assertThat(unread).as("keys nothing reads").isEmpty();
    }

    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() {
        for (Language language : Language.values()) {
            Messages bundle = Messages.load(getClass().getClassLoader(), QuantityFormat.BUNDLE, language);
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
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    into.add(m.group(g));
                }
            }
        }
    }
}
