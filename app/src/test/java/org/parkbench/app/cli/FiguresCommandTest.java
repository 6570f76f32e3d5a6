package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code parkbench figures}: every figure of the shipped cases as SVG, PNG and CSV, deterministic. */
class FiguresCommandTest {
    @TempDir
    static Path dir;
    private static CommandRun first;

    @BeforeAll
    static void writeFigures() {
        first = CommandRun.of("figures", "--out", dir.resolve("first").toString());
    }

    @Test
    void writesAtLeastTwentyFiguresInEveryFormatWithTheirData() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> svgs = names(dir.resolve("first"), ".svg");
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(20);
        for (String svg : svgs) {
            String id = svg.substring(0, svg.length() - 4);
            assertThat(dir.resolve("first").resolve(id + ".png")).isNotEmptyFile();
            assertThat(dir.resolve("first").resolve(id + ".csv")).isNotEmptyFile();
        }
        assertThat(dir.resolve("first").resolve("index.html")).content().contains("<img", ".svg");
    }

    @Test
    void everySvgIsWellFormedWithATitleAndADescription() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String svg : names(dir.resolve("first"), ".svg")) {
            Document doc = factory.newDocumentBuilder().parse(dir.resolve("first").resolve(svg).toFile());
            assertThat(text(doc, "title")).as(svg).isNotBlank();
            assertThat(text(doc, "desc")).as(svg).isNotBlank();
        }
    }

    @Test
    void aSecondRunWritesByteIdenticalSvg() throws IOException {
        CommandRun second = CommandRun.of("figures", "--format", "svg", "--out", dir.resolve("second").toString());
        assertThat(second.exitCode()).isZero();
        for (String svg : names(dir.resolve("first"), ".svg")) {
            assertThat(dir.resolve("second").resolve(svg)).as(svg).hasSameBinaryContentAs(dir.resolve("first").resolve(svg));
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("figures", "--format", "gif", "--out", dir.resolve("never").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--format'", "expected one of [SVG, PNG]", "but was 'gif'");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    private static String text(Document doc, String element) {
        var nodes = doc.getElementsByTagNameNS("*", element);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static List<String> names(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }
}
