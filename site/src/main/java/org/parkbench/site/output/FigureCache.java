package org.parkbench.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureRenderer;

/**
 * Figures an earlier build already drew. Each figure is keyed by a hash of everything its drawing
 * depends on: its texts, size and data table, and the chart code (the charts, JFreeChart and
 * JFreeSVG jars). The hashes of a build are written to {@value #MANIFEST} in the site; the next
 * build reads them from the site it replaces and, for a figure whose hash is unchanged, links the
 * earlier SVG and CSV into the new site instead of drawing the chart again. A change to one park's
 * observations re-draws that park's figures only.
 */
public final class FigureCache {
    public static final String MANIFEST = ".parkbench-figures";
    private static volatile String codeVersion;

    private final Path previousSite;
    private final Map<String, String> previous;
    private final Map<String, String> current;

    private FigureCache(Path previousSite, Map<String, String> previous) {
        this(previousSite, previous, new ConcurrentHashMap<>());
    }

    private FigureCache(Path previousSite, Map<String, String> previous, Map<String, String> current) {
        this.previousSite = previousSite;
        this.previous = previous;
        this.current = current;
    }

    /** No earlier figures: everything is drawn. */
    public static FigureCache empty() {
        return new FigureCache(null, Map.of());
    }

    /** The figures of the Parkbench site at {@code site}, if there is one with a manifest. */
    public static FigureCache of(Path site) {
        Path manifest = site.resolve(MANIFEST);
        if (!Files.isRegularFile(site.resolve(OutputDirectory.MARKER)) || !Files.isRegularFile(manifest)) {
            return empty();
        }
        Map<String, String> hashes = new HashMap<>();
        try (Stream<String> lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int space = line.indexOf(' ');
                if (space > 0) {
                    hashes.put(line.substring(0, space), line.substring(space + 1).strip());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return empty(); // a damaged manifest costs a full redraw, nothing more
        }
        return new FigureCache(site, hashes);
    }

    /**
     * The figures of {@code site} for an update of that same site in place, continuing from the hashes this cache (of the last build or update of
     * {@code site}) recorded, without reading the manifest again: a preview's updates share one
     * record of ten thousands of figures instead of parsing and copying it each time.
     */
    public FigureCache continuing(Path site) {
        return new FigureCache(site, current, current);
    }

    /** Drops a figure that no longer exists from the manifest. */
    public void forget(String id) {
        current.remove(id);
    }

    /** The earlier file at {@code relative} if the figure {@code id} had {@code hash} then and the file is still there. */
    public Optional<Path> reusable(String id, String hash, String relative) {
        if (previousSite == null || !hash.equals(previous.get(id))) {
            return Optional.empty();
        }
        Path file = previousSite.resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Notes the hash of a figure of this build, for the next. */
    public void record(String id, String hash) {
        current.put(id, hash);
    }

    /** The manifest of this build: one {@code id hash} line per figure, sorted by id. */
    public String manifest() {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(current).forEach((id, hash) -> out.append(id).append(' ').append(hash).append('\n'));
        return out.toString();
    }

    /** The hash of everything {@code f}'s drawing depends on. */
    public static String hash(Figure f, String csv) {
        MessageDigest sha = sha256();
        for (String part : List.of(codeVersion(), f.id(), f.title(), f.subtitle(), f.caption(), f.sourceLine(), f.sourceNote(),
                f.altText(), f.width() + "x" + f.height(), csv)) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** A hash of the chart code: the jars (or class folders) of charts, JFreeChart and JFreeSVG. */
    static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            MessageDigest sha = sha256();
            for (Class<?> c : List.of(FigureRenderer.class, JFreeChart.class, SVGGraphics2D.class)) {
                digestCode(c, sha);
            }
            v = HexFormat.of().formatHex(sha.digest(), 0, 8);
            codeVersion = v;
        }
        return v;
    }

    private static void digestCode(Class<?> c, MessageDigest sha) {
        try {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        sha.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // unknown code: a fresh random key, so nothing is reused from a build whose code we cannot compare
            sha.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
