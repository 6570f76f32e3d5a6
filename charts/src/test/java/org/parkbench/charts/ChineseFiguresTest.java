package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;

/**
 * Every figure of the shipped casebook drawn in Chinese, for real (PNG and SVG): every text in the
 * picture is drawn in the shipped CJK font, which has a glyph for each of its characters, and the
 * texts a reader gets are Chinese. English figures are what they were: the default language, the
 * logical font, no language tag.
 */
class ChineseFiguresTest {
    private static final Optional<Casebook> BOOK = ShippedCases.load();
    private static final FigureCatalogue ZH = BOOK.map(b -> FigureCatalogue.forCasebook(b, Language.ZH)).orElse(null);
    private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static Stream<Figure> chinese() {
        return ZH == null ? Stream.empty() : ZH.figures().stream();
    }

    private static void assumeCases() {
        Assumptions.assumeTrue(BOOK.isPresent(), "no case data under ../cases/*/src/main/resources/parkbench/cases: skipped");
    }

    /** Draws the figure's chart as its PNG is drawn, recording every text and its font. */
    private static List<RecordingGraphics2D.Drawn> drawnTexts(Figure figure) {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        List<RecordingGraphics2D.Drawn> drawn = new ArrayList<>();
        figure.newChart().draw(new RecordingGraphics2D(g2, drawn), new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        g2.dispose();
        return drawn;
    }

    private static List<String> svgTexts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher m = SVG_TEXT.matcher(svg);
        while (m.find()) {
            texts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        }
        return texts;
    }

    /** The phrases of English figures: each message's fixed text between its arguments, where it is at least two words. */
    private static Set<String> englishPhrases() {
        Messages en = FigureText.of(Language.EN).messages();
        Set<String> phrases = new TreeSet<>();
        for (String key : en.keys()) {
            if (key.startsWith("country.") || key.startsWith("region.") || key.startsWith("province.")) {
                continue; // place names: the Chinese figures give them in Chinese where the bundle knows them
            }
            for (String part : en.text(key).split("\\{\\d}")) {
                String phrase = part.replace("''", "'").strip();
                if (phrase.split("\\s+").length >= 2 && phrase.length() >= 10) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    @Test
    void theShippedFontIsTheOflSubsetAndDrawsGb2312LevelOneAndEveryShippedChineseName() throws IOException {
        Font font = HouseStyle.cjkFont();
        assertThat(font.getFamily(Locale.ROOT)).isEqualTo(HouseStyle.CJK_FONT_FAMILY);
        ClassLoader loader = getClass().getClassLoader();
        try (InputStream licence = loader.getResourceAsStream("parkbench/charts/fonts/OFL.txt");
             InputStream file = loader.getResourceAsStream(HouseStyle.CJK_FONT_RESOURCE)) {
            assertThat(licence).as("OFL.txt beside the font").isNotNull();
            assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("SIL OPEN FONT LICENSE Version 1.1");
            assertThat(file.readAllBytes().length).as("font file size, under 2 MiB").isLessThan(2 * 1024 * 1024);
        }
        // GB 2312's symbol rows A1–A9 and its level 1, rows B0–D7: the 3,755 commonest hanzi
        Charset gb2312 = Charset.forName("GB2312");
        StringBuilder all = new StringBuilder();
        int hanzi = 0;
        for (int hi = 0xA1; hi <= 0xD7; hi++) {
            if (hi > 0xA9 && hi < 0xB0) {
                continue;
            }
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                String c = gb2312.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.IGNORE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.IGNORE)
                        .decode(ByteBuffer.wrap(new byte[] {(byte) hi, (byte) lo})).toString();
                if (!c.isEmpty()) {
                    all.append(c);
                    hanzi += hi >= 0xB0 && HAN.matcher(c).find() ? 1 : 0; // rows B0–D7 hold level 1's hanzi
                }
            }
        }
        assertThat(hanzi).isEqualTo(3755);
        assertThat(font.canDisplayUpTo(all.toString())).as("first GB 2312 level-1 character the font lacks").isEqualTo(-1);
    }

    @Test
    void theFontDrawsEveryChineseNameAndMilestoneOfTheShippedData() {
        Assumptions.assumeTrue(BOOK.isPresent(), "no case data under ../cases/*/src/main/resources/parkbench/cases: skipped");
        List<String> texts = new java.util.ArrayList<>();
        for (var c : BOOK.get().whole().cases()) {
            c.parks().forEach(p -> texts.add(p.nameZh()));
            c.stakes().forEach(st -> texts.add(st.actor().nameZh()));
            c.events().forEach(e -> texts.add(e.textZh()));
            c.zones().forEach(z -> texts.add(z.nameZh()));
        }
        assertThat(texts).anyMatch(t -> HAN.matcher(t).find());
        for (String t : texts) {
            assertThat(HouseStyle.cjkFont().canDisplayUpTo(t)).as(t).isEqualTo(-1);
        }
    }

    @Test
    void theFontDrawsEveryChineseMessage() {
        Messages zh = FigureText.of(Language.ZH).messages();
        for (String key : zh.keys()) {
            assertThat(HouseStyle.cjkFont().canDisplayUpTo(zh.text(key))).as(key).isEqualTo(-1);
        }
    }

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(FigureText.of(Language.ZH).messages().keys()).isEqualTo(FigureText.of(Language.EN).messages().keys());
    }

