package org.parkbench.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.model.Casebook;

class SiteBuilderTest {
    @TempDir
    Path tmp;

    private BuildResult build(Casebook book, Path out, Profile profile) {
        return new SiteBuilder().build(new BuildRequest(Fixtures.course(book), book, out, profile, false));
    }

    @Test
    void writesEveryPageOfTheSite() throws IOException {
        Path out = tmp.resolve("site");
        BuildResult result = build(Fixtures.casebook(), out, Profile.STUDENT);
        for (String page : List.of("index.html", "models.html", "models/government-driven.html", "models/company-led.html",
                "models/private-led.html", "cases/overview.html", "cases/riverside.html", "compare.html", "parks.html",
                "data.html", "glossary.html", "references.html", "exercises.html", "search.html", "404.html",
                "data/datapackage.json", "data/observations.csv", "data/riverside/observations.csv",
                "assets/site.css", "assets/lunr.min.js", "assets/search-index.js", OutputDirectory.MARKER)) {
            assertThat(out.resolve(page)).as(page).isRegularFile();
        }
        assertThat(result.pagesWritten()).isEqualTo(15);
        assertThat(out.resolve("instructor")).doesNotExist();
    }

    @Test
    void narrativeCitationsShowValueQualifierDateAndSourceAndKeepConflicts() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.casebook(), out, Profile.STUDENT);
        String page = Files.readString(out.resolve("cases/riverside.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("more than 3,500 persons <span class=\"asof\">(2016)</span>")
                .contains("about 4,000 persons <span class=\"asof\">(2016)</span>")
                .contains("(sources differ)")
                .contains("7.34 km²")
                .contains("href=\"../references.html#ref-report-a\"");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        BuildResult first = build(Fixtures.casebook(), a, Profile.INSTRUCTOR);
        build(Fixtures.casebook(), b, Profile.INSTRUCTOR);
        for (Path f : first.files()) {
            assertThat(Files.readAllBytes(b.resolve(f.toString()))).as(f.toString()).isEqualTo(Files.readAllBytes(a.resolve(f.toString())));
        }
    }

    @Test
    void instructorProfileAddsTheInstructorAreaAndStudentProfileHasNone() throws IOException {
        Path student = tmp.resolve("student");
        Path instructor = tmp.resolve("instructor");
        build(Fixtures.casebook(), student, Profile.STUDENT);
        build(Fixtures.casebook(), instructor, Profile.INSTRUCTOR);
        assertThat(instructor.resolve("instructor/index.html")).isRegularFile();
        assertThat(Files.readString(instructor.resolve("index.html"))).contains("instructor/index.html");
        assertThat(Files.readString(student.resolve("index.html"))).doesNotContain("instructor/").doesNotContain("Instructor");
    }

    @Test
    void refusesAForeignNonEmptyDirectoryAndTouchesNothing() throws IOException {
        Path foreign = tmp.resolve("thesis");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("chapter1.tex"), "precious");
        assertThatThrownBy(() -> build(Fixtures.casebook(), foreign, Profile.STUDENT))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("not written by Parkbench");
        try (var files = Files.list(foreign)) {
            assertThat(files.toList()).containsExactly(foreign.resolve("chapter1.tex"));
        }
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.toList()).containsExactly(foreign);
        }
    }

    @Test
    void replacesAPreviousSiteAndLeavesItUntouchedWhenABuildFails() throws IOException {
        Path out = tmp.resolve("site");
        build(Fixtures.casebook(), out, Profile.STUDENT);
        byte[] before = Files.readAllBytes(out.resolve("cases/riverside.html"));
        Casebook broken = new Casebook(List.of(Fixtures.overview(), Fixtures.parkCase("Riverside Test Park", "", "",
                "Cites {{obs:riverside-park/jobs-direct/1999}} which does not exist.")));
        assertThatThrownBy(() -> build(broken, out, Profile.STUDENT))
                .isInstanceOf(InvalidSiteInputException.class)
                .hasMessageContaining("[PB302]").hasMessageContaining("{{obs:riverside-park/jobs-direct/1999}}");
        assertThat(Files.readAllBytes(out.resolve("cases/riverside.html"))).isEqualTo(before);
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.toList()).containsExactly(out);
        }
        build(Fixtures.casebook(), out, Profile.STUDENT);
        assertThat(out.resolve(OutputDirectory.MARKER)).isRegularFile();
    }
}
