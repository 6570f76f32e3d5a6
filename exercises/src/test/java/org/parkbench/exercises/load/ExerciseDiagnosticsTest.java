package org.parkbench.exercises.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.exercises.FixtureCourse;
import org.parkbench.exercises.key.Key;

/** Problems in exercise files are reported at file:line:column with their code, never thrown. */
class ExerciseDiagnosticsTest {
    private static final String FILE = "course/suez-teda/exercises/suez-x.md";

    @TempDir
    Path dir;

    private static String numeric(String keyLines) {
        return """
                ---
                id: suez-x
                type: numeric
                title: "A numeric exercise"
                objectives: [compute-per-km2]
                difficulty: 2
                points: 1
                hints: ["Divide."]
                feedback: {correct: "Yes.", incorrect: "No."}
                %s
                precision: 0
                ---
                Compute it.

                ## Solution
                {{formula}}
                """.formatted(keyLines);
    }

    private int copies;

    private FixtureCourse course() {
        return FixtureCourse.copyTo(dir.resolve("copy-" + copies++));
    }

    private List<String> errors(String caseId, String name, String text) {
        return errors(course(), caseId, name, text);
    }

    private static List<String> errors(FixtureCourse course, String caseId, String name, String text) {
        Loaded<ExerciseSet> loaded = course.write(caseId, name, text).load();
        assertThat(loaded.value()).isNull();
        return loaded.errors().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void anUnknownTypeIsReportedAtItsValue() {
        String text = numeric("key: {derivation: jobs-per-km2, params: {park: suez-teda-zone}}").replace("type: numeric", "type: numerical");

        assertThat(errors("suez-teda", "suez-x.md", text)).containsExactly(FILE + ":3:7: error: [PB602] unknown exercise type 'numerical'");
    }

    @Test
    void anUnknownFieldIsReportedAtItsName() {
        String text = numeric("key: {derivation: jobs-per-km2, params: {park: suez-teda-zone, as_of: \"2024-04\", area_as_of: \"2025-07\"}}\ntolerence: 5");

        assertThat(errors("suez-teda", "suez-x.md", text)).singleElement().asString()
                .startsWith(FILE + ":11:1: error: [PB403] unknown numeric exercise field 'tolerence'; did you mean 'tolerance'?");
    }

    @Test
    void aFactParameterItsKindDoesNotTakeIsAnUnknownFieldAtItsName() {
        FixtureCourse course = course();
        String text = course.read("suez-teda", "suez-model.md").replace("  park: suez-teda-zone\n",
                "  park: suez-teda-zone\n  as_of: \"2008\"\n");

        assertThat(errors(course, "suez-teda", "suez-model.md", text)).containsExactly(
                "course/suez-teda/exercises/suez-model.md:32:3: error: [PB403] unknown fact field 'as_of'");
    }

    @Test
    void aNumericExerciseWithoutAKeyOrWithATypedNumberIsAnError() {
        assertThat(errors("suez-teda", "suez-x.md", numeric(""))).containsExactly(FILE + ":1:1: error: [PB402] field 'key' is missing");
        assertThat(errors("suez-teda", "suez-x.md", numeric("key: 1226"))).singleElement().asString()
                .startsWith(FILE + ":10:6: error: [PB402] 'key' must name a derivation and its parameters");
    }

    @Test
    void anUnknownDerivationOrParameterCarriesTheCatalogueMessage() {
        assertThat(errors("suez-teda", "suez-x.md", numeric("key: {derivation: jobs-per-acre, params: {park: suez-teda-zone}}")))
                .singleElement().asString().startsWith(FILE + ":10:6: error: [PB603] unknown derivation 'jobs-per-acre'; known: ")
                .contains("jobs-per-km2");
        assertThat(errors("suez-teda", "suez-x.md", numeric("key: {derivation: jobs-per-km2, params: {park: suez-teda-zone, when: \"2024\"}}")))
                .singleElement().asString().contains("[PB603] unknown parameter 'when' for jobs-per-km2");
    }

    @Test
    void aKeyTheDataCannotGiveIsAnErrorWithTheDerivationsReason() {
        List<String> errors = errors("suez-teda", "suez-x.md",
                numeric("key: {derivation: jobs-per-km2, params: {park: suez-teda-zone, as_of: \"1999\", area_as_of: \"2016\"}}"));

        assertThat(errors).singleElement().asString().startsWith(FILE + ":10:6: error: [PB603] ");
    }

    @Test
    void anUnknownObjectiveIsReportedAtItsPlaceInTheList() {
        String text = numeric("key: {derivation: unattributed-stake, params: {park: suez-teda-zone, as_of: \"2008\"}}")
                .replace("objectives: [compute-per-km2]", "objectives: [compute-per-km2, compute-jobs]");

        assertThat(errors("suez-teda", "suez-x.md", text)).singleElement().asString()
                .startsWith(FILE + ":5:31: error: [PB604] unknown learning objective 'compute-jobs' of case suez-teda");
    }

    @Test
    void aChoiceKeyThatContradictsTheDataNamesTheDatasValue() throws IOException {
        FixtureCourse course = course();
        String wrong = course.read("suez-teda", "suez-model.md").replace("    correct: true\n", "")
                .replace("    value: government-driven\n", "    value: government-driven\n    correct: true\n");

        List<String> errors = errors(course, "suez-teda", "suez-model.md", wrong);

        assertThat(errors).singleElement().asString().contains("[PB605] choice 'b' is marked correct and says 'government-driven', but the data says 'company-led'");
    }

    @Test
    void withoutAMarkedChoiceTheFactChoosesTheKey() {
        FixtureCourse course = course();
        String unmarked = course.read("suez-teda", "suez-model.md").replace("    correct: true\n", "");

        ExerciseSet set = course.write("suez-teda", "suez-model.md", unmarked).exercises();

        assertThat(set.variant("suez-model", 0).key()).isEqualTo(new Key.Choices(java.util.Set.of("a")));
    }

    @Test
    void aZoneWithoutARecordedModelCannotBeClassified() {
        FixtureCourse course = course();
        String text = course.read("overview", "overview-classify.md")
                .replace("  - zone: china-egypt-teda-suez-zone", "  - zone: thai-chinese-rayong-industrial-zone");

        assertThat(errors(course, "overview", "overview-classify.md", text)).singleElement().asString()
                .startsWith("course/overview/exercises/overview-classify.md:18:5: error: [PB606] zone 'thai-chinese-rayong-industrial-zone' has no recorded development model");
    }

    @Test
    void orderItemsWithTheSameDateCannotBeOrdered() {
        FixtureCourse course = course();
        String text = course.read("suez-teda", "suez-timeline.md").replace(
                "  - event: {park: suez-teda-zone, date: \"2013-12\"}\n  - event: {park: suez-teda-zone, date: \"1998\"}",
                "  - event: {park: suez-teda-zone, date: \"2008\", contains: Construction}\n"
                        + "  - event: {park: suez-teda-zone, date: \"2008\", contains: Tianjin}");

        assertThat(errors(course, "suez-teda", "suez-timeline.md", text)).singleElement().asString()
                .contains("[PB607] items a (2008) and b (2008) cannot be put in order: they have the same date");
    }

    @Test
    void anEventTheDataNoLongerHoldsBreaksTheExercise() throws IOException {
        FixtureCourse course = course();
        Path events = course.caseDirectory("suez-teda").resolve("events.csv");
        List<String> kept = Files.readAllLines(events).stream().filter(l -> !l.startsWith("suez-teda-zone,2013-12,")).toList();
        Files.write(events, kept, StandardCharsets.UTF_8);

        Loaded<ExerciseSet> loaded = course.load();

        assertThat(loaded.errors()).singleElement().satisfies(d -> assertThat(d.headline())
                .startsWith("course/suez-teda/exercises/suez-timeline.md:16:5: error: [PB607] no event of park suez-teda-zone on 2013-12"));
    }

    @Test
    void aNumericKeyFollowsTheData() throws IOException {
        FixtureCourse course = course();
        Path actors = course.caseDirectory("suez-teda").resolve("actors.csv");
        Files.writeString(actors, Files.readString(actors).replace("tianjin-teda-investment-holding,Tianjin TEDA Investment Holding Co.,"
                + "park-development-company,CN,owner,75,", "tianjin-teda-investment-holding,Tianjin TEDA Investment Holding Co.,"
                + "park-development-company,CN,owner,70,"));

        ExerciseSet set = course.exercises();

        // 100 − (70 + 5 + 5)
        assertThat(((Key.Number) set.variant("suez-unattributed-stake", 0).key()).rounded()).isEqualTo("20");
    }

    @Test
    void aPlaceholderWithoutAVariantParameterIsAnError() {
        String text = numeric("key: {derivation: unattributed-stake, params: {park: \"${park}\", as_of: \"2008\"}}")
                .replace("Compute it.", "Compute it for {{park}}.");

        assertThat(errors("suez-teda", "suez-x.md", text)).anySatisfy(e -> assertThat(e).contains("[PB609] placeholder {{park}} has no value"))
                .anySatisfy(e -> assertThat(e).contains("[PB609] placeholder ${park} has no value"));
    }

    @Test
    void malformedYamlAMissingSolutionAndAnIdUnlikeTheFileName() {
        assertThat(errors("suez-teda", "suez-x.md", "---\nid: suez-x\ntitle: \"unclosed\n---\nBody\n## Solution\nx\n"))
                .singleElement().asString().startsWith(FILE + ":").contains("[PB401] malformed YAML");
        assertThat(errors("suez-teda", "suez-x.md", numeric("key: {derivation: unattributed-stake, params: {park: suez-teda-zone}}")
                .replace("## Solution\n{{formula}}\n", ""))).singleElement().asString().contains("[PB402] the exercise has no '## Solution' section");
        assertThat(errors("suez-teda", "suez-y.md", numeric("key: {derivation: unattributed-stake, params: {park: suez-teda-zone}}")))
                .singleElement().asString().contains("suez-y.md:2:5: error: [PB402] id 'suez-x' must equal the file's name 'suez-y'");
    }

    @Test
    void anIdUsedInTwoCasesIsReportedOnce() {
        FixtureCourse course = course();
        String copy = course.read("overview", "overview-share.md");
        course.write("suez-teda", "overview-share.md", copy.replace("objectives: [check-published-shares]", "objectives: [compute-per-km2]"));

        Loaded<ExerciseSet> loaded = course.load();

        assertThat(loaded.errors()).singleElement().satisfies(d -> assertThat(d.headline())
                .isEqualTo("course/suez-teda/exercises/overview-share.md:1:1: error: [PB301] exercise id 'overview-share' is already used by "
                        + "course/overview/exercises/overview-share.md"));
    }

    @Test
    void anOrderOfTwoItemsIsTooFewToAsk() {
        FixtureCourse course = course();
        String original = course.read("suez-teda", "suez-timeline.md");
        String items = original.substring(original.indexOf("items:\n"), original.indexOf("---\n", original.indexOf("items:\n")));
        String text = original.replace(items, "items:\n  - event: {park: suez-teda-zone, date: \"2013-12\"}\n"
                + "  - event: {park: suez-teda-zone, date: \"1998\"}\n");

        assertThat(errors(course, "suez-teda", "suez-timeline.md", text)).singleElement().asString()
                .contains("suez-timeline.md:16:3: error: [PB402] an order exercise needs 'items': at least three events");
    }

    @Test
    void listingOrderItemsChronologicallyIsAWarning() {
        FixtureCourse course = course();
        String original = course.read("suez-teda", "suez-timeline.md");
        String items = original.substring(original.indexOf("items:\n"), original.indexOf("---\n", original.indexOf("items:\n")));
        String text = original.replace(items, "items:\n  - event: {park: suez-teda-zone, date: \"1998\"}\n"
                + "  - event: {park: suez-teda-zone, date: \"2000-05-19\"}\n  - event: {park: suez-teda-zone, date: \"2013-12\"}\n");

        Loaded<ExerciseSet> loaded = course.write("suez-teda", "suez-timeline.md", text).load();

        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.warnings()).singleElement().satisfies(d -> assertThat(d.headline()).contains("[PB611]"));
    }
}
