package org.parkbench.exercises.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The exercises' bundle (parkbench/exercises/messages_en/zh.properties): the same keys in both
 * languages, every key named by the module's Java and every key the Java names present, and the
 * Chinese written with full-width punctuation and no English word.
 */
class ExerciseMessagesTest {
    private static final Path JAVA = Path.of("src/main/java/org/parkbench/exercises");
    /** A message key as the Java writes it: a string literal of dotted lower-case words. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*(?:\\.[a-z-]+)+)\"");
    /** words.text("key"), words.format("key", …), words.list("key", "key", …). */
    private static final Pattern CALL = Pattern.compile("words\\.(?:text|format|list)\\(\\s*(?:[^\"()]*\\?\\s*)?\"([^\"]+)\"(?:\\s*[,:]\\s*\"([^\"]+)\")?");

    static final Messages EN = ExerciseWords.of(Language.EN).messages();
    static final Messages ZH = ExerciseWords.of(Language.ZH).messages();

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(EN.keys()).isNotEmpty();
        assertThat(ZH.keys()).isEqualTo(EN.keys());
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> called = new TreeSet<>();
        for (Path source : javaFiles()) {
            String text = read(source);
            Matcher literal = LITERAL.matcher(text);
            while (literal.find()) {
                literals.add(literal.group(1));
            }
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                called.add(call.group(1));
                if (call.group(2) != null) {
                    called.add(call.group(2));
                }
            }
        }
        assertThat(called).as("the Java names messages").contains("qualification.question", "qualification.solution");
        assertThat(called.stream().filter(k -> !EN.has(k)).toList()).as("keys used but in no bundle").isEmpty();
        assertThat(EN.keys().stream().filter(k -> !literals.contains(k)).toList()).as("keys nothing uses").isEmpty();
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

    @Test
    void theChineseIsChineseWithFullWidthPunctuation() {
        ZH.asMap().forEach((key, text) -> {
            String words = text.replaceAll("\\{\\d+}", "");
            assertThat(words).as(key).doesNotContainPattern("\\p{IsLatin}{2,}").doesNotContain(",", "(", ")", ":", ";");
            assertThat(words).as(key).doesNotContain(". ");
        });
        assertThat(ZH.text("qualification.what.lower")).isEqualTo("下限");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(JAVA)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
