package org.parkbench.app.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;

/** {@code parkbench synth}'s output: valid for the real loader, deterministic per seed, and plainly synthetic. */
class SyntheticCourseTest {

    private static Casebook load(Path courseFile) throws Exception {
        Course course = CourseLoader.load(courseFile);
        List<CaseInput> inputs = CourseCases.inputs(course, List.of(), courseFile.getParent());
        CasebookLoad load = CasebookLoader.load(inputs);
        assertThat(load.casebook().errors()).as("errors in the synthetic course").extracting(Diagnostic::format).isEmpty();
        return load.casebook().value();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 20261128})
    void theRealLoaderReadsItWithoutAnError(long seed, @TempDir Path dir) throws Exception {
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(60, 4, seed), dir);

        Casebook book = load(summary.courseFile());

        assertThat(book.cases()).hasSize(5);
        assertThat(book.cases().stream().mapToInt(c -> c.parks().size()).sum()).isEqualTo(60);
        assertThat(book.cases().stream().mapToInt(c -> c.observations().size()).sum()).isEqualTo(summary.observations());
        CaseStudy overview = book.caseStudy(SyntheticCourse.OVERVIEW_ID).orElseThrow();
        assertThat(overview.statistics()).isNotEmpty();
        assertThat(overview.zones()).isNotEmpty();
        for (CaseStudy c : book.cases()) {
            if (!c.parks().isEmpty()) {
                assertThat(c.stakes()).as(c.id()).isNotEmpty();
                assertThat(c.events()).as(c.id()).isNotEmpty();
                assertThat(Files.list(c.directory().resolve("exercises")).count()).as(c.id()).isGreaterThanOrEqualTo(4);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 13})
    void everyExerciseLoadsWithItsKeyComputedFromTheData(long seed, @TempDir Path dir) throws Exception {
        SyntheticCourse.Summary summary = SyntheticCourse.write(new SyntheticCourse.Settings(45, 3, seed), dir);
        Casebook book = load(summary.courseFile());

        var exercises = org.parkbench.exercises.load.ExerciseLoader.load(book);

        assertThat(exercises.errors()).as("exercise errors").extracting(Diagnostic::format).isEmpty();
        assertThat(exercises.value().exercises()).hasSize(summary.exercises());
    }

    @Test
    void parksSpreadEvenlyOverTheCasesAndObservationsSpanSeveralYears(@TempDir Path dir) throws Exception {
        Casebook book = load(SyntheticCourse.write(new SyntheticCourse.Settings(103, 10, 3), dir).courseFile());
        List<Integer> sizes = book.cases().stream().filter(c -> !c.parks().isEmpty()).map(c -> c.parks().size()).toList();
        assertThat(sizes).hasSize(10).allMatch(n -> n == 10 || n == 11);
        long multiYear = book.cases().stream().flatMap(c -> c.parks().stream().map(p -> c.observations().stream()
                .filter(o -> o.park().equals(p.id())).map(o -> o.asOf().year()).distinct().count())).filter(n -> n >= 3).count();
        assertThat(multiYear).as("parks with observations in three or more years").isGreaterThan(80);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        SyntheticCourse.write(new SyntheticCourse.Settings(40, 3, 5), dir.resolve("a"));
        SyntheticCourse.write(new SyntheticCourse.Settings(40, 3, 5), dir.resolve("b"));
        SyntheticCourse.write(new SyntheticCourse.Settings(40, 3, 6), dir.resolve("c"));

        Map<String, String> a = contents(dir.resolve("a"));
        assertThat(a).isEqualTo(contents(dir.resolve("b")));
        assertThat(a.keySet()).isEqualTo(contents(dir.resolve("c")).keySet());
        assertThat(a).isNotEqualTo(contents(dir.resolve("c")));
    }

    @Test
    void everyNameAndSourceSaysItIsSynthetic(@TempDir Path dir) throws Exception {
        Casebook book = load(SyntheticCourse.write(new SyntheticCourse.Settings(50, 2, 9), dir).courseFile());
        for (CaseStudy c : book.cases()) {
            assertThat(c.meta().title()).containsIgnoringCase("synthetic");
            for (Park p : c.parks()) {
                assertThat(p.nameEn()).startsWith("Synthetic Park ");
            }
            c.stakes().forEach(s -> assertThat(s.actor().name()).startsWith("Synthetic"));
            c.events().forEach(e -> assertThat(e.text()).startsWith("Synthetic"));
            c.sources().values().forEach(s -> assertThat(s.title()).contains("(generated by parkbench synth)"));
        }
    }

    /**
     * The shipped Egyptian and Ethiopian parks leave the corridor empty, as their sources assign none;
     * synthetic parks there do the same and load ("Not assigned by the sources"), the others keep theirs.
     */
    @Test
    void parksInEgyptAndEthiopiaHaveNoCorridorAsTheShippedCasesHaveNone(@TempDir Path dir) throws Exception {
        Casebook book = load(SyntheticCourse.write(new SyntheticCourse.Settings(120, 3, 11), dir).courseFile());
        List<Park> parks = book.cases().stream().flatMap(c -> c.parks().stream()).toList();
        List<Park> unassigned = parks.stream().filter(p -> p.country().equals("EG") || p.country().equals("ET")).toList();
        assertThat(unassigned).as("synthetic parks in Egypt or Ethiopia").isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.corridorIfAssigned()).isEmpty();
                    assertThat(p.corridorLabel()).isEqualTo("Not assigned by the sources");
                });
        assertThat(parks).filteredOn(p -> p.country().equals("PK")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.corridorIfAssigned()).isPresent());
    }

    @Test
    void refusesImpossibleSettings() {
        assertThatThrownBy(() -> new SyntheticCourse.Settings(0, 1, 1)).hasMessageContaining("--parks");
        assertThatThrownBy(() -> new SyntheticCourse.Settings(5, 6, 1)).hasMessageContaining("--cases");
        assertThat(SyntheticCourse.Settings.defaultCases(10_000)).isEqualTo(100);
        assertThat(SyntheticCourse.Settings.defaultCases(1)).isEqualTo(1);
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }
}
