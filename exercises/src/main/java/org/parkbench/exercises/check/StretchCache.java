package org.parkbench.exercises.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stretched derivations a lecturer's builds have made, kept between runs so that only the
 * first build of an exercise's keys pays for them (docs/decisions/011-stretched-self-check.md). One
 * line per derivation, {@code fingerprint derived} in hex, where the fingerprint is SHA-256 of the
 * rounds, salt and text; the file is appended to as derivations are made (a line is written whole,
 * so builds running at once only add lines) and read once per run; lines it does not recognise are
 * ignored, and a file over {@link #MAX_BYTES} is started afresh.
 *
 * <p>It lives in the user's cache folder ({@code $XDG_CACHE_HOME/parkbench}, else
 * {@code ~/.cache/parkbench}), never in a site: a fingerprint is a fast hash of an answer, so the
 * file is as private as the course's keys, and it is written readable by its owner only. The
 * system property {@code parkbench.cache} names another folder, or {@code off} (the tests' setting)
 * for none. It is only a shortcut: when it cannot be read or written, derivations are simply made.
 */
final class StretchCache {
    static final String FILE = "stretched-keys.txt";
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} [0-9a-f]{64}");

    private final Optional<Path> file;
    private final Map<String, byte[]> kept = new ConcurrentHashMap<>();

    StretchCache(Optional<Path> folder) {
        this.file = folder.map(f -> f.resolve(FILE));
        file.ifPresent(this::load);
    }

    /** The cache the system property, the environment and the home folder name. */
    static StretchCache ofUser() {
        String chosen = System.getProperty("parkbench.cache");
        if ("off".equals(chosen)) {
            return new StretchCache(Optional.empty());
        }
        if (chosen != null && !chosen.isBlank()) {
            return new StretchCache(Optional.of(Path.of(chosen)));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path folder = xdg != null && !xdg.isBlank() ? Path.of(xdg, "parkbench")
                : home == null || home.isBlank() ? null : Path.of(home, ".cache", "parkbench");
        return new StretchCache(Optional.ofNullable(folder));
    }

    Optional<byte[]> get(String fingerprint) {
        return Optional.ofNullable(kept.get(fingerprint));
    }

    void put(String fingerprint, byte[] derived) {
        if (file.isEmpty() || kept.putIfAbsent(fingerprint, derived.clone()) != null) {
            return;
        }
        byte[] line = (fingerprint + " " + HexFormat.of().formatHex(derived) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Path f = file.get();
            if (Files.notExists(f)) {
                if (Files.notExists(f.getParent())) {
                    try {
                        Files.createDirectories(f.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    } catch (UnsupportedOperationException e) {
                        Files.createDirectories(f.getParent());
                    }
                }
                try {
                    Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(f);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another build made it meanwhile
                }
            }
            Files.write(f, line, StandardOpenOption.APPEND);
        } catch (IOException | SecurityException e) {
            // only a shortcut: the derivation is made again next time
        }
    }

    private void load(Path f) {
        try {
            if (!Files.isRegularFile(f)) {
                return;
            }
            if (Files.size(f) > MAX_BYTES) {
                Files.delete(f);
                return;
            }
            for (String line : Files.readAllLines(f, StandardCharsets.US_ASCII)) {
                if (LINE.matcher(line).matches()) {
                    kept.put(line.substring(0, 64), HexFormat.of().parseHex(line.substring(65)));
                }
            }
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            kept.clear();
        }
    }
}
