package org.parkbench.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.DataTables;
import org.parkbench.site.pages.PageText;
import org.parkbench.site.pages.Profile;

/**
 * The site's bundle (messages_en/zh.properties): the same keys in both languages, every key used by
 * a template, a script or the Java of the pages and every key they use present; and a site built
 * for a Chinese course reads in Chinese (its lang, navigation, footer, the scripts' words) with no
 * English sentence of the bundle left on its pages, while the English site keeps its English.
 */
class SiteMessagesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/parkbench/site/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/parkbench/site/assets");
    private static final Path JAVA = Path.of("src/main/java/org/parkbench/site");
    /** $t.text('key'), $t.format('key', …), $t.link('key'…) and $t.count('key', …) in a template. */
    private static final Pattern TEMPLATE_CALL = Pattern.compile("\\$t\\.(text|format|link|count)\\('([^']+)'");
    /** t.text("key"), words.format("key", …), site.text.count("key", …)… in Java: a PageText is named t, text or words. */
    private static final Pattern JAVA_CALL = Pattern.compile("\\b(?:t|text|words)\\.(text|format|link|count)\\(\"([a-z][\\w.-]*[\\w-])\"");
    /** Any string literal of Java, and one that starts a key made at run time ("data.table." + name). */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][\\w.-]*)\"");
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][\\w-]*(?:\\.[\\w-]+)*\\.)\"\\s*\\+");
    /** 'js.key' in a script. */
    private static final Pattern SCRIPT_KEY = Pattern.compile("'(js\\.[\\w.-]+)'");
    /** A script's count('js.key', …): the messages used are js.key.one and js.key.other. */
    private static final Pattern SCRIPT_COUNT = Pattern.compile("\\.count\\('(js\\.[\\w.-]+)'");

    static final Messages EN = PageText.of(Language.EN).messages();
    static final Messages ZH = PageText.of(Language.ZH).messages();

    @TempDir
    static Path tmp;
    static Path english;
    static Path chinese;

    @BeforeAll
    static void build() throws IOException {
        Casebook book = Fixtures.withExercises(tmp.resolve("riverside"), false);
        english = tmp.resolve("en");
        chinese = tmp.resolve("zh");
        Course course = Fixtures.course(book);
        Course zh = new Course(course.id(), course.title(), course.subtitle(), course.institution(), course.term(),
                course.lecturer(), "zh", course.stampBuildDate(), course.sessions(), course.caseDirectories(), course.origin());
        new SiteBuilder().build(new BuildRequest(course, book, english, Profile.INSTRUCTOR, false));
        new SiteBuilder().build(new BuildRequest(zh, book, chinese, Profile.INSTRUCTOR, false));
    }

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(ZH.keys()).isEqualTo(EN.keys());
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        Set<String> needed = new TreeSet<>();
        Set<String> mentioned = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path template : files(TEMPLATES, ".vm")) {
            calls(TEMPLATE_CALL, read(template), needed);
        }
        for (Path script : files(SCRIPTS, ".js")) {
            String text = read(script);
            Matcher m = SCRIPT_KEY.matcher(text);
            while (m.find()) {
                needed.add(m.group(1));
            }
            Matcher c = SCRIPT_COUNT.matcher(text);
            while (c.find()) {
                needed.remove(c.group(1));
                needed.add(c.group(1) + ".one");
                needed.add(c.group(1) + ".other");
            }
        }
        for (Path source : files(JAVA, ".java")) {
            String text = read(source);
            calls(JAVA_CALL, text, needed);
            Matcher literal = JAVA_LITERAL.matcher(text);
            while (literal.find()) {
                mentioned.add(literal.group(1));
            }
            Matcher prefix = JAVA_PREFIX.matcher(text);
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(EN.keys());
        assertThat(missing).as("keys used but in no bundle").isEmpty();

        List<String> unused = EN.keys().stream().filter(k -> !needed.contains(k) && !mentioned.contains(k)
                && prefixes.stream().noneMatch(k::startsWith)).toList();
        assertThat(unused).as("keys nothing uses").isEmpty();
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
    void theDataDictionaryInEnglishIsWhatDatapackageJsonSays() {
        for (DataTables.Table table : DataTables.tables()) {
            assertThat(EN.text("data.table." + table.name() + ".title")).isEqualTo(table.title());
            assertThat(EN.text("data.table." + table.name() + ".description")).isEqualTo(table.description());
            for (DataTables.Field field : table.fields()) {
                assertThat(EN.text("data.field." + table.name() + "." + field.name())).as(table.name() + "." + field.name())
                        .isEqualTo(field.description());
            }
        }
    }

    @Test
    void theModelsInEnglishAreCoresWordsAndEveryLanguageHasAsManyStrengthsAndRisks() {
        for (DevelopmentModel model : DevelopmentModel.values()) {
            PageText en = PageText.of(Language.EN);
            assertThat(en.definition(model)).isEqualTo(model.definition());
            assertThat(en.strengths(model)).isEqualTo(model.strengths());
            assertThat(en.risks(model)).isEqualTo(model.risks());
            String word = model.word();
            assertThat(EN.keys().stream().filter(k -> k.startsWith("model-text." + word + ".strength.")))
                    .hasSize(model.strengths().size());
            assertThat(EN.keys().stream().filter(k -> k.startsWith("model-text." + word + ".risk."))).hasSize(model.risks().size());
        }
    }

    @Test
    void aChineseCourseGetsAChineseSite() throws IOException {
        List<Path> pages = new LinkChecker(chinese).files(".html");
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            assertThat(read(page)).as(chinese.relativize(page).toString()).contains("<html lang=\"zh-Hans\">");
        }
        String home = read(chinese.resolve("index.html"));
        for (String nav : List.of("nav.home", "nav.cases", "nav.parks", "nav.exercises", "nav.glossary", "nav.references",
                "nav.instructor")) {
            assertThat(ZH.text(nav)).as(nav).matches(".*\\p{IsHan}.*");
            assertThat(home).contains(">" + ZH.text(nav) + "</a>");
        }
        assertThat(home).contains(TrustedHtml.escape(ZH.text("footer.sources")), TrustedHtml.escape(ZH.text("footer.instructor")));
        assertThat(home).doesNotContain(TrustedHtml.escape(EN.text("footer.sources")));
    }

    @Test
    void theScriptsOfAChineseSiteShowChinese() throws IOException {
        // the exercises index carries the id form's and answer files' words, an exercise page its answer form's,
        // the instructor home those of its copy buttons
        Map<String, String> shown = scriptMessages(read(chinese.resolve("exercises.html")));
        shown.putAll(scriptMessages(read(chinese.resolve(org.parkbench.site.output.SitePaths.exercise("riverside-essay")))));
        assertThat(scriptMessages(read(chinese.resolve("exercises.html"))).keySet()).noneMatch(k -> k.startsWith("js.form."));
        assertThat(scriptMessages(read(chinese.resolve(org.parkbench.site.output.SitePaths.exercise("riverside-essay")))).keySet())
                .noneMatch(k -> k.startsWith("js.answers."));
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> instructor = new TreeMap<>();
        ZH.asMap().forEach((k, v) -> {
            if (k.startsWith("js.instructor.")) {
                instructor.put(k, v);
            } else if (k.startsWith(PageText.SCRIPT_PREFIX)) {
                expected.put(k, v);
            }
        });
        assertThat(shown).isEqualTo(expected);
        assertThat(instructor).isNotEmpty();
        Map<String, String> home = scriptMessages(read(chinese.resolve(org.parkbench.site.output.SitePaths.INSTRUCTOR)));
        assertThat(home).containsAllEntriesOf(instructor);
        assertThat(home.get("js.instructor.copy")).matches(".*\\p{IsHan}.*");
        assertThat(shown.get("js.exercise.status.solved")).isNotEqualTo(EN.text("js.exercise.status.solved"))
                .matches(".*\\p{IsHan}.*");
        assertThat(scriptMessages(read(english.resolve("exercises.html"))).get("js.exercise.status.solved"))
                .isEqualTo(EN.text("js.exercise.status.solved"));
        // the park catalogue loads no exercise script and carries only site.js's words
        assertThat(scriptMessages(read(chinese.resolve("parks.html"))).keySet()).allMatch(k -> k.startsWith("js.site."));
    }

    @Test
    void noEnglishSentenceOfTheBundleIsLeftOnAChinesePage() throws IOException {
        List<String> sentences = sentences(EN, ZH);
        assertThat(sentences).hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Path page : new LinkChecker(chinese).files(".html")) {
            if (page.getFileName().toString().equals("glossary.html")) {
                continue; // the glossary's terms and definitions are Glossary's content, translated with it
            }
            String html = read(page);
            for (String s : sentences) {
                if (html.contains(s)) {
                    found.add(chinese.relativize(page) + ": " + s);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theEnglishSiteShowsNoChineseSentenceOfTheBundle() throws IOException {
        List<String> sentences = sentences(ZH, EN);
        List<String> found = new ArrayList<>();
        for (Path page : new LinkChecker(english).files(".html")) {
            String html = read(page);
            sentences.stream().filter(html::contains).forEach(s -> found.add(english.relativize(page) + ": " + s));
        }
        assertThat(found).isEmpty();
        assertThat(read(english.resolve("index.html"))).contains("<html lang=\"en\">", ">" + EN.text("nav.cases") + "</a>");
    }

    /** The messages of {@code bundle} long enough to be a sentence of its own, as a page prints them, that {@code other} words differently. */
    private static List<String> sentences(Messages bundle, Messages other) {
        List<String> out = new ArrayList<>();
        bundle.asMap().forEach((key, text) -> {
            if (!key.startsWith(PageText.SCRIPT_PREFIX) && !text.contains("{") && !text.contains("[")
                    && text.codePointCount(0, text.length()) >= (bundle == ZH ? 8 : 20) && !text.equals(other.text(key))) {
                out.add(TrustedHtml.escape(text));
            }
        });
        return out;
    }

    /** Every word the page hands its scripts, from all its message blocks. */
    private static Map<String, String> scriptMessages(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" data-parkbench-messages>(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        Map<String, String> all = new TreeMap<>();
        while (m.find()) {
            @SuppressWarnings("unchecked")
            Map<String, String> block = new ObjectMapper().readValue(m.group(1), TreeMap.class);
            all.putAll(block);
        }
        assertThat(all).as("the page hands its scripts their words").isNotEmpty();
        return all;
    }

    private static void calls(Pattern pattern, String text, Set<String> needed) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("count")) {
                needed.add(m.group(2) + ".one");
                needed.add(m.group(2) + ".other");
            } else {
                needed.add(m.group(2));
            }
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
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
