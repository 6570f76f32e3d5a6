package org.parkbench.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes figures to a folder, for slides and for the site: {@code <id>.svg}, {@code <id>.png},
 * {@code <id>.csv} (its data) for every figure, and {@code index.html}, a contact sheet that shows
 * them all with title, caption, source and alt text. Each figure is rendered once per format;
 * with {@code parallel}, figures render on several threads, each on its own chart.
 */
public final class FigureExport {
    private FigureExport() {
    }

    /** Writes the figures and the contact sheet; returns the files written, sorted. */
    public static List<Path> write(List<Figure> figures, Path dir, Set<Format> formats, boolean parallel) {
        return write(figures, List.of(), dir, formats, parallel);
    }

    /** As {@link #write(List, Path, Set, boolean)}, listing the figures that could not be built on the contact sheet. */
    public static List<Path> write(List<Figure> figures, List<FigureProblem> problems, Path dir, Set<Format> formats,
                                   boolean parallel) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no figure format given: use svg, png or both");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the figure folder " + dir + ": " + e.getMessage(), e);
        }
        List<Path> written = Collections.synchronizedList(new ArrayList<>());
        Stream<Figure> stream = parallel ? figures.parallelStream() : figures.stream();
        stream.forEach(figure -> written.addAll(writeOne(figure, dir, formats)));
        Path index = dir.resolve("index.html");
        writeBytes(index, ContactSheet.html(figures, problems, formats).getBytes(StandardCharsets.UTF_8));
        written.add(index);
        List<Path> sorted = new ArrayList<>(written);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    private static List<Path> writeOne(Figure figure, Path dir, Set<Format> formats) {
        List<Path> out = new ArrayList<>();
        Path csv = dir.resolve(figure.id() + ".csv");
        writeBytes(csv, figure.table().toCsv().getBytes(StandardCharsets.UTF_8));
        out.add(csv);
        if (formats.contains(Format.SVG)) {
            Path svg = dir.resolve(figure.id() + ".svg");
            writeBytes(svg, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + FigureRenderer.svg(figure) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.add(svg);
        }
        if (formats.contains(Format.PNG)) {
            Path png = dir.resolve(figure.id() + ".png");
            writeBytes(png, FigureRenderer.png(figure));
            out.add(png);
        }
        return out;
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
