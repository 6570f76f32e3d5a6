package org.parkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
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

    /**
     * Event texts that a spreadsheet would run as formulas, in a case a contributor edits (read from
     * the launcher's project directory), reach the figures' CSV only behind a leading {@code '}. The
     * case loader strips a cell's surrounding white space, so a leading tab or carriage return never
     * gets this far; the site's and the gradebook's tests have those.
     */
    @Test
    void eventTextsThatLookLikeFormulasAreGuardedInTheFigureCsv() throws IOException {
        Path home = dir.resolve("project");
        Path data = ShippedCaseCopy.copy("suzhou", home.resolve("cases/suzhou/src/main/resources/parkbench/cases/suzhou"));
        List<String> formulas = List.of("=1+1", "+1", "-1", "@x");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < formulas.size(); i++) {
            rows.append("suzhou-industrial-park,").append(2010 + i).append(',').append(formulas.get(i))
                    .append(",ieee-cyber-2019-about-suzhou,,\n"); // no note, no Chinese text
        }
        Files.writeString(data.resolve("events.csv"), rows, StandardOpenOption.APPEND);
        Path out = dir.resolve("formulas");

        CommandRun run = ScaffoldedCase.withHome(home, () -> CommandRun.of("figures", "--format", "svg", "--out", out.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Reader in = Files.newBufferedReader(out.resolve("milestones-timeline.csv"), StandardCharsets.UTF_8)) {
            List<String> events = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(r -> r.get("Event")).toList();
            assertThat(events).containsAll(formulas.stream().map(f -> "'" + f).toList()).doesNotContainAnyElementsOf(formulas);
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
