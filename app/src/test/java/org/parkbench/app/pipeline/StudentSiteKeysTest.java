package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.check.AnswerDigest;
import org.parkbench.exercises.check.SealedText;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.exercises.model.ExerciseType;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/**
 * The built student site over the shipped exercises holds no key in readable form: no numeric key
 * (at its precision, with or without thousands separators) in an exercise's markup or check data, no
 * mark on a right choice, no sentence of a worked solution, model answer or feedback anywhere in its
 * HTML or scripts (unless the course's own pages say it, as a solution may quote the narrative); the
 * check data is hashes and sealed texts only, and those still check the key.
 */
class StudentSiteKeysTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    static final Set<String> READABLE_ATTRIBUTES = Set.of("value", "title", "alt", "aria-label", "placeholder", "label", "content");
    static final Set<String> CHECK_FIELDS = Set.of("format", "version", "course", "exercise", "variant", "type", "points", "salt",
            "iterations", "decimals", "accept", "sealed");

    @TempDir
    static Path tmp;
    static Path site;
    static Course course;
    static ExerciseSet exercises;
    static String everything;
    /** The text of every page that is not about exercises: narratives, objectives, data. */
    static String courseText;

    @BeforeAll
    static void build() throws IOException {
        Casebook casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        course = CourseLoader.defaultCourse(casebook);
        exercises = ExerciseLoader.load(casebook).value();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(course, casebook, site, Profile.STUDENT, false));
        StringBuilder all = new StringBuilder();
        StringBuilder course = new StringBuilder();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".js")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                all.append(text).append('\n');
                String name = site.relativize(f).toString();
                if (name.endsWith(".html") && !name.startsWith("exercises")) {
                    course.append(Jsoup.parse(text).text()).append('\n');
                }
            }
        }
        everything = all.toString();
        courseText = course.toString();
    }

    private static Document page(Exercise e) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(SitePaths.exercise(e.id())), StandardCharsets.UTF_8));
    }

    /** The exercise as a reader (or view-source) sees it: its markup without the check data and the pager. */
    private static Element readable(Document page) {
        Element article = page.selectFirst("article.exercise").clone();
        article.select("script, nav.pager").remove();
        return article;
    }

    /**
     * Every text of an element and every attribute value a reader or a screen reader meets (not
     * ids, classes or the data attributes that number variants), one per line.
     */
    private static String textAndAttributes(Element element) {
        StringBuilder out = new StringBuilder(element.text());
        for (Element e : element.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (READABLE_ATTRIBUTES.contains(a.getKey())) {
                    out.append('\n').append(a.getValue());
                }
            }
        }
        return out.toString();
    }

    private static JsonNode checkData(Document page) throws IOException {
        return JSON.readTree(page.selectFirst("script#exercise-check").data());
    }

    @Test
    void everyExerciseHasItsPageWithEveryVariantsCheckData() throws IOException {
        assertThat(exercises.exercises()).hasSizeGreaterThan(20);
        for (Exercise e : exercises.exercises()) {
            JsonNode data = checkData(page(e));
            assertThat(data.size()).as(e.id()).isEqualTo(e.variantCount());
            for (ExerciseVariant v : exercises.variants(e.id())) {
                JsonNode check = data.get(v.index());
                assertThat(check.path("variant").asInt()).isEqualTo(v.index());
                assertThat(check.path("course").asText()).isEqualTo(course.id());
                for (String accepted : v.key().acceptedAnswers()) {
                    assertThat(check.path("accept").toString()).as(e.id() + " accepts its key")
                            .contains(AnswerDigest.digest(check.path("salt").asText(), e.id(), v.index(), accepted));
                }
            }
        }
    }

    @Test
    void checkDataHoldsOnlyHashesAndSealedTexts() throws IOException {
        for (Exercise e : exercises.exercises()) {
            for (JsonNode check : checkData(page(e))) {
                List<String> fields = new ArrayList<>();
                check.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as(e.id()).allMatch(CHECK_FIELDS::contains);
                assertThat(check.path("salt").asText()).matches(HEX);
                check.path("accept").forEach(a -> assertThat(a.asText()).as(e.id()).matches(HEX));
                check.path("sealed").forEach(s -> assertThat(s.asText()).as(e.id()).matches(BASE64));
                assertThat(check.path("exercise").asText()).isEqualTo(e.id());
                assertThat(check.path("type").asText()).isEqualTo(e.type().word());
            }
        }
    }

    @Test
    void noNumericKeyAppearsInItsExercisesMarkupOrData() throws IOException {
        int checked = 0;
        for (Exercise e : exercises.exercises()) {
            if (e.type() != ExerciseType.NUMERIC) {
                continue;
            }
            Document page = page(e);
            String markup = textAndAttributes(readable(page));
            String data = page.selectFirst("script#exercise-check").data();
            for (ExerciseVariant v : exercises.variants(e.id())) {
                for (String written : writings(((Key.Number) v.key()).rounded())) {
                    Pattern token = Pattern.compile("(?<![\\d.,])" + Pattern.quote(written) + "(?![\\d])(?![.,]\\d)");
                    assertThat(token.matcher(markup).find()).as(e.id() + " variant " + v.index() + " shows its key " + written).isFalse();
                    assertThat(data).as(e.id() + " data").doesNotContain("\"" + written + "\"");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** A number as a student might see it written: as is, and with thousands separators. */
    private static List<String> writings(String number) {
        List<String> out = new ArrayList<>(List.of(number));
        String whole = number.contains(".") ? number.substring(0, number.indexOf('.')) : number;
        if (whole.replace("-", "").length() > 3) {
            String grouped = whole.replaceAll("(\\d)(?=(\\d{3})+$)", "$1,");
            String rest = number.substring(whole.length());
            out.add(grouped + rest);
            out.add(grouped.replace(",", " ") + rest);
        }
        return out;
    }

    @Test
    void noRightChoiceIsMarkedInTheMarkup() throws IOException {
        int checked = 0;
        for (Exercise e : exercises.exercises()) {
            if (e.type() != ExerciseType.SINGLE_CHOICE && e.type() != ExerciseType.MULTIPLE_CHOICE) {
                continue;
            }
            Document page = page(e);
            for (ExerciseVariant v : exercises.variants(e.id())) {
                Element box = page.selectFirst(".ex-variant[data-variant=" + v.index() + "]");
                Set<String> shapes = new TreeSet<>();
                for (Element input : box.select("form input")) {
                    shapes.add(shape(input) + " in " + shape(input.parent()) + " with " + shape(input.nextElementSibling()));
                }
                assertThat(shapes).as(e.id() + ": right and wrong choices look the same").hasSize(1);
                assertThat(box.select("form input")).hasSize(v.options().size());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    /** An element's tag, classes and attribute names, without the values that name the choice. */
    private static String shape(Element e) {
        Set<String> names = new TreeSet<>();
        e.attributes().forEach(a -> names.add(a.getKey().equals("class") || a.getKey().equals("type") || a.getKey().equals("name")
                ? a.getKey() + "=" + (a.getKey().equals("name") ? "" : a.getValue()) : a.getKey()));
        return e.tagName() + names;
    }

    @Test
    void noSentenceOfASolutionModelAnswerOrFeedbackIsInThePagesOrScripts() throws IOException {
        int checked = 0;
        for (Exercise e : exercises.exercises()) {
            Document page = page(e);
            String shown = readable(page).text();
            for (ExerciseVariant v : exercises.variants(e.id())) {
                List<String> secrets = new ArrayList<>(List.of(v.solution(), v.feedbackCorrect(), v.feedbackIncorrect()));
                v.options().forEach(o -> secrets.add(o.feedback()));
                if (v.key() instanceof Key.Manual manual) {
                    secrets.add(manual.modelAnswer());
                    manual.rubric().forEach(r -> secrets.add(r.criterion()));
                }
                for (String secret : secrets) {
                    for (String sentence : secret.split("(?<=[.!?:;])\\s+|\\n")) {
                        String s = sentence.strip();
                        if (s.length() < 30 || s.matches(".*[{}\\[\\]*_`|].*") || shown.contains(s) || courseText.contains(s)) {
                            continue;
                        }
                        assertThat(everything).as(e.id() + " variant " + v.index() + " gives away: " + s).doesNotContain(s);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void sealedTextsOpenToTheirRenderedText() throws IOException {
        Exercise e = exercises.exercises().stream().filter(x -> x.type() == ExerciseType.SHORT_ANSWER).findFirst().orElseThrow();
        JsonNode check = checkData(page(e)).get(0);
        Key.Manual manual = (Key.Manual) exercises.variant(e.id(), 0).key();
        String model = SealedText.unseal(check.path("sealed").path("model-answer").asText(), check.path("salt").asText(), 0, "model-answer");
        assertThat(Jsoup.parseBodyFragment(model).text()).isEqualTo(Jsoup.parseBodyFragment(manual.modelAnswer()).text());
        String rubric = SealedText.unseal(check.path("sealed").path("rubric").asText(), check.path("salt").asText(), 0, "rubric");
        assertThat(JSON.readTree(rubric).get(0).path("criterion").asText()).isEqualTo(manual.rubric().get(0).criterion());
    }
}
