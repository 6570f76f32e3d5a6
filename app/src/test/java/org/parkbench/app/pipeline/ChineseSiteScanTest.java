package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;
import org.parkbench.core.model.Variant;
import org.parkbench.core.model.Verification;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.DataTables;
import org.parkbench.site.pages.Profile;

/**
 * The issue's acceptance check for the Chinese site: no English UI word is left on it. Every text
 * node of every {@code zh/**}{@code /*.html} page of the shipped course, built in both languages for
 * students and for instructors, is read; a Latin word of three letters or more fails the scan
 * unless it is
 * <ul>
 *   <li>inside an element that says it is English ({@code lang="en"}, {@code lang="en-…"}): the
 *       English data a Chinese page shows (a source's title, a note, an actor with no Chinese name);</li>
 *   <li>inside {@code <script>}, {@code <style>} or {@code <code>}, or romanised Chinese
 *       ({@code lang="zh-Latn-pinyin"}, the glossary's pinyin);</li>
 *   <li>part of a proper name of the data, read from the casebook as the test runs (a park's or a
 *       zone's English name, an actor, a place, a source's authors, title and publisher, and the parts
 *       of each; the capitalised names an English narrative writes inside a sentence, which its
 *       translation keeps);</li>
 *   <li>a unit, a code or an abbreviation ({@link #CODES}), a tool's name ({@link #TOOLS}), a file's name
 *       ({@code parks.csv}).</li>
 * </ul>
 * Attributes are not text nodes and are not read. Every offending page and word is reported at once.
 * The LMS exports' scan ({@code ChineseExportScanTest}) reads their texts with the same rules.
 */
public class ChineseSiteScanTest {
    /** Units, codes and abbreviations that a Chinese text writes as they are. */
    static final Set<String> CODES = Set.of("km", "USD", "CNY", "RMB", "EUR", "GDP", "FDI", "SEZ", "MOFCOM", "CSV", "SVG",
            "PNG", "JSON", "ISO", "HTML", "URL", "PDF", "UTF", "DOI", "YYYY", "YYYY-MM", "YYYY-MM-DD");
    /** The names of the formats and tools a page names, which have no Chinese form. */
    static final List<String> TOOLS = List.of("Parkbench", "JavaScript", "Frictionless Data Package", "Moodle", "Canvas", "GIFT",
            "IMS", "QTI", "XML", "SCORM", "Blackboard", "zip");
    /** A run of capitalised words after a lower-case word or a comma, perhaps in quotes, not at a sentence's start: a name. */
    private static final Pattern NAME_IN_SENTENCE = Pattern.compile("(?<=[\\p{Ll},;] [\"“]?)(\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)*)");
    /** A web address written out, with or without its scheme ("thepeoplesmap.net/project/…"), as StudentPagesShowNoIdsTest reads it. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|[\\w-]+(?:\\.[\\w-]+)+/)\\S*");
    /** A file the site offers, named as it is: {@code parks.csv}, {@code datapackage.json}. */
    private static final Pattern FILE_NAME = Pattern.compile("[\\w-]+\\.(?:csv|json|svg|png|html)\\b");
    /** A Latin word (letters of the Latin script, with the apostrophes and hyphens inside a name). */
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:['’-]\\p{IsLatin}+)*");


    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Path student;
    static Path instructor;
    /** The proper names of the data, longest first, each as a pattern that matches it as whole words. */
    static List<Pattern> names;

    @BeforeAll
    static void build() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        var course = CourseLoader.defaultCourse(casebook).withLanguages(List.of(Language.EN, Language.ZH));
        new SiteBuilder().build(new BuildRequest(course, casebook, student, Profile.STUDENT, false));
        new SiteBuilder().build(new BuildRequest(course, casebook, instructor, Profile.INSTRUCTOR, false));
        names = names(casebook);
    }

    /** The proper names a Chinese page may show as the data writes them. */
    public static List<Pattern> names(Casebook book) {
        Set<String> all = new TreeSet<>();
        for (CaseStudy c : book.whole().cases()) {
            c.parks().forEach(p -> {
                all.add(p.nameEn());
                all.add(p.location().place());
                all.add(p.homeProvince());
            });
            c.zones().forEach(z -> {
                all.add(z.nameEn());
                all.add(z.developer());
                all.add(z.homeProvince());
            });
            c.stakes().forEach(s -> all.add(s.actor().name()));
            c.sources().values().forEach(s -> {
                all.add(s.title());
                all.add(s.authors());
                all.add(s.publisher());
                s.translatedTitle().ifPresent(all::add);
            });
        }
        // a name's parts are names too: "Dukem" of "Huajian shoe factory, Eastern Industrial Zone (Dukem)", "Oromia" of a place
        for (String name : List.copyOf(all)) {
            for (String part : name.split("[,;()/]| et al\\.| and ")) {
                all.add(part.strip());
            }
        }
        // the names an English narrative writes in capitals inside a sentence, that its translation carries over as they are
        for (CaseStudy c : book.whole().cases()) {
            Matcher m = NAME_IN_SENTENCE.matcher(c.in(Language.EN).narrative());
            while (m.find()) {
                all.add(m.group(1));
            }
        }
        all.addAll(TOOLS);
        all.addAll(ids(book));
        all.removeIf(n -> n.codePointCount(0, n.length()) < 3);
        return all.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(n -> Pattern.compile("(?<!\\p{IsLatin})" + Pattern.quote(n) + "(?!\\p{IsLatin})")).toList();
    }

