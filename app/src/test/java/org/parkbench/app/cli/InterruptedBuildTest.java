package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parkbench build} run as separate processes, the way a user's shell runs it: killed with
 * SIGKILL at random moments, two at once into one folder, and under a given umask. Each build is
 * the shipped course without figures, a few seconds; the whole class stays under about a minute.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedBuildTest {
    /** A file put into the previous site: still there after a kill means the previous site is intact. */
    private static final String TAG = "previous-site.txt";
    private static final long SECONDS_OF_KILLING = 20;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSiteAndTheNextBuildLeavesNothingBesideIt() throws Exception {
        Path sites = Files.createDirectory(tmp.resolve("sites"));
        Path out = sites.resolve("site");
        long started = System.nanoTime();
        Finished reference = run("022", "build", "--no-figures", "--out", out.toString());
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> complete = tree(out);
        assertThat(complete).containsKeys("index.html", "en/cases/suez-teda.html", "zh/cases/suez-teda.html", ".parkbench-site");

        // the first kill lands mid-build for sure: as soon as its staging folder is there
        Files.writeString(out.resolve(TAG), "the previous site");
        Process first = start("022", "build", "--no-figures", "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (first.isAlive() && staging(sites).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(first.isAlive()).as("the build is still running once its staging folder exists").isTrue();
        kill(first);
        assertThat(staging(sites)).as("what the killed build left").isNotEmpty();
        assertThat(wholeSite(out, complete)).as("the previous site, intact").isTrue();

        // then at random moments over a whole build, from the JVM's start to the deletion of the previous site
        Random random = new Random(20261202);
        int kills = 1;
        int previousKept = 1;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_OF_KILLING);
        while (kills < 8 && System.nanoTime() < until) {
            if (!Files.exists(out.resolve(TAG))) {
                Files.writeString(out.resolve(TAG), "the previous site");
            }
            Process p = start("022", "build", "--no-figures", "--out", out.toString());
            Thread.sleep(random.nextInt((int) Math.max(1, buildMillis * 13 / 10)));
            kill(p);
            kills++;
            if (wholeSite(out, complete)) {
                previousKept++;
            }
        }

        Finished next = run("022", "build", "--no-figures", "--out", out.toString());
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("Built ");
        assertThat(tree(out)).as("the site after " + kills + " kills (" + previousKept + " before the commit)").isEqualTo(complete);
        assertThat(names(sites)).as("beside the site after the next build").containsExactly(".site.lock", "site");
    }

    @Test
    void twoBuildsIntoOneFolderAtOnceDoNotBothSayBuilt() throws Exception {
        Path sites = Files.createDirectory(tmp.resolve("sites"));
        Path out = sites.resolve("site");
        Process first = start("022", "build", "--no-figures", "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (first.isAlive() && staging(sites).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        // the first build is writing: hold it there while the second one runs from start to end
        signal("STOP", first);
        Finished second;
        try {
            second = run("022", "build", "--no-figures", "--out", out.toString());
        } finally {
            signal("CONT", first);
        }
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String firstOut = Files.readString(tmp.resolve("stdout-" + first.pid() + ".txt"));

        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(1);
        assertThat(second.out()).doesNotContain("Built");
        assertThat(second.err()).contains("parkbench build: the site in " + out + " is being written by another Parkbench build "
                + "or preview (process " + first.pid() + "); wait for it to finish (or stop it), then build again. Nothing was written.");
        assertThat(second.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(first.exitValue()).isZero();
        assertThat(firstOut).contains("Built ");
        assertThat(out.resolve("index.html")).isNotEmptyFile();
        assertThat(names(sites)).containsExactly(".site.lock", "site");
    }

    @Test
    void aRebuiltSiteHasThePermissionsTheUmaskGives() throws Exception {
        Path out = tmp.resolve("site");
        for (String pass : List.of("first build", "rebuild")) {
            Finished built = run("027", "build", "--no-figures", "--out", out.toString());
            assertThat(built.exitCode()).as(built.err()).isZero();
            assertThat(permissions(out)).as(pass + ": the site folder").isEqualTo("rwxr-x---");
            assertThat(permissions(out.resolve("en/cases"))).as(pass + ": a folder in it").isEqualTo("rwxr-x---");
            assertThat(permissions(out.resolve("index.html"))).as(pass + ": a page").isEqualTo("rw-r-----");
            assertThat(permissions(out.resolve("zh/cases/suez-teda.html"))).as(pass + ": a page in a language's folder").isEqualTo("rw-r-----");
        }
    }

    /** A build that ran to its end. */
    private record Finished(int exitCode, String out, String err) {
    }

    private Finished run(String umask, String... args) throws Exception {
        Process p = start(umask, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("parkbench " + String.join(" ", args) + " ends").isTrue();
        return new Finished(p.exitValue(), Files.readString(tmp.resolve("stdout-" + p.pid() + ".txt")),
                Files.readString(tmp.resolve("stderr-" + p.pid() + ".txt")));
    }

    /**
     * Starts {@code parkbench ARGS} in a JVM of its own, with this test's classpath, under {@code umask};
     * the shell execs Java, so the process is the JVM itself. Output goes to files named by its id.
     */
    private Process start(String umask, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), ParkbenchCommand.class.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "stdout", ".txt");
        Path stderr = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        Files.move(stdout, tmp.resolve("stdout-" + p.pid() + ".txt"));
        Files.move(stderr, tmp.resolve("stderr-" + p.pid() + ".txt"));
        return p;
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void signal(String signal, Process p) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + signal).isTrue();
    }

    /**
     * Whether {@code out} is the previous site (its tag still there) rather than a new one; either
     * way it must be a whole site, file for file what a build makes.
     */
    private static boolean wholeSite(Path out, Map<String, String> complete) throws IOException {
        assertThat(out).as("the site folder after a kill").isDirectory();
        Map<String, String> now = tree(out);
        boolean previous = now.remove(TAG) != null;
        assertThat(now).as("the site after a kill (" + (previous ? "the previous one" : "the new one") + ")").isEqualTo(complete);
        return previous;
    }

    private static List<Path> staging(Path sites) throws IOException {
        try (Stream<Path> entries = Files.list(sites)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".site.building-")).toList();
        }
    }

    /** Every file of a site by its path inside it, with a hash of its bytes. */
    private static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
