package org.parkbench.app.scorm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Loaded;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.exercises.export.DeterministicZip;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.InvalidSiteInputException;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.Course;
import org.parkbench.site.pages.Profile;

/**
 * A course's student site as a SCORM 1.2 content package: the site built as {@code build} builds
 * it (student profile, one language, so its pages sit at the package's root), the launch page and
 * its script, the exercises the script reports ({@link TrackedExercises}) and {@code imsmanifest.xml},
 * zipped so the same course gives the same bytes. The whole course's package has one SCO per case;
 * {@code forCase} makes the package of one case (the site is still the course's, so links between
 * cases, the progress key and the students' variants are the ones the site and {@code grade} use).
 */
public final class ScormPackage {
    /** The page the LMS launches. */
    public static final String LAUNCH = "scorm-launch.html";
    private static final String RUNTIME = "parkbench/app/scorm/" + LaunchPage.SCRIPT;

    private final BuildRequest site;
    private final Language language;
    private final Optional<String> caseId;

    private ScormPackage(BuildRequest site, Language language, Optional<String> caseId) {
        this.site = site;
        this.language = language;
        this.caseId = caseId;
    }

    /** The package of the whole course of {@code site} (its output folder is not used), in {@code language}. */
    public static ScormPackage of(BuildRequest site, Language language) {
        return new ScormPackage(site, language, Optional.empty());
    }

    /**
     * The package of one case of the course.
     *
     * @throws IllegalArgumentException when the course has no case {@code caseId}
     */
    public static ScormPackage forCase(BuildRequest site, Language language, String caseId) {
        if (!courseCaseIds(site).contains(caseId)) {
            throw new IllegalArgumentException("the course has no case '" + caseId + "'; its cases: " + String.join(", ", courseCaseIds(site)));
        }
        return new ScormPackage(site, language, Optional.of(caseId));
    }

    /** The ids of the course's cases, in the order its students meet them (the casebook's own order for what no session names). */
    public static List<String> courseCaseIds(BuildRequest site) {
        List<String> ids = new ArrayList<>(site.course().caseIds());
        ids.retainAll(site.casebook().cases().stream().map(CaseStudy::id).toList());
        site.casebook().cases().stream().map(CaseStudy::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** The file name a lecturer gets by default: {@code course-scorm.zip}, or {@code <case>-scorm.zip}. */
    public String defaultFileName() {
        return caseId.map(id -> id + "-scorm.zip").orElse("course-scorm.zip");
    }

    /**
     * The package's files, unzipped, into {@code folder} (which must not exist yet): what an LMS unpacks.
     *
     * @throws InvalidSiteInputException when the course's site does not build (its diagnostics say why)
     */
    public void writeTo(Path folder) throws IOException {
        Path siteFolder = folder.toAbsolutePath();
        Files.createDirectories(siteFolder.getParent());
        Course course = site.course().withLanguages(List.of(language));
        new SiteBuilder().build(new BuildRequest(course, site.casebook(), siteFolder, Profile.STUDENT, site.figures()));
        // the build's own bookkeeping (the marker of a Parkbench site folder) is no part of the package
        try (Stream<Path> top = Files.list(siteFolder)) {
            for (Path p : top.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                delete(p);
            }
        }
        Casebook book = site.casebook().in(language);
        Loaded<ExerciseSet> exercises = ExerciseLoader.load(book, language);
        if (exercises.hasErrors()) {
            throw new IllegalStateException("the course's exercises do not load: " + exercises.errors());
        }
        List<CaseStudy> cases = courseCaseIds(site).stream().filter(id -> caseId.map(id::equals).orElse(true))
                .map(id -> book.caseStudy(id).orElseThrow()).toList();
        String courseTitle = course.in(language).title();
        Files.writeString(siteFolder.resolve(TrackedExercises.FILE),
                TrackedExercises.script(site.course().id(), cases, exercises.value()), StandardCharsets.UTF_8);
        Files.writeString(siteFolder.resolve(LAUNCH), LaunchPage.html(language, courseTitle), StandardCharsets.UTF_8);
        try (var runtime = ScormPackage.class.getClassLoader().getResourceAsStream(RUNTIME)) {
            if (runtime == null) {
                throw new IllegalStateException("the class path has no " + RUNTIME);
            }
            Files.write(siteFolder.resolve(LaunchPage.SCRIPT), runtime.readAllBytes());
        }
        List<String> files = files(siteFolder);
        List<ScormManifest.Item> items = cases.stream().map(c -> new ScormManifest.Item(c.id(), c.meta().title())).toList();
        String title = caseId.isPresent() ? cases.get(0).meta().title() : courseTitle;
        Files.write(siteFolder.resolve(ScormManifest.FILE), ScormManifest.write(site.course().id(), title, items, files));
    }

    /** The package as a zip, {@code imsmanifest.xml} at its root; built in a temporary folder that is removed afterwards. */
    public byte[] zip() throws IOException {
        Path temp = Files.createTempDirectory("parkbench-scorm");
        try {
            Path folder = temp.resolve("package");
            writeTo(folder);
            DeterministicZip zip = new DeterministicZip();
            for (String file : files(folder)) {
                zip.add(file, Files.readAllBytes(folder.resolve(file)));
            }
            zip.add(ScormManifest.FILE, Files.readAllBytes(folder.resolve(ScormManifest.FILE)));
            return zip.bytes();
        } finally {
            delete(temp);
        }
    }

    /** Every file of the package but the manifest, as relative paths with '/', sorted; the build's own bookkeeping (dot files) left out. */
    private static List<String> files(Path folder) throws IOException {
        TreeMap<String, Path> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                Path relative = folder.relativize(p);
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                String name = relative.toString().replace('\\', '/');
                if (!hidden && !name.equals(ScormManifest.FILE)) {
                    found.put(name, p);
                }
            });
        }
        return new ArrayList<>(found.keySet());
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
