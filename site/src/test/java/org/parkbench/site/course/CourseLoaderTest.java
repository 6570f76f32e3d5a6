package org.parkbench.site.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

class CourseLoaderTest {
    @TempDir
    Path tmp;

    private Path write(String yaml) throws IOException {
        Path file = tmp.resolve("course.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private List<Diagnostic> problems(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            CourseLoader.load(file);
        } catch (InvalidCourseException e) {
            return e.diagnostics();
        }
        throw new AssertionError("the course loaded");
    }

    @Test
    void readsEveryFieldALecturerWrites() throws Exception {
        Course c = CourseLoader.load(write("""
                title: "Parks abroad"
                subtitle: A seminar
                institution: Example University
                term: Spring 2027
                lecturer: Dr. A. Lecturer
                language: en-GB
                build_date: true
                case_directories: [../extra/my-case]
                sessions:
                  - title: Week 1 — the big picture
                    when: Week 1
                    cases: [overview]
                    readings:
                      - "The paper, sections 1–3"
                      - text: A web reading
                        url: https://example.org/reading
                    teaching_notes: |
                      Start with the headline table.
                  - title: Week 2
                    cases: [suez-teda, suzhou]
                """));
        assertThat(c.title()).isEqualTo("Parks abroad");
        assertThat(c.id()).isEqualTo("parks-abroad");
        assertThat(c.language()).isEqualTo("en-GB");
        assertThat(c.stampBuildDate()).isTrue();
        assertThat(c.caseIds()).containsExactly("overview", "suez-teda", "suzhou");
        assertThat(c.sessions().get(0).readings()).extracting(Course.Reading::url).containsExactly("", "https://example.org/reading");
        assertThat(c.sessions().get(0).teachingNotes()).contains("headline table");
        assertThat(c.caseDirectories()).extracting(Course.CaseDirectory::path)
                .containsExactly(tmp.getParent().resolve("extra/my-case").normalize());
        assertThat(c.sessionOf("suzhou")).map(Course.Session::title).contains("Week 2");
    }

    @Test
    void theCourseIdIsTheFilesOrMadeFromTheTitle() throws Exception {
        assertThat(CourseLoader.load(write("id: parks-2027\ntitle: T\nsessions: [{title: S, cases: [a]}]\n")).id())
                .isEqualTo("parks-2027");
        assertThat(CourseLoader.load(write("title: \"Parks Abroad: Développement, 2027!\"\nsessions: [{title: S, cases: [a]}]\n")).id())
                .isEqualTo("parks-abroad-developpement-2027");
        assertThat(Course.idFromTitle("?!")).isEqualTo("course");
        assertThat(Course.idFromTitle("word ".repeat(30))).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-").startsWith("word-word");
        assertThat(CourseLoader.defaultCourse(List.of("overview")).id()).isEqualTo(CourseLoader.DEFAULT_ID);
    }

    @Test
    void aCourseIdThatIsNotASlugIsReportedWhereItIs() throws Exception {
        List<Diagnostic> found = problems("title: T\nid: Parks 2027\nsessions: [{title: S, cases: [a]}]\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PB306);
            assertThat(d.origin().line()).isEqualTo(2);
            assertThat(d.message()).contains("course id 'Parks 2027'");
        });
    }

    @Test
    void aCaseTheCasebookLacksIsReportedWhereTheFileNamesIt() throws Exception {
        Course c = CourseLoader.load(write("title: T\nsessions:\n  - title: One\n    cases: [overview, atlantis]\n"));
        List<Diagnostic> unknown = c.checkCases(List.of("overview", "suzhou"));
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).code()).isEqualTo(DiagnosticCode.PB305);
        assertThat(unknown.get(0).headline()).startsWith(tmp.resolve("course.yml") + ":4:23: error: [PB305]")
                .contains("'atlantis'");
        assertThat(unknown.get(0).hint()).contains("overview, suzhou");
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndColumn() throws Exception {
        List<Diagnostic> found = problems("""
                titel: Typo
                sessions:
                  - title: One
                    cases: [Not_A_Slug, ok-case, ok-case]
                    readings: just text
                  - cases: [x]
                """);
        assertThat(found).extracting(Diagnostic::code).contains(DiagnosticCode.PB403, DiagnosticCode.PB402,
                DiagnosticCode.PB306, DiagnosticCode.PB301);
        assertThat(found).anyMatch(d -> d.code() == DiagnosticCode.PB403 && d.origin().line() == 1 && d.origin().column() == 1
                && d.hint().contains("title"));
        assertThat(found).anyMatch(d -> d.code() == DiagnosticCode.PB306 && d.origin().line() == 4 && d.origin().column() == 13);
        assertThat(found).anyMatch(d -> d.message().contains("'title' is missing") && d.origin().line() == 6);
    }

    @Test
    void malformedYamlPointsAtTheProblem() throws Exception {
        List<Diagnostic> found = problems("title: T\nsessions:\n  - title: [unclosed\n    cases: [a]\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo(DiagnosticCode.PB401);
        assertThat(found.get(0).origin().line()).isBetween(3, 5);
    }

    @Test
    void aMissingFileIsAClearProblemNotAStackTrace() {
        assertThatThrownBy(() -> CourseLoader.load(tmp.resolve("nope.yml")))
                .isInstanceOf(InvalidCourseException.class).hasMessageContaining("[PB100] course file not found");
    }

    @Test
    void yamlTagsConstructNothing() throws Exception {
        List<Diagnostic> found = problems("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"
                + "sessions: [{title: S, cases: [a]}]\n");
        // composed, never constructed: SnakeYAML refuses the global tag and the loader reports it
        assertThat(found).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PB401);
        assertThat(found.get(0).origin().line()).isEqualTo(1);
    }
}
