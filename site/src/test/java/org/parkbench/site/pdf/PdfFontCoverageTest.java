package org.parkbench.site.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped PDF fonts draw every character of the shipped texts, so no handout shows a missing
 * glyph box. English texts (case.md, teaching notes, exercises, the CSV cells outside the
 * {@code _zh} columns, the English message bundles) are in the Latin font, except the Chinese
 * characters they quote (names such as 苏州), which the PDF's font list leaves to the Chinese font;
 * Chinese texts ({@code *.zh.md}, the {@code _zh} columns, the Chinese bundles) are in the Chinese
 * font or the Latin one. The fonts are read with PDFBox's font parser, the one that embeds them.
 */
class PdfFontCoverageTest {
    private static final String FONTS = "/parkbench/site/pdf-fonts/";
    private static final String[] BUNDLES = {"core", "charts", "exercises", "site"};
    /** As the case data is read (core's CsvTable): '#' lines are comments, kept here since a note may show them. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private static TrueTypeFont font(String file) throws IOException {
        try (InputStream in = PdfFonts.open(PdfFontCoverageTest.class.getClassLoader(), file)) {
            assertThat(in).as(file + " on the class path").isNotNull();
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    private static Optional<Path> casesDirectory() {
        for (Path candidate : List.of(Path.of("../cases"), Path.of("cases"))) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** Each shipped case's resource folder, e.g. cases/suzhou/src/main/resources/parkbench/cases/suzhou. */
    private static List<Path> caseFolders() throws IOException {
        Optional<Path> cases = casesDirectory();
        Assumptions.assumeTrue(cases.isPresent(), "no case data under ../cases: skipped");
        try (Stream<Path> modules = Files.list(cases.get())) {
            List<Path> folders = modules.map(m -> m.resolve("src/main/resources/parkbench/cases").resolve(m.getFileName()))
                    .filter(d -> Files.isRegularFile(d.resolve("case.md")))
                    .sorted()
                    .toList();
            Assumptions.assumeFalse(folders.isEmpty(), "no shipped case: skipped");
            return folders;
        }
    }

    /** Every character of the shipped texts in one language, each with the first file that has it. */
    private static Map<Integer, String> characters(boolean chinese) throws IOException {
        Map<Integer, String> found = new TreeMap<>();
        for (Path folder : caseFolders()) {
            List<Path> files;
            try (Stream<Path> top = Files.list(folder)) {
                files = top.filter(Files::isRegularFile).toList();
            }
            List<Path> exercises = List.of();
            if (Files.isDirectory(folder.resolve("exercises"))) {
                try (Stream<Path> list = Files.list(folder.resolve("exercises"))) {
                    exercises = list.filter(Files::isRegularFile).toList();
                }
            }
            for (Path file : Stream.concat(files.stream(), exercises.stream()).toList()) {
                String name = file.getFileName().toString();
                String where = folder.getFileName() + "/" + folder.relativize(file);
                if (name.endsWith(".md") && name.endsWith(".zh.md") == chinese) {
                    add(found, Files.readString(file), where);
                } else if (name.endsWith(".csv")) {
                    csvCells(file, chinese, found, where);
                }
            }
        }
        for (String module : BUNDLES) {
            String bundle = "parkbench/" + module + "/messages_" + (chinese ? "zh" : "en") + ".properties";
            try (InputStream in = PdfFontCoverageTest.class.getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                Properties messages = new Properties();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                messages.values().forEach(text -> add(found, (String) text, bundle));
            }
        }
        return found;
    }

