package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureExportTest {
    private static final FigureCatalogue CATALOGUE = FigureCatalogue.forCasebook(Fixtures.casebook());

    @Test
    void writesPictureDataAndContactSheetForEveryFigure(@TempDir Path dir) {
        List<Path> written = FigureExport.write(CATALOGUE.figures(), dir, EnumSet.allOf(Format.class), false);
        for (Figure f : CATALOGUE.figures()) {
            assertThat(dir.resolve(f.id() + ".svg")).isRegularFile();
            assertThat(dir.resolve(f.id() + ".png")).isRegularFile();
            assertThat(dir.resolve(f.id() + ".csv")).hasContent(f.table().toCsv().stripTrailing());
        }
        assertThat(written).hasSize(3 * CATALOGUE.figures().size() + 1).contains(dir.resolve("index.html"));
    }

    @Test
    void parallelAndSequentialRunsWriteIdenticalFiles(@TempDir Path dir) throws IOException {
        Path sequential = dir.resolve("one");
        Path parallel = dir.resolve("two");
        FigureExport.write(CATALOGUE.figures(), sequential, EnumSet.allOf(Format.class), false);
        FigureExport.write(CATALOGUE.figures(), parallel, EnumSet.allOf(Format.class), true);
        List<Path> files = list(sequential);
        assertThat(files).isNotEmpty().isEqualTo(list(parallel));
        for (Path name : files) {
            assertThat(Files.readAllBytes(parallel.resolve(name))).as(name.toString())
                    .isEqualTo(Files.readAllBytes(sequential.resolve(name)));
        }
    }

    @Test
    void onlyTheAskedFormatsAreWrittenAndTheContactSheetLinksThem(@TempDir Path dir) throws IOException {
        FigureExport.write(CATALOGUE.figures(), dir, Set.of(Format.SVG), true);
        assertThat(list(dir)).noneMatch(p -> p.toString().endsWith(".png"));
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        for (Figure f : CATALOGUE.figures()) {
            assertThat(html).contains("href=\"" + f.id() + ".svg\"").contains("href=\"" + f.id() + ".csv\"")
                    .doesNotContain("href=\"" + f.id() + ".png\"");
        }
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("developer's");
        assertThat(html).contains("developer&#39;s");
    }

    @Test
    void theContactSheetListsFiguresThatCouldNotBeDrawn(@TempDir Path dir) throws IOException {
        FigureCatalogue empty = FigureCatalogue.forCasebook(Fixtures.empty());
        FigureExport.write(empty.figures(), empty.problems(), dir, Set.of(Format.SVG), false);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("figure &#39;parks-map&#39; cannot be drawn");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }
}
