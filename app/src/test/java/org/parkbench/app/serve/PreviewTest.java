package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CaseAssembly;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Origin;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.output.OutputBusyException;
import org.parkbench.site.output.OutputRefusedException;
import org.parkbench.site.pages.Profile;

class PreviewTest {
    @TempDir
    Path tmp;

    private static Casebook book(String title) {
        CaseMeta meta = new CaseMeta("solo", title, "", List.of(), null, List.of(), List.of(), 5, CaseStatus.PUBLISHED, Origin.UNKNOWN);
        return new Casebook(List.of(CaseAssembly.of(meta, "Text.", List.of(), List.of(), List.of(), List.of(), java.util.Map.of(),
                List.of(), List.of(), Path.of("solo"), "solo")));
    }

    @Test
    void aChangeToAWatchedFileRebuildsAndBumpsTheVersion() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path title = Files.writeString(data.resolve("title.txt"), "First title");
        Path site = tmp.resolve("site");
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicReference<String> seen = new AtomicReference<>();
        try (Preview preview = new Preview(() -> {
            Casebook b = book(Files.readString(title));
            seen.set(Files.readString(title));
            return new BuildRequest(CourseLoader.defaultCourse(List.of("solo")), b, site, Profile.STUDENT, false);
        }, new SiteBuilder(Clock.systemUTC(), null), log::add)) {
            preview.start(site, 0, List.of(data));
            long version = preview.server().version();
            assertThat(Files.readString(site.resolve("cases/solo.html"))).contains("First title");
            Files.writeString(title, "Second title");
            long deadline = System.currentTimeMillis() + 15_000;
            while (preview.server().version() == version && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(preview.server().version()).isGreaterThan(version);
            assertThat(Files.readString(site.resolve("cases/solo.html"))).contains("Second title");
        }
        assertThat(log).anyMatch(l -> l.startsWith("rebuilt"));
    }

    @Test
    void aBuildIntoTheFolderAPreviewWritesIsRefusedWhileThePreviewRuns() throws Exception {
        Path site = tmp.resolve("site");
        BuildRequest other = new BuildRequest(CourseLoader.defaultCourse(List.of("solo")), book("Another build"), site, Profile.STUDENT, false);
        try (Preview preview = new Preview(() -> new BuildRequest(CourseLoader.defaultCourse(List.of("solo")), book("Previewed"), site,
                Profile.STUDENT, false), new SiteBuilder(), line -> { })) {
            preview.start(site, 0, List.of());
            assertThatThrownBy(() -> new SiteBuilder().build(other)).isInstanceOf(OutputBusyException.class)
                    .hasMessageContaining("is being written by this process");
            assertThat(Files.readString(site.resolve("cases/solo.html"))).contains("Previewed");
            assertThat(preview.rebuild()).as("the preview's own rebuilds go on").isTrue();
        }
        new SiteBuilder().build(other); // once the preview has stopped
        assertThat(Files.readString(site.resolve("cases/solo.html"))).contains("Another build");
    }

    @Test
    void aSiteInsideAWatchedFolderIsRefusedBeforeTheFirstBuild() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path site = data.resolve("site");
        AtomicReference<Boolean> asked = new AtomicReference<>(false);
        try (Preview preview = new Preview(() -> {
            asked.set(true);
            return new BuildRequest(CourseLoader.defaultCourse(List.of("solo")), book("Fine"), site, Profile.STUDENT, false);
        }, new SiteBuilder(), line -> { })) {
            assertThatThrownBy(() -> preview.start(site, 0, List.of(data))).isInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("it is inside " + data.toAbsolutePath().normalize());
        }
        assertThat(asked.get()).isFalse();
        assertThat(site).doesNotExist();
    }

    @Test
    void aFailedRebuildKeepsThePreviousSiteOnline() throws Exception {
        Path site = tmp.resolve("site");
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicReference<Boolean> broken = new AtomicReference<>(false);
        try (Preview preview = new Preview(() -> {
            if (broken.get()) {
                throw new IllegalStateException("cases/solo/case.md:3:1: error: [PB401] malformed front matter");
            }
            return new BuildRequest(CourseLoader.defaultCourse(List.of("solo")), book("Fine"), site, Profile.STUDENT, false);
        }, new SiteBuilder(), log::add)) {
            preview.start(site, 0, List.of());
            long version = preview.server().version();
            broken.set(true);
            assertThat(preview.rebuild()).isFalse();
            assertThat(preview.server().version()).isEqualTo(version);
            assertThat(Files.readString(site.resolve("cases/solo.html"))).contains("Fine");
        }
        assertThat(log).anyMatch(l -> l.contains("[PB401]") && l.contains("still serving"));
    }
}
