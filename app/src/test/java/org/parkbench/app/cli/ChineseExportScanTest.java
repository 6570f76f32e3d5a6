package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkbench.app.pipeline.ChineseSiteScanTest;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.ExerciseWords;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.TrustedHtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The acceptance check for the Chinese LMS exports: {@code export --lang zh} of the whole
 * shipped course, as GIFT, QTI 2.1 and Moodle XML, prints none of the English UI words that the
 * English export of the same format prints. The words are kept in no list here: they are the Latin
 * words of the English messages of the bundles an export writes from (the exercises' own, and
 * core's, which words a cited figure), those that the English export actually prints. Each export
 * is read as its LMS reads it (GIFT with gift-pegjs and its comment lines, the QTI package's items
 * and tests, Moodle XML's texts) and each text is scanned as {@link ChineseSiteScanTest} scans a
 * Chinese page: what is marked English ({@code lang="en"}, QTI's {@code xml:lang="en"}: a source's
 * name the data has in English only) is skipped, and so are the data's proper names and codes, and
 * the identifiers an export writes for the lecturer (an exercise's id and its parameters in GIFT's
 * comment lines and question names, the {@code parkbench/<case>} categories, Moodle's
 * {@code $course$/top} path).
 */
class ChineseExportScanTest {
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{3,}");

    @TempDir
    static Path dir;
    static List<Pattern> names;

    @BeforeAll
    static void names() {
        List<String> ids = new ArrayList<>(List.of("parkbench", "$course$/top"));
        StringWriter err = new StringWriter();
        CourseExercises course = CourseExercises.loadOrReport(null, Language.ZH, new PrintWriter(err));
        assertThat(course).as(err.toString()).isNotNull();
        for (Exercise e : course.exercises().exercises()) {
            ids.add(e.id());
            for (ExerciseVariant v : course.exercises().variants(e.id())) {
                v.params().forEach((name, value) -> {
                    ids.add(name);
                    // a value that is an id of the data (a statistic's, a date); one that is text is scanned
                    if (value.matches("[a-z0-9][a-z0-9_.-]*")) {
                        ids.add(value);
                    }
                });
            }
        }
        names = new ArrayList<>();
        ids.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(id -> names.add(Pattern.compile("(?<!\\p{IsLatin})" + Pattern.quote(id) + "(?!\\p{IsLatin})")));
        names.addAll(ChineseSiteScanTest.names(CasebookLoader.load(CasebookLoader.shipped()).casebook().value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gift", "qti", "moodle", "canvas"})
    void theChineseExportPrintsNoneOfTheUiWordsOfTheEnglishExport(String format) throws Exception {
        Set<String> ui = uiWords();
        Set<String> printed = new TreeSet<>();
        for (String text : texts(format, Language.EN)) {
            for (String word : ChineseSiteScanTest.words(text, names)) {
                if (ui.contains(word.toLowerCase(Locale.ROOT))) {
                    printed.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        // the English export prints words of the bundles, so the scan below has something to find
        assertThat(printed).as("the English %s export's UI words", format).isNotEmpty();

        Map<String, Set<String>> found = new TreeMap<>();
        for (String text : texts(format, Language.ZH)) {
            for (String word : ChineseSiteScanTest.words(text, names)) {
                if (printed.contains(word.toLowerCase(Locale.ROOT))) {
                    found.computeIfAbsent(word, w -> new TreeSet<>()).add(text.length() > 160 ? text.substring(0, 160) + "…" : text);
                }
            }
        }
        assertThat(found).as("English UI words in the Chinese %s export (of %s), with the texts they are in", format, printed)
                .isEmpty();
    }

    /**
     * The Latin words, lower case, of the English messages an export writes from. Codes a Chinese
     * text writes as they are (USD, km) are left to the scan, which passes them as it passes them on
     * a page.
     */
    private static Set<String> uiWords() {
        Set<String> words = new TreeSet<>();
        List<Messages> english = List.of(ExerciseWords.of(Language.EN).messages(), QuantityFormat.forLanguage(Language.EN).words());
        english.forEach(m -> words.addAll(latinWords(m.asMap().values())));
        return words;
    }

    private static Set<String> latinWords(Collection<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text.replaceAll("\\{\\d+}", " "));
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** What the export of {@code format} in {@code language} shows in an LMS, each text as HTML. */
    private static List<String> texts(String format, Language language) throws Exception {
        Path out = dir.resolve(language.code() + "-" + format);
        CommandRun run = CommandRun.of("export", "--format", format, "--lang", language.code(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return switch (format) {
            case "gift" -> gift(out, language);
            case "qti" -> qti(out);
            case "canvas" -> canvas(out);
            default -> moodle(out);
        };
    }

    /** The questions as gift-pegjs reads them (titles, texts, answers, feedback), and the comment lines above them. */
    private static List<String> gift(Path file, Language language) throws Exception {
        List<String> texts = new ArrayList<>();
        Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("//"))
                .forEach(l -> texts.add(plain(l.substring(2))));
        Path work = Files.createDirectories(dir.resolve("gift-pegjs-" + language.code()));
        collect(HostileExportTest.GiftParser.parse(file, work), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual() && List.of("text", "title", "subanswer").contains(f.getKey())) {
                texts.add(f.getValue().asText());
            } else {
                collect(f.getValue(), texts);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, texts));
        }
    }

    /** Every text node of every item and test, and their titles, less what is marked {@code xml:lang="en"}. */
    private static List<String> qti(Path zip) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : HostileExportTest.unzip(zip).entrySet()) {
            if (f.getKey().equals("imsmanifest.xml")) {
                continue;
            }
            Document doc = OneAnswerRuleTest.parse(f.getValue());
            qtiTexts(doc.getDocumentElement(), texts);
        }
        return texts;
    }

    private static void qtiTexts(Element e, List<String> texts) {
        if (e.getAttributeNS(XMLConstants.XML_NS_URI, "lang").toLowerCase(Locale.ROOT).startsWith("en")) {
            return;
        }
        if (e.hasAttribute("title")) {
            texts.add(plain(e.getAttribute("title")));
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                qtiTexts(child, texts);
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getTextContent().isBlank()) {
                texts.add(plain(c.getTextContent()));
            }
        }
    }

    /**
     * What Canvas shows of its package: every {@code mattext} (as HTML when it says {@code text/html}),
     * the quizzes', groups' and items' titles, and the quiz settings' title and description; not the
     * metadata's field values, which are Canvas's own words ({@code multiple_choice_question}).
     */
    private static List<String> canvas(Path zip) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : HostileExportTest.unzip(zip).entrySet()) {
            if (f.getKey().equals("imsmanifest.xml")) {
                continue;
            }
            NodeList all = OneAnswerRuleTest.parse(f.getValue()).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("title")) {
                    texts.add(plain(e.getAttribute("title")));
                }
                switch (e.getLocalName()) {
                    case "mattext" -> texts.add(e.getAttribute("texttype").equals("text/html") ? e.getTextContent() : plain(e.getTextContent()));
                    case "title", "description" -> texts.add(plain(e.getTextContent()));
                    default -> { }
                }
            }
        }
        return texts;
    }

    /** Every {@code <text>} of the file: a question's name, text, answers, feedback, hints, grader information, categories. */
    private static List<String> moodle(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        NodeList all = OneAnswerRuleTest.parse(Files.readAllBytes(file)).getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }

    private static String plain(String text) {
        return "<p>" + TrustedHtml.escape(text) + "</p>";
    }
}
