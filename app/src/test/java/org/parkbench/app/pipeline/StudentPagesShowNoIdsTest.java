package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * No student page of the shipped course shows an internal id in its text: not a park, zone,
 * actor, source, statistic or exercise id, nor an indicator's word ({@code jobs-direct}), of any
 * case. What a reader sees is a page's visible text (jsoup's text, which leaves out attributes,
 * scripts and styles), with any web address written out in it removed; an id is matched as a whole
 * word ({@code suez-teda-zone}, not part of {@code suez-teda-zone-stakes}).
 *
 * <p>Every page is read, the data dictionary too. Not counted: an indicator of one word
 * ({@code area}, {@code investment}, {@code capacity}…), which is the English word it names. No
 * other id needs an allow-list: ids are matched with their case, so the one-word actor ids
 * ({@code cssd}, {@code icbc}, {@code ecic}, {@code cadfund}, {@code ciidg}) are not found in the
 * abbreviations a page writes in capitals (CSSD, ICBC).
 */
class StudentPagesShowNoIdsTest {
    /** A web address written out, with or without its scheme ("thepeoplesmap.net/project/…"). */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|[\\w-]+(?:\\.[\\w-]+)+/)\\S*");
    /** A citation or placeholder in an exercise's Markdown, which the site replaces by the figure or source it names. */
    private static final Pattern CITATION = Pattern.compile("\\{\\{[^}]*}}");

    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Path student;
    static Map<String, String> ids = new TreeMap<>();

    @BeforeAll
    static void build() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        student = tmp.resolve("student");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, student, Profile.STUDENT, false));
        for (CaseStudy c : casebook.whole().cases()) {
            c.parks().forEach(p -> ids.put(p.id(), "park id"));
            c.zones().forEach(z -> ids.put(z.id(), "zone id"));
            c.stakes().forEach(s -> ids.put(s.actor().id(), "actor id"));
            c.sources().keySet().forEach(k -> ids.put(k, "source id"));
            c.statistics().forEach(s -> ids.put(s.id(), "statistic id"));
        }
        for (Exercise e : ExerciseLoader.load(casebook).value().exercises()) {
            ids.put(e.id(), "exercise id");
        }
        // an indicator of one word (area, investment, capacity…) is the English word it names; one of several is a code
        Vocabulary.words(Indicator.class).stream().filter(w -> w.contains("-")).forEach(w -> ids.putIfAbsent(w, "indicator word"));
    }

    @Test
    void theIdsSoughtAreTheCoursesOwn() {
        assertThat(ids).containsEntry("huajian-lebu", "park id").containsEntry("sihanoukville-jobs-growth", "exercise id")
                .containsEntry("jobs-direct", "indicator word").containsValue("source id").containsValue("actor id")
                .containsValue("statistic id").containsValue("zone id");
        assertThat(hits("Kept on huajian-lebu, see https://example.org/huajian-lebu and huajian-lebu-phase-2"))
                .containsExactly("huajian-lebu (park id)");
        assertThat(hits("CSSD, the developer; thepeoplesmap.net/project/suzhou-industrial-park/")).isEmpty();
        assertThat(hits("the owner cssd")).containsExactly("cssd (actor id)");
    }

    @Test
    void noStudentPageShowsACaseDataIdInItsText() throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> pages = new LinkChecker(student).files(".html");
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            String name = student.relativize(page).toString();
            for (String hit : hits(Jsoup.parse(Files.readString(page)).body().text(), true)) {
                found.add(name + ": " + hit);
            }
        }
        assertThat(found).as(String.join("\n", found)).isEmpty();
    }

    /**
     * What a student page keeps sealed until it is earned (the worked solution, feedback, a choice's
     * feedback, a short answer's model answer and rubric) is student-facing too: the texts of every
     * variant, citations aside (the site prints the figure or source a citation names).
     */
    @Test
    void noSealedExerciseTextShowsACaseDataId() {
        ExerciseSet set = ExerciseLoader.load(casebook).value();
        List<String> found = new ArrayList<>();
        for (Exercise e : set.exercises()) {
            for (ExerciseVariant v : set.variants(e.id())) {
                List<String> texts = new ArrayList<>(List.of(v.solution(), v.feedbackCorrect(), v.feedbackIncorrect()));
                v.options().forEach(o -> texts.add(o.feedback()));
                if (v.key() instanceof Key.Manual m) {
                    texts.add(m.modelAnswer());
                    m.rubric().forEach(r -> texts.add(r.criterion()));
                }
                for (String text : texts) {
                    hits(CITATION.matcher(text).replaceAll(" "), true).forEach(h -> found.add(e.id() + " (variant " + v.index() + "): " + h));
                }
            }
        }
        assertThat(found).as(String.join("\n", found)).isEmpty();
    }

    /** The ids a text shows, each once, with what they are. */
    static List<String> hits(String text) {
        return hits(text, false);
    }

    /** As {@link #hits(String)}, with the words around each (for the failure message) when {@code context}. */
    static List<String> hits(String text, boolean context) {
        String visible = URL.matcher(text).replaceAll(" ");
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(id.getKey()) + "(?![\\p{L}\\p{N}_-])").matcher(visible);
            if (m.find()) {
                hits.add(id.getKey() + " (" + id.getValue() + ")" + (context ? ": …" + visible.substring(Math.max(0, m.start() - 60),
                        Math.min(visible.length(), m.end() + 30)) + "…" : ""));
            }
        }
        return hits;
    }
}
