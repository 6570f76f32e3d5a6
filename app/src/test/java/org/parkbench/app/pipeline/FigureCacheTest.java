package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.figures.SiteFigures;
import org.parkbench.site.pages.Profile;

/**
 * SiteFigures an earlier build drew are reused when nothing they show has changed: a rebuild draws
 * none, a change to one park's figures redraws that park's figure only, and a site assembled from
 * reused figures is byte for byte the site a fresh build writes.
 */
class FigureCacheTest {
    @TempDir
    Path tmp;

    @Test
    void aRebuildDrawsOnlyTheFiguresWhoseDataChanged() throws Exception {
        Path courseDir = tmp.resolve("course");
        SyntheticCourse.write(new SyntheticCourse.Settings(12, 2, 21), courseDir);
        Path site = tmp.resolve("site");

        BuildResult first = build(courseDir, site);
        assertThat(first.figuresWritten()).isGreaterThan(20);
        assertThat(first.figuresDrawn()).isEqualTo(first.figuresWritten());
        Map<String, String> firstFiles = contents(site);

        BuildResult second = build(courseDir, site);
        assertThat(second.figuresDrawn()).isZero();
        assertThat(contents(site)).isEqualTo(firstFiles);

        Path observations = courseDir.resolve("cases/synthetic-case-0001/observations.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(observations, StandardCharsets.UTF_8));
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("synthetic-park-0002,enterprises,")).findFirst().orElseThrow());
        String[] cells = lines.get(row).split(",", -1);
        cells[2] = String.valueOf(Long.parseLong(cells[2]) + 7);
        lines.set(row, String.join(",", cells));
        Files.write(observations, lines, StandardCharsets.UTF_8);

        BuildResult third = build(courseDir, site);
        assertThat(third.figuresDrawn()).isEqualTo(1);
        Map<String, String> thirdFiles = contents(site);
        List<String> changedFigures = thirdFiles.keySet().stream().filter(f -> f.startsWith("figures/"))
                .filter(f -> !thirdFiles.get(f).equals(firstFiles.get(f))).toList();
        assertThat(changedFigures).singleElement().asString().startsWith("figures/synthetic-park-0002-");

        Path fresh = tmp.resolve("fresh");
        build(courseDir, fresh);
        assertThat(contents(fresh)).isEqualTo(thirdFiles);
    }

    private BuildResult build(Path courseDir, Path out) throws Exception {
        Course course = CourseLoader.load(courseDir.resolve(SyntheticCourse.COURSE_FILE));
        CasebookLoad load = CasebookLoader.load(CourseCases.inputs(course, List.of(), tmp));
        assertThat(load.casebook().errors()).isEmpty();
        Casebook book = load.casebook().value();
        return new SiteBuilder().build(new BuildRequest(course, book, out, Profile.STUDENT, true));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
