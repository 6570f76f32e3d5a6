package org.parkbench.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a site is put in place: in one step on Linux, repaired after a kill between the two renames
 * elsewhere, leftovers of killed builds deleted, one writer at a time, the umask's permissions, and
 * {@code --out} given as a symbolic link. The states a kill can leave are made here by hand; the
 * application's {@code InterruptedBuildTest} kills real builds.
 */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    /** A build of a site whose index.html says {@code text}. */
    private static void build(Path out, String text) throws IOException {
        OutputDirectory o = OutputDirectory.prepare(out);
        Files.writeString(Files.createDirectories(o.staging().resolve("cases")).resolve("a.html"), text);
        Files.writeString(o.staging().resolve("index.html"), text);
        o.commit();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTwoFoldersAreExchangedInOneStep() throws IOException {
        Path a = Files.createDirectory(tmp.resolve("a"));
        Path b = Files.createDirectory(tmp.resolve("b"));
        Files.writeString(a.resolve("which"), "a");
        Files.writeString(b.resolve("which"), "b");

        assertThat(DirectorySwap.exchange(a, b)).as("renameat2 RENAME_EXCHANGE on this file system").isTrue();

        assertThat(Files.readString(a.resolve("which"))).isEqualTo("b");
        assertThat(Files.readString(b.resolve("which"))).isEqualTo("a");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theSiteFolderNeverDisappearsWhileBuildsAreCommitted() throws Exception {
        Path out = tmp.resolve("site");
        build(out, "0");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.isDirectory(out)) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int i = 1; i <= 150; i++) {
                build(out, Integer.toString(i));
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(looks.get()).isPositive();
        assertThat(missing.get()).as("times the reader found no site folder").isZero();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("150");
        assertThat(names(tmp)).containsExactly(".site.lock", "site");
    }

    @Test
    void withoutAnExchangeTheSiteIsRenamedTwiceAndNothingIsLeftBeside() throws IOException {
        Path out = tmp.resolve("site");
        build(out, "old");
        OutputDirectory o = OutputDirectory.prepare(out, null, false);
        Files.writeString(o.staging().resolve("index.html"), "new");
        o.commit();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(names(tmp)).containsExactly(".site.lock", "site");
    }

    @Test
    void foldersLeftByKilledBuildsAreDeletedByTheNextBuild() throws IOException {
        Path out = tmp.resolve("site");
        build(out, "old");
        // killed while writing; killed after marking its site complete; an earlier version's previous site and staging folder
        Files.writeString(Files.createDirectories(tmp.resolve(".site.building-1a2b/cases")).resolve("half.html"), "<p>");
        Path complete = Files.createDirectory(tmp.resolve(".site.building-3c4d"));
        Files.writeString(complete.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
        Path previous = Files.createDirectory(tmp.resolve(".site.previous-18f0a2b3c4d"));
        Files.writeString(previous.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
        Files.createDirectory(tmp.resolve(".site.building-1234567890"));
        Files.createDirectory(tmp.resolve(".other.building-1")); // another site's: not this build's business

        build(out, "new");

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(names(tmp)).containsExactly(".other.building-1", ".site.lock", "site");
    }

    @Test
    void aSiteMissingAfterAKillBetweenTheTwoRenamesIsPutBackBeforeTheNextBuildWrites() throws IOException {
        // the state a kill between the renames of a commit without exchange leaves: no site, the old one and the new one beside
        Path out = tmp.resolve("site");
        Path old = Files.createDirectory(tmp.resolve(".site.previous-5"));
        Files.writeString(old.resolve("index.html"), "old");
        Files.writeString(old.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
        Files.setLastModifiedTime(old.resolve(OutputDirectory.MARKER), FileTime.fromMillis(1_000_000));
        Path fresh = Files.createDirectory(tmp.resolve(".site.building-6"));
        Files.writeString(fresh.resolve("index.html"), "new");
        Files.writeString(fresh.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);

        OutputDirectory o = OutputDirectory.prepare(out);
        assertThat(Files.readString(out.resolve("index.html"))).as("the newest complete site, back in place").isEqualTo("new");
        o.abandon(); // this build fails: the site put back stays
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(names(tmp)).containsExactly(".site.lock", "site");
    }

    @Test
    void aFolderWhoseDeletionWasCutShortIsNotTakenForASite() throws IOException {
        Path out = tmp.resolve("site");
        Files.writeString(Files.createDirectory(tmp.resolve(".site.building-7")).resolve("index.html"), "half");
        OutputDirectory o = OutputDirectory.prepare(out);
        assertThat(out).doesNotExist();
        o.abandon();
        assertThat(names(tmp)).containsExactly(".site.lock");
    }

    @Test
    void aSecondBuildOfTheSameFolderIsRefusedUntilTheFirstHasFinished() throws IOException {
        Path out = tmp.resolve("site");
        build(out, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("also-site"), out.getFileName());
        OutputDirectory first = OutputDirectory.prepare(out);

        for (Path same : List.of(out, link)) {
            assertThatThrownBy(() -> OutputDirectory.prepare(same)).isInstanceOf(OutputBusyException.class)
                    .hasMessageContaining("the site in " + out + " is being written by this process").hasMessageContaining("Nothing was written");
        }

        Files.writeString(first.staging().resolve("index.html"), "new");
        first.commit();
        // read once released: a second channel to the file, closed, would let this process's lock go on POSIX systems
        assertThat(Files.readString(tmp.resolve(".site.lock")).strip()).as("the holder's process id")
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        build(link, "newer");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("newer");
    }

    @Test
    void aFailedBuildLetsTheLockGo() throws IOException {
        Path out = tmp.resolve("site");
        OutputDirectory.prepare(out).abandon();
        build(out, "fine");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("fine");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theSiteHasThePermissionsTheUmaskGivesNotATemporaryFoldersOwnerOnlyOnes() throws IOException {
        String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("probe"))));
        assumeFalse(umasked.equals("rwx------"), "the umask here is 077: nothing would tell the two apart");
        Path out = tmp.resolve("site");
        build(out, "first");
        build(out, "rebuilt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(umasked);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("cases")))).isEqualTo(umasked);
    }

    @Test
    void anOutThatIsASymbolicLinkStaysOneAndTheFolderItPointsAtIsUpdated() throws IOException {
        Path real = tmp.resolve("www/course");
        build(real, "old");
        Path links = Files.createDirectory(tmp.resolve("links"));
        Path out = Files.createSymbolicLink(links.resolve("site"), Path.of("../www/course"));
        Path outer = Files.createSymbolicLink(links.resolve("latest"), Path.of("site")); // a link to the link

        build(out, "new");
        build(outer, "newer");

        assertThat(out).isSymbolicLink();
        assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of("../www/course"));
        assertThat(Files.readSymbolicLink(outer)).isEqualTo(Path.of("site"));
        assertThat(Files.readString(real.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("newer");
        assertThat(names(links)).containsExactly("latest", "site");
        assertThat(names(tmp.resolve("www"))).containsExactly(".course.lock", "course");
    }

    @Test
    void symbolicLinksInALoopAreRefusedByName() throws IOException {
        Path a = tmp.resolve("a");
        Files.createSymbolicLink(a, Path.of("b"));
        Files.createSymbolicLink(tmp.resolve("b"), Path.of("a"));
        assertThatThrownBy(() -> OutputDirectory.prepare(a)).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("refusing to write the site to " + a).hasMessageContaining("loop");
        assertThat(names(tmp)).containsExactly("a", "b");
    }
}
