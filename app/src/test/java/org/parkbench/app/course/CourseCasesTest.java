package org.parkbench.app.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.course.InvalidCourseException;

class CourseCasesTest {
    @TempDir
    Path tmp;

    @Test
    void aCourseGetsItsShippedCasesInItsOwnOrderAndItsDataOnlyCases() throws Exception {
        Path extra = Files.createDirectories(tmp.resolve("cases/my-park"));
        Files.writeString(extra.resolve("case.md"), "---\nid: my-park\n---\n");
        Path file = tmp.resolve("course.yml");
        Files.writeString(file, "title: T\ncase_directories: [cases/my-park]\nsessions:\n"
                + "  - {title: A, cases: [suzhou, my-park]}\n  - {title: B, cases: [overview]}\n");
        List<CaseInput> inputs = CourseCases.inputs(CourseLoader.load(file), CasebookLoader.shipped(), tmp);
        assertThat(inputs).extracting(CaseInput::directoryName).containsExactly("suzhou", "my-park", "overview");
        assertThat(inputs.get(1).displayDirectory()).isEqualTo("cases/my-park");
    }

    @Test
    void aMissingDirectoryAndAnUnknownCaseAreReportedTogether() throws Exception {
        Path file = tmp.resolve("course.yml");
        Files.writeString(file, "title: T\ncase_directories: [nowhere]\nsessions:\n  - {title: A, cases: [atlantis]}\n");
        Course course = CourseLoader.load(file);
        assertThatThrownBy(() -> CourseCases.inputs(course, CasebookLoader.shipped(), tmp))
                .isInstanceOfSatisfying(InvalidCourseException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.code()).containsExactlyInAnyOrder(DiagnosticCode.PB100, DiagnosticCode.PB305));
    }

    @Test
    void theDocumentedExampleCourseLoadsAndNamesOnlyShippedCases() throws Exception {
        Path example = Path.of("..", "docs", "examples", "course.yml");
        Course c = CourseLoader.load(example);
        assertThat(c.sessions()).hasSizeGreaterThan(1);
        List<String> shipped = CasebookLoader.shipped().stream()
                .map(CaseInput::directoryName).toList();
        assertThat(c.checkCases(shipped)).isEmpty();
        assertThat(c.caseIds()).containsExactlyInAnyOrderElementsOf(shipped);
    }
}