    @Test
    void everyShippedFigureIsOfferedInChineseToo() {
        assumeCases();
        FigureCatalogue en = FigureCatalogue.forCasebook(BOOK.get());
        assertThat(ZH.problems()).isEmpty();
        assertThat(ZH.figures()).extracting(Figure::id).containsExactlyElementsOf(en.figures().stream().map(Figure::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chinese")
    void everyTextOfTheChinesePngIsDrawnInTheShippedFont(Figure figure) throws IOException {
        List<RecordingGraphics2D.Drawn> drawn = drawnTexts(figure);
        assertThat(drawn).as("texts drawn").isNotEmpty();
        for (RecordingGraphics2D.Drawn d : drawn) {
            assertThat(d.font().getFamily(Locale.ROOT)).as("font of '%s'", d.text()).isEqualTo(HouseStyle.CJK_FONT_FAMILY);
            if (d.text() != null) {
                assertThat(HouseStyle.cjkFont().canDisplayUpTo(d.text())).as("first character the font lacks in '%s'", d.text())
                        .isEqualTo(-1);
            }
        }
        String all = String.join("", drawn.stream().map(RecordingGraphics2D.Drawn::text).filter(t -> t != null).toList());
        assertThat(all).as("the title is drawn").contains(figure.title().substring(0, Math.min(6, figure.title().length())));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureRenderer.png(figure)));
        assertThat(png.getWidth()).isEqualTo(figure.width() * FigureRenderer.PNG_SCALE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chinese")
    void theChineseSvgIsTaggedAndNamesCjkFonts(Figure figure) {
        String svg = FigureRenderer.svg(figure);
        assertThat(svg).contains("lang=\"zh-Hans\"").contains("Noto Sans SC").contains("Microsoft YaHei")
                .doesNotContain("DejaVu").doesNotContain("NaN");
        List<String> texts = svgTexts(svg);
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(HouseStyle.cjkFont().canDisplayUpTo(text)).as("first character the font lacks in '%s'", text).isEqualTo(-1);
        }
        assertThat(String.join("", texts)).contains(figure.sourceNote().substring(0, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chinese")
    void aChineseFigureIsWrittenInChinese(Figure figure) {
        assertThat(figure.language()).isEqualTo(Language.ZH);
        for (String text : List.of(figure.title(), figure.altText(), figure.caption(), figure.sourceLine())) {
            assertThat(HAN.matcher(text).find()).as("Chinese in '%s'", text).isTrue();
            for (String phrase : englishPhrases()) {
                assertThat(text).as("English UI phrase in a Chinese figure").doesNotContain(phrase);
            }
        }
        assertThat(figure.sourceLine()).startsWith("来源：").endsWith("。");
        assertThat(figure.table().headers()).allSatisfy(h -> assertThat(HAN.matcher(h).find()).as(h).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chinese")
    void aParkWithAChineseNameIsCalledByIt(Figure figure) {
        Optional<Park> park = figure.parkId().flatMap(BOOK.get()::park);
        Assumptions.assumeTrue(park.isPresent() && !park.get().nameZh().isBlank(), "not about one park with a Chinese name");
        assertThat(figure.title()).startsWith(park.get().nameZh().strip());
        assertThat(figure.altText()).contains(park.get().nameZh().strip());
    }

    @Test
    void caseByCaseAndWithheldTheChineseFiguresAreTheSameFigures() {
        Casebook book = Fixtures.casebook();
        List<FigureContribution> contributions = FigureCatalogue.contributions(getClass().getClassLoader());
        var withholding = FigureWithholdingTest.exercises();
        FigureCatalogue whole = FigureCatalogue.forCasebook(book, contributions, withholding, Language.ZH);
        FigureCatalogue english = FigureCatalogue.forCasebook(book, contributions, withholding);
        assertThat(whole.problems()).extracting(FigureProblem::figureId).isEqualTo(english.problems().stream().map(FigureProblem::figureId).toList());
        assertThat(whole.figures()).extracting(Figure::id).isEqualTo(english.figures().stream().map(Figure::id).toList());
        List<String> pieces = new ArrayList<>(FigureCatalogue.general(book, contributions, withholding, Language.ZH).figures().stream()
                .map(Figure::id).toList());
        book.cases().forEach(c -> FigureCatalogue.ofCase(c, contributions, withholding, Language.ZH).figures()
                .forEach(f -> pieces.add(f.id())));
        assertThat(pieces).containsExactlyInAnyOrderElementsOf(whole.figures().stream().map(Figure::id).toList());
        // a withheld value is named in Chinese, with its exercise
        assertThat(whole.figures().stream().map(Figure::caption).filter(c -> c.contains("留待你在练习"))).isNotEmpty();
        assertThat(whole.figures()).allSatisfy(f -> assertThat(f.language()).isEqualTo(Language.ZH));
    }

    @Test
    void datesAreWrittenTheChineseWay() {
        assumeCases();
        Figure parks = ZH.figure("headline-parks").orElseThrow();
        assertThat(parks.caption()).matches(".*截至 \\d{4}年\\d{1,2}月.*");
    }

    @Test
    void englishIsTheDefaultAndUnchanged() {
        assumeCases();
        FigureCatalogue byDefault = FigureCatalogue.forCasebook(BOOK.get());
        FigureCatalogue english = FigureCatalogue.forCasebook(BOOK.get(), Language.EN);
        assertThat(english.figures()).hasSameSizeAs(byDefault.figures());
        for (int i = 0; i < byDefault.figures().size(); i++) {
            Figure d = byDefault.figures().get(i);
            Figure e = english.figures().get(i);
            assertThat(e.language()).isEqualTo(Language.EN);
            assertThat(FigureRenderer.svg(e)).isEqualTo(FigureRenderer.svg(d)).doesNotContain("lang=").contains("DejaVu Sans");
            assertThat(e.altText()).isEqualTo(d.altText());
            assertThat(e.table().toCsv()).isEqualTo(d.table().toCsv());
        }
        Figure first = byDefault.figures().get(0);
        assertThat(first.sourceLine()).startsWith("Source");
        assertThat(drawnTexts(first)).allSatisfy(d -> assertThat(d.font().getFamily(Locale.ROOT))
                .as("an English figure keeps the logical font").isNotEqualTo(HouseStyle.CJK_FONT_FAMILY));
    }
}
