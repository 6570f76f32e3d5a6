package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.LinkChecker;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.Profile;

/** What the audit of issue 13 found in the shipped course's text stays fixed. */
class AuditedTextTest {
    @TempDir
    static Path tmp;
    static Casebook casebook;
    static Path student;
    static Path instructor;

    @BeforeAll
    static void build() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        student = tmp.resolve("student");
        instructor = tmp.resolve("instructor");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, student, Profile.STUDENT, false));
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, instructor, Profile.INSTRUCTOR, false));
    }

    private static List<String> pageTexts(Path site) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path page : new LinkChecker(site).files(".html")) {
            out.add(site.relativize(page) + ": " + Jsoup.parse(Files.readString(page)).body().text());
        }
        return out;
    }

    @Test
    void noPageSaysThePaperNamesFourProblems() throws Exception {
        Pattern four = Pattern.compile("(?i)\\bfour\\b[^.]{0,30}\\b(problems|difficulties|challenges)\\b|(?i)paper's four\\b");
        assertThat(pageTexts(student)).filteredOn(t -> four.matcher(t).find()).isEmpty();
    }

    @Test
    void noStudentPageShowsAWorkingLabelOrInternalNotes() throws Exception {
        assertThat(pageTexts(student)).filteredOn(t -> t.contains("from memory") || t.contains("Parkbench reference notes")
                || t.contains("research notes") || t.contains("the reference notes") || t.contains("check wording")
                || t.contains("check against MOFCOM")).isEmpty();
    }

    @Test
    void noStudentPageShowsTheInternalNamesTheAuditFound() throws Exception {
        List<String> names = List.of("mofcom_confirmed", "jobs-direct observations", "Kept on huajian-lebu",
                "observations of sihanoukville-sez", "observations of huajian-dukem", "(suzhou-gov-2019-sip-profile)",
                "(xinhua-2015-sip-growth)", "Kept on the Lebu", "per yeerken-2017", "the huajian-dukem case", "columns of zones.csv",
                "group-wide rows");
        // the data dictionary (data.html) documents the CSV columns by name: that is its purpose
        assertThat(pageTexts(student)).filteredOn(t -> !t.startsWith("data.html"))
                .filteredOn(t -> names.stream().anyMatch(t::contains)).isEmpty();
    }

    @Test
    void theCoursesReadingIsMarkedOnTheCasePage() throws Exception {
        Document page = Jsoup.parse(Files.readString(student.resolve(SitePaths.caseStudy("sihanoukville"))));
        assertThat(page.select(".course-reading").eachText())
                .anyMatch(t -> t.startsWith("Course reading:") && t.contains("share of its host country's trade"));
        assertThat(page.text()).doesNotContain("employs tens of thousands of Cambodians")
                .doesNotContain("answered this risk in part by obtaining");
    }

    @Test
    void aCitedTargetReadsAsPartOfItsSentenceWithItsQualifierAndSaysWhatItIsInItsTooltip() throws Exception {
        Document suez = Jsoup.parse(Files.readString(student.resolve(SitePaths.caseStudy("suez-teda"))));
        // the narrative names the target; the citation adds the source's "up to", not a "target:" label mid-sentence
        assertThat(suez.select("main").text()).contains("a jobs target of up to 40,000 persons");
        Document huajian = Jsoup.parse(Files.readString(student.resolve(SitePaths.caseStudy("huajian"))));
        assertThat(huajian.select("main").text()).contains("a jobs target of 30,000–50,000 persons")
                .doesNotContain("of planned:").doesNotContain("of target:");
        assertThat(huajian.select("a.cite").stream().filter(a -> a.text().startsWith("30,000–50,000")).findFirst().orElseThrow()
                .attr("title")).startsWith("A target, not an outcome.");
    }

    @Test
    void aChineseTitleIsShownWithItsTranslation() throws Exception {
        String refs = pageTexts(student).stream().filter(t -> t.contains("西港特区十年成果")).findFirst().orElseThrow();
        assertThat(refs).contains("西港特区十年成果 [Ten years of results of the Sihanoukville SEZ").doesNotContain("西港特区...");
    }

    @Test
    void noWorkedSolutionStatesAnotherExercisesKey() throws Exception {
        ExerciseSet exercises = ExerciseLoader.load(casebook).value();
        Pattern number = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
        List<String> leaks = new ArrayList<>();
        for (CaseStudy c : casebook.cases()) {
            if (exercises.exercises(c.id()).isEmpty()) {
                continue;
            }
            Document page = Jsoup.parse(Files.readString(instructor.resolve(SitePaths.solutions(c.id()))));
            for (Exercise e : exercises.exercises(c.id())) {
                String solution = workedSolutions(page.getElementById("key-" + e.id()));
                for (Exercise other : exercises.exercises(c.id())) {
                    if (other == e) {
                        continue;
                    }
                    for (ExerciseVariant v : exercises.variants(other.id())) {
                        if (!(v.key() instanceof Key.Number n) || !n.value().derived() || n.accuracy().decimals() < 1) {
                            continue;
                        }
                        Matcher m = number.matcher(solution);
                        while (m.find()) {
                            BigDecimal found = new BigDecimal(m.group().replace(",", ""));
                            if (found.scale() >= n.accuracy().decimals() && found.setScale(n.accuracy().decimals(), RoundingMode.HALF_UP)
                                    .compareTo(n.exact().setScale(n.accuracy().decimals(), RoundingMode.HALF_UP)) == 0) {
                                leaks.add(e.id() + " prints " + m.group() + ", the key of " + other.id());
                            }
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static String workedSolutions(Element section) {
        StringBuilder text = new StringBuilder();
        for (Element h : section.select("h3:containsOwn(Worked solution)")) {
            for (Element next = h.nextElementSibling(); next != null && !next.tagName().equals("h3"); next = next.nextElementSibling()) {
                text.append(next.text()).append('\n');
            }
        }
        return text.toString();
    }
}
