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
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.app.synth.SyntheticCourse;
import org.parkbench.core.load.CaseInput;
import org.parkbench.core.load.CaseLoader;
import org.parkbench.core.load.CasebookLoad;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.BuildResult;
import org.parkbench.site.build.LiveSite;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseCases;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.SitePaths;
import org.parkbench.site.pages.PageLimits;
import org.parkbench.site.pages.Profile;

/**
 * A preview's update of one case in place ends with the very site a full build of the changed data
 * writes, file for file, while writing the changed case's page before anything else and leaving
 * the pages of unchanged parks alone.
 */
class LiveSiteTest {
    @TempDir
    Path tmp;

    @Test
    void changingOneParksFigureUpdatesItsPagesAndEndsAsAFullBuildWould() throws Exception {
        Path courseDir = course(30, 2);
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(new SiteBuilder());
        live.build(request(courseDir, site, true));

        edit(courseDir.resolve("cases/synthetic-case-0002/observations.csv"), "synthetic-park-0020,enterprises,", 2, "777777");
        AtomicReference<String> whenReady = new AtomicReference<>();
        BuildResult update = live.update(reread(live.current(), courseDir, "synthetic-case-0002"), "synthetic-case-0002",
                () -> whenReady.set(read(site, SitePaths.park("synthetic-park-0020"))));

        assertThat(whenReady.get()).as("the park's page when the update says the case is ready").contains("777,777");
        List<String> parkPages = update.files().stream().map(Path::toString).filter(f -> f.startsWith("parks/")).toList();
        assertThat(parkPages).containsExactly("parks/synthetic-park-0020.html");
        assertThat(update.figuresDrawn()).isEqualTo(1);
        assertThat(differences(site, fresh(courseDir, true))).isEmpty();
    }

    @Test
    void removingAParkDeletesItsPagesAndShortensTheCatalogue() throws Exception {
        Path courseDir = course(2 * PageLimits.CATALOGUE_ROWS + 1, 3);
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(new SiteBuilder());
        live.build(request(courseDir, site, false));
        assertThat(site.resolve(SitePaths.listPage(SitePaths.PARKS, 3))).exists();

        Path caseDir = courseDir.resolve("cases/synthetic-case-0003");
        String last = Files.readAllLines(caseDir.resolve("parks.csv")).stream().reduce((a, b) -> b).orElseThrow().split(",")[0];
        for (String file : List.of("parks.csv", "actors.csv", "observations.csv", "events.csv")) {
            Path f = caseDir.resolve(file);
            Files.write(f, Files.readAllLines(f).stream().filter(l -> !l.startsWith(last + ",")).toList());
        }
        Path md = caseDir.resolve("case.md");
        Files.writeString(md, Files.readString(md).replace(", " + last + "]", "]"));

        live.update(reread(live.current(), courseDir, "synthetic-case-0003"), "synthetic-case-0003", () -> { });

        assertThat(site.resolve(SitePaths.park(last))).doesNotExist();
        assertThat(site.resolve(SitePaths.listPage(SitePaths.PARKS, 3))).doesNotExist();
        assertThat(differences(site, fresh(courseDir, false))).isEmpty();
    }

    @Test
    void renamingACaseUpdatesItsNeighboursLinks() throws Exception {
        Path courseDir = course(12, 3);
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(new SiteBuilder());
        live.build(request(courseDir, site, false));
        Path md = courseDir.resolve("cases/synthetic-case-0002/case.md");
        Files.writeString(md, Files.readString(md).replaceFirst("title: \"[^\"]*\"", "title: \"A renamed synthetic case\""));

        live.update(reread(live.current(), courseDir, "synthetic-case-0002"), "synthetic-case-0002", () -> { });

        assertThat(read(site, SitePaths.caseStudy("synthetic-case-0003"))).contains("A renamed synthetic case");
        assertThat(differences(site, fresh(courseDir, false))).isEmpty();
    }

    @Test
    void removingAnExerciseDeletesItsPage() throws Exception {
        Path courseDir = course(12, 2);
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(new SiteBuilder());
        live.build(request(courseDir, site, false));
        assertThat(site.resolve(SitePaths.exercise("synthetic-case-0002-sources"))).exists();
        Files.delete(courseDir.resolve("cases/synthetic-case-0002/exercises/synthetic-case-0002-sources.md"));

        live.update(reread(live.current(), courseDir, "synthetic-case-0002"), "synthetic-case-0002", () -> { });

        assertThat(site.resolve(SitePaths.exercise("synthetic-case-0002-sources"))).doesNotExist();
        assertThat(differences(site, fresh(courseDir, false))).isEmpty();
    }

    private Path course(int parks, int cases) {
        Path dir = tmp.resolve("course");
        SyntheticCourse.write(new SyntheticCourse.Settings(parks, cases, 17), dir);
        return dir;
    }

    private BuildRequest request(Path courseDir, Path out, boolean figures) throws Exception {
        Course course = CourseLoader.load(courseDir.resolve(SyntheticCourse.COURSE_FILE));
        CasebookLoad load = CasebookLoader.load(CourseCases.inputs(course, List.of(), tmp));
        assertThat(load.casebook().errors()).isEmpty();
        return new BuildRequest(course, load.casebook().value(), out, Profile.INSTRUCTOR, figures);
    }

    /** The current request with one case read again from disk, as the preview's reload does it. */
    private BuildRequest reread(BuildRequest current, Path courseDir, String caseId) throws Exception {
        CaseStudy fresh = CaseLoader.load(CaseInput.resolve(courseDir.resolve("cases").resolve(caseId), tmp)).result().orElseThrow();
        List<CaseStudy> cases = new ArrayList<>(current.casebook().cases());
        cases.replaceAll(c -> c.id().equals(caseId) ? fresh : c);
        return new BuildRequest(current.course(), new Casebook(cases), current.outDir(), current.profile(), current.figures());
    }

    private Path fresh(Path courseDir, boolean figures) throws Exception {
        Path out = tmp.resolve("fresh");
        new SiteBuilder().build(request(courseDir, out, figures));
        return out;
    }

    private static void edit(Path csv, String rowStart, int cell, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(rowStart)) {
                String[] cells = lines.get(i).split(",", -1);
                cells[cell] = value;
                lines.set(i, String.join(",", cells));
                break;
            }
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    private static String read(Path site, String page) {
        try {
            return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The files that differ between two sites, or that only one has. */
    private static List<String> differences(Path a, Path b) throws IOException {
        Map<String, String> x = contents(a);
        Map<String, String> y = contents(b);
        java.util.Set<String> names = new java.util.TreeSet<>(x.keySet());
        names.addAll(y.keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(x.get(n), y.get(n))).toList();
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