    /**
     * What the data names things by, which a page may show as codes: park, zone, actor and source
     * ids, and the words of its vocabularies ({@code financier}, {@code at-least}, {@code private-led}),
     * as the CSV files write them and the data dictionary lists them.
     */
    static Set<String> ids(Casebook book) {
        Set<String> ids = new TreeSet<>();
        for (CaseStudy c : book.whole().cases()) {
            c.parks().forEach(p -> ids.add(p.id()));
            c.zones().forEach(z -> ids.add(z.id()));
            c.stakes().forEach(st -> ids.add(st.actor().id()));
            ids.addAll(c.sources().keySet());
        }
        // the column names of the data files, which the data dictionary explains by name ("qualifier 为 range 时")
        DataTables.tables().forEach(t -> t.fields().forEach(f -> ids.add(f.name())));
        for (Class<?> vocabulary : List.of(ActorKind.class, CaseStatus.class, Confidence.class, Corridor.class, DevelopmentModel.class,
                Indicator.class, LocationPrecision.class, ObservationKind.class, ObservationScope.class, ParkStatus.class,
                Qualifier.class, Role.class, Sector.class, StatisticScope.class, Unit.class, Variant.class, Verification.class)) {
            ids.addAll(words(vocabulary));
        }
        return ids;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> words(Class<?> vocabulary) {
        return Vocabulary.words((Class) vocabulary);
    }

    @Test
    void theScanFindsAnEnglishUiWordAndPassesWhatIsMarkedOrNamed() {
        String page = "<html lang=\"zh-Hans\"><body><nav><a href=\"cases.html\">案例</a> <a>Exercises</a></nav>"
                + "<p>苏州工业园区（" + "Suzhou Industrial Park" + "）面积 80 km²，GDP 以 USD 计</p>"
                + "<p lang=\"en\">Annual report, with a note</p><dfn lang=\"zh-Latn-pinyin\">gōngyè yuánqū</dfn>"
                + "<script>var english = 'hello';</script><code>parks.csv</code><p title=\"Tooltip words\">页</p>"
                + "<p>see all figures</p></body></html>";
        List<Pattern> book = names(casebook);
        assertThat(words(page, book)).containsExactly("Exercises", "see", "all", "figures");
        // a name is allowed as a whole word: a longer word that starts like it is not
        assertThat(words("<p>Suzhou Industrial Parkland</p>", book)).contains("Parkland");
    }

    @Test
    void theNamesAllowedAreTheDatasOwn() {
        Actor actor = casebook.whole().cases().stream().flatMap(c -> c.stakes().stream()).map(st -> st.actor())
                .filter(a -> a.name().contains(" ")).findFirst().orElseThrow();
        assertThat(words("<p>苏州工业园区（Suzhou Industrial Park）由" + actor.name() + "开发</p>", names)).isEmpty();
        assertThat(words("<td>financier（出资方）、at-least</td><p>见 www.example.org/some-page 与 https://example.org/Page</p>", names))
                .isEmpty();
        assertThat(names).hasSizeGreaterThan(50);
    }

    @Test
    void noChinesePageOfTheStudentSiteShowsAnEnglishUiWord() throws IOException {
        assertNoEnglish(student);
    }

    @Test
    void noChinesePageOfTheInstructorSiteShowsAnEnglishUiWord() throws IOException {
        assertNoEnglish(instructor);
    }

    /**
     * CommonMark closes emphasis only where the delimiter is right-flanking, which {@code **要点。**正文} is
     * not: a narrative in Chinese written like that shows its asterisks. No page, in either language, does.
     */
    @Test
    void noPageShowsMarkdownsAsterisks() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path site : List.of(student, instructor)) {
            for (Path page : new LinkChecker(site).files(".html")) {
                List<String> texts = new ArrayList<>();
                texts(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).body(), texts);
                texts.stream().filter(t -> t.contains("*")).forEach(t -> found.add(site.relativize(page) + ": " + t.strip()));
            }
        }
        assertThat(found).as("text with Markdown asterisks").isEmpty();
    }

    private static void texts(Element element, List<String> out) {
        if (List.of("script", "style", "code", "pre").contains(element.normalName())) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(text.text());
            } else if (child instanceof Element e) {
                texts(e, out);
            }
        }
    }

    private static void assertNoEnglish(Path site) throws IOException {
        Path zh = site.resolve(Language.ZH.code());
        List<Path> pages = new LinkChecker(zh).files(".html");
        assertThat(pages).hasSizeGreaterThan(50);
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Set<String> words = new TreeSet<>(words(html, names));
            if (!words.isEmpty()) {
                found.add(zh.relativize(page) + ": " + String.join(" ", words));
            }
        }
        assertThat(found).as("English words on Chinese pages (%d pages):%n%s", found.size(), String.join("\n", found)).isEmpty();
    }

    /** The Latin words of a page's text nodes that are neither marked English, nor a name of the data, nor a code, in order. */
    public static List<String> words(String html, List<Pattern> names) {
        List<String> out = new ArrayList<>();
        walk(Jsoup.parse(html).body(), names, out);
        return out;
    }

    private static void walk(Element element, List<Pattern> names, List<String> out) {
        String tag = element.normalName();
        String lang = element.attr("lang").toLowerCase(Locale.ROOT);
        if (tag.equals("script") || tag.equals("style") || tag.equals("code") || lang.equals("en") || lang.startsWith("en-")
                || lang.startsWith("zh-latn")) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                latinWords(text.text(), names, out);
            } else if (child instanceof Element e) {
                walk(e, names, out);
            }
        }
    }

    private static void latinWords(String text, List<Pattern> names, List<String> out) {
        String rest = FILE_NAME.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        for (Pattern name : names) {
            rest = name.matcher(rest).replaceAll(" ");
        }
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            String word = m.group();
            if (word.codePointCount(0, word.length()) >= 3 && !CODES.contains(word)) {
                out.add(word);
            }
        }
    }
}