    private static void csvCells(Path file, boolean chinese, Map<Integer, String> found, String where) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(reader)) {
            List<String> header = null;
            for (CSVRecord row : parser) {
                if (row.hasComment() && !chinese) {
                    add(found, row.getComment(), where);
                }
                if (header == null) {
                    header = row.toList();
                    continue;
                }
                for (int i = 0; i < row.size(); i++) {
                    boolean zhColumn = i < header.size() && header.get(i).endsWith("_zh");
                    if (zhColumn == chinese) {
                        add(found, row.get(i), where + " column " + (i < header.size() ? header.get(i) : "#" + i));
                    }
                }
            }
        }
    }

    private static void add(Map<Integer, String> found, String text, String where) {
        // line breaks and tabs are layout, never drawn as glyphs
        text.codePoints().filter(c -> c != '\n' && c != '\r' && c != '\t').forEach(c -> found.putIfAbsent(c, where));
    }

    /** Characters an English page leaves to the Chinese font: hanzi and CJK or full-width punctuation. */
    private static boolean cjk(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static boolean draws(CmapLookup cmap, int c) {
        return cmap.getGlyphId(c) != 0;
    }

    private static String missing(Map<Integer, String> missing) {
        StringBuilder text = new StringBuilder();
        missing.forEach((c, where) -> text.append(String.format("U+%04X %s (%s)%n", c, Character.toString(c), where)));
        return text.toString();
    }

    @Test
    void everyCharacterOfTheShippedEnglishTextsIsInTheLatinFontOrForHanziInTheChineseOne() throws IOException {
        CmapLookup latin = font("ParkbenchSansText-Regular.ttf").getUnicodeCmapLookup();
        CmapLookup chinese = font("ParkbenchSansSCText-Regular.ttf").getUnicodeCmapLookup();
        Map<Integer, String> english = characters(false);
        Map<Integer, String> missing = new TreeMap<>();
        english.forEach((c, where) -> {
            if (!(cjk(c) ? draws(chinese, c) : draws(latin, c))) {
                missing.put(c, where);
            }
        });

        // the texts were read: letters and the signs the exercises use are among them
        assertThat("a≈–→".codePoints().allMatch(english::containsKey)).as("a, ≈, – and → in the shipped English texts").isTrue();
        assertThat(missing).as("English characters without a glyph:\n" + missing(missing)).isEmpty();
    }

    @Test
    void theLatinStylesDrawWhatTheRegularDraws() throws IOException {
        CmapLookup regular = font("ParkbenchSansText-Regular.ttf").getUnicodeCmapLookup();
        Map<Integer, String> english = characters(false);
        for (String style : List.of("Bold", "Italic", "BoldItalic")) {
            CmapLookup styled = font("ParkbenchSansText-" + style + ".ttf").getUnicodeCmapLookup();
            Map<Integer, String> missing = new TreeMap<>();
            english.forEach((c, where) -> {
                if (draws(regular, c) && !draws(styled, c)) {
                    missing.put(c, where);
                }
            });
            assertThat(missing).as(style + " lacks:\n" + missing(missing)).isEmpty();
        }
    }

    @Test
    void everyCharacterOfTheShippedChineseTextsIsInTheChineseFontOrTheLatinOne() throws IOException {
        CmapLookup latin = font("ParkbenchSansText-Regular.ttf").getUnicodeCmapLookup();
        CmapLookup chinese = font("ParkbenchSansSCText-Regular.ttf").getUnicodeCmapLookup();
        Map<Integer, String> texts = characters(true);
        Map<Integer, String> missing = new TreeMap<>();
        texts.forEach((c, where) -> {
            if (!draws(chinese, c) && !draws(latin, c)) {
                missing.put(c, where);
            }
        });

        assertThat("园。".codePoints().allMatch(texts::containsKey)).as("园 and 。 in the shipped Chinese texts").isTrue();
        assertThat(missing).as("Chinese characters without a glyph:\n" + missing(missing)).isEmpty();
    }

    @Test
    void theFontsAreRenamedTrueTypeOutlinesWithTheirLicences() throws IOException {
        Map<String, String> files = Map.of(
                "ParkbenchSansText-Regular.ttf", "ParkbenchSansText-Regular",
                "ParkbenchSansText-Bold.ttf", "ParkbenchSansText-Bold",
                "ParkbenchSansText-Italic.ttf", "ParkbenchSansText-Italic",
                "ParkbenchSansText-BoldItalic.ttf", "ParkbenchSansText-BoldItalic",
                "ParkbenchSansSCText-Regular.ttf", "ParkbenchSansSCText-Regular");
        for (Map.Entry<String, String> file : files.entrySet()) {
            TrueTypeFont font = font(file.getKey());
            assertThat(font.getName()).as(file.getKey() + "'s PostScript name").isEqualTo(file.getValue());
            // glyf outlines (quadratic): openhtmltopdf embeds those, not CFF ones
            assertThat(font.getTableMap()).as(file.getKey() + "'s tables").containsKey("glyf").doesNotContainKey("CFF ");
        }
        assertThat(licence("OFL.txt")).contains("SIL OPEN FONT LICENSE Version 1.1");
        assertThat(licence("DejaVu-LICENSE.txt")).contains("Bitstream Vera").contains("public domain");
    }

    private static String licence(String file) {
        try (InputStream in = PdfFonts.open(PdfFontCoverageTest.class.getClassLoader(), file)) {
            assertThat(in).as(file + " beside the fonts").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
