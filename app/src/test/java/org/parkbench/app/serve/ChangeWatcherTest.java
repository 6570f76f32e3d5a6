package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview's watcher reports: changes under a watched folder, new folders too, and a watched file's own changes only. */
class ChangeWatcherTest {
    @TempDir
    Path tmp;

    private static void waitFor(List<Set<Path>> seen, java.util.function.Predicate<List<Set<Path>>> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!done.test(seen) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aChangeAnywhereUnderAWatchedFolderIsReportedWithItsFileEvenInAFolderMadeAfterTheStart() throws Exception {
        Path cases = Files.createDirectories(tmp.resolve("cases/suzhou"));
        Path csv = Files.writeString(cases.resolve("observations.csv"), "a\n");
        List<Set<Path>> seen = new CopyOnWriteArrayList<>();
        try (ChangeWatcher w = ChangeWatcher.watch(List.of(tmp.resolve("cases")), seen::add)) {
            Files.writeString(csv, "b\n");
            waitFor(seen, s -> s.stream().anyMatch(c -> c.contains(csv.toAbsolutePath())));
            assertThat(seen).anyMatch(c -> c.contains(csv.toAbsolutePath()));

            Path fresh = Files.createDirectories(tmp.resolve("cases/new-case/exercises"));
            Thread.sleep(200); // the new folder is registered as the library sees it appear
            Path exercise = Files.writeString(fresh.resolve("e.md"), "x");
            waitFor(seen, s -> s.stream().anyMatch(c -> c.contains(exercise.toAbsolutePath())));
            assertThat(seen).anyMatch(c -> c.contains(exercise.toAbsolutePath()));
        }
    }

    @Test
    void aWatchedFileCountsButItsNeighboursAndWhatIsBelowItsFolderDoNot() throws Exception {
        Path course = Files.writeString(tmp.resolve("course.yml"), "title: A\n");
        Path neighbour = Files.writeString(tmp.resolve("notes.txt"), "n\n");
        Path below = Files.createDirectories(tmp.resolve("site"));
        List<Set<Path>> seen = new CopyOnWriteArrayList<>();
        try (ChangeWatcher w = ChangeWatcher.watch(List.of(course), seen::add)) {
            Files.writeString(neighbour, "m\n");
            Files.writeString(below.resolve("index.html"), "<p>");
            Files.writeString(course, "title: B\n");
            waitFor(seen, s -> s.stream().anyMatch(c -> c.contains(course.toAbsolutePath())));
            assertThat(seen).isNotEmpty().allSatisfy(c -> assertThat(c).containsOnly(course.toAbsolutePath()));
        }
    }

    @Test
    void aBurstOfSavesIsReportedTogether() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        List<Set<Path>> seen = new CopyOnWriteArrayList<>();
        try (ChangeWatcher w = ChangeWatcher.watch(List.of(dir), seen::add)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("f" + i + ".csv"), "x");
            }
            waitFor(seen, s -> s.stream().mapToInt(Set::size).sum() >= 5);
            Thread.sleep(300);
            // five files saved within the settling pause make at most a couple of callbacks, not one per file
            assertThat(seen.stream().flatMap(Set::stream).distinct()).hasSize(5);
            assertThat(seen.size()).isLessThan(5);
        }
    }
}
