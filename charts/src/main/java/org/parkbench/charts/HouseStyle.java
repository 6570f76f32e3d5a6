package org.parkbench.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.title.Title;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Parkbench's one look for every figure, as a JFreeChart theme plus the few pieces a theme cannot
 * carry (number formats, axis factories, the source note). White background, no gradients or
 * shadows, the Okabe–Ito colour-blind-safe palette, one font in a small set of sizes chosen to stay
 * legible when a 2× PNG is shown at half size: in English the logical font SansSerif, in Chinese
 * the shipped CJK font ({@link #CJK_FONT_RESOURCE}), so that a Chinese figure never depends on the
 * fonts of the machine.
 *
 * <h2>Qualified figures, targets and plans</h2>
 * A figure says what its source says, in the picture too:
 * <ul>
 * <li>An <b>outcome</b> (a figure reported as reached) is a filled marker on a solid line.</li>
 * <li>A <b>target</b> is a hollow marker on a dashed line ({@link #TARGET_STROKE}), a <b>plan</b> a
 *     hollow marker on a dotted line ({@link #PLAN_STROKE}); each is its own series, its legend entry
 *     ending in "(target)" or "(plan)" ({@link #kindSuffix}), unless the indicator's own name,
 *     beside other indicators, says so already ("Jobs (target) — …", "Area (planned or allocated) — …").
 *     Targets and plans are never joined to outcomes by a line.</li>
 * <li>A <b>range</b> (value to value_high) is a vertical bar from its low to its high end
 *     ({@link #INTERVAL_STROKE}, with caps), the marker at the low end, where the series' line
 *     passes.</li>
 * <li>"about", "at least", "more than", "at most", "up to" and "less than" write a mark beside the
 *     marker ({@link #qualifierMark}: ≈, ≥, &gt;, ≤, ≤, &lt;): "more than 9,000" is drawn at 9,000 with a
 *     "&gt;" beside it, never moved to a guessed value.</li>
 * </ul>
 * The words are in the figure's data table (columns {@code Qualifier}, {@code High}, {@code Kind},
 * and the figure as stated: "more than 9,000 persons"), in its alt text and caption, and in its CSV.
 */
public final class HouseStyle {
    /** The one font family; a logical font, resolved by the JDK (DejaVu Sans on most Linux systems). */
    public static final String FONT_FAMILY = "SansSerif";
    /** How the SVG names the font, so browsers pick a face with similar metrics (escaped: JFreeSVG quotes attributes with apostrophes). */
    public static final String SVG_FONT_FAMILY = "&quot;DejaVu Sans&quot;, Verdana, sans-serif";

    public static final Color INK = new Color(0x222222);
    public static final Color MUTED_INK = new Color(0x555555);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color LAND = new Color(0xE6E6E6);
    public static final Color COASTLINE = new Color(0xFFFFFF);
    /** The unattributed remainder of a stake structure and "the rest" of a total. */
    public static final Color REMAINDER = new Color(0xBBBBBB);

    // Okabe & Ito (2008), "Color Universal Design"; yellow last, as it is faint on white.
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLACK = new Color(0x000000);

    /** Series colours in the order they are handed out. */
    public static final List<Color> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, ORANGE, SKY_BLUE,
            REDDISH_PURPLE, BLACK, YELLOW);

    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 17);
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    public static final Font NOTE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

    /** How English figures write numbers, whatever the machine's language; {@link #numbers(Language)} for any language. */
    public static final QuantityFormat NUMBERS = QuantityFormat.english();

    /**
     * The font Chinese figures are drawn in, shipped with charts (never one installed on the
     * machine): "Parkbench Sans SC", a subset of Noto Sans CJK SC (SIL Open Font License 1.1;
     * see {@code parkbench/charts/fonts/README.md}).
     */
    public static final String CJK_FONT_RESOURCE = "parkbench/charts/fonts/ParkbenchSansSC-Regular.otf";
    /** The family name of {@link #CJK_FONT_RESOURCE}. */
    public static final String CJK_FONT_FAMILY = "Parkbench Sans SC";
    /**
     * How the SVG of a Chinese figure names its font (escaped, as {@link #SVG_FONT_FAMILY}): the
     * shipped font's source first, then the CJK faces browsers commonly have.
     */
    public static final String SVG_FONT_FAMILY_ZH = "&quot;Noto Sans SC&quot;, &quot;Noto Sans CJK SC&quot;, "
            + "&quot;Source Han Sans SC&quot;, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, sans-serif";
    /** Figures round the numbers they show (axes, labels, alt text, table cells) to at most two decimals. */
    public static final int DECIMALS = 2;
    /**
     * Plain numbers of a figure (its CSV, its notes) keep 12 significant digits, so that binary noise
     * from arithmetic (100 − 71.09 = 28.909999999999997) does not show: 28.91.
     */
    public static final int PLAIN_DIGITS = 12;

    public static final Stroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke HAIRLINE = new BasicStroke(0.6f);

    /** A target's line: dashed. */
    public static final Stroke TARGET_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);
    /** A plan's line: dotted. */
    public static final Stroke PLAN_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 5f}, 0f);
    /** The bar of a range, from its low to its high end. */
    public static final Stroke INTERVAL_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    private HouseStyle() {
    }

    /** How figures in {@code language} write numbers (the same instance as {@link #NUMBERS} for English). */
    public static QuantityFormat numbers(Language language) {
        return QuantityFormat.forLanguage(language);
    }

    /**
     * The shipped CJK font at size 1, loaded and registered with the graphics environment at first
     * use (so that a font name lookup finds it too).
     */
    public static Font cjkFont() {
        return CjkFont.FONT;
    }

    /** The house font for {@code language} in a style and size: the logical font in English, the shipped CJK font in Chinese. */
    public static Font font(Language language, int style, float size) {
        if (language == Language.ZH) {
            return cjkFont().deriveFont(style, size);
        }
        return new Font(FONT_FAMILY, style, Math.round(size));
    }

    /** {@link #TITLE_FONT} in {@code language}. */
    public static Font titleFont(Language language) {
        return language == Language.ZH ? font(language, Font.BOLD, TITLE_FONT.getSize2D()) : TITLE_FONT;
    }

    /** How the SVG names the font of a figure in {@code language}. */
    public static String svgFontFamily(Language language) {
        return language == Language.ZH ? SVG_FONT_FAMILY_ZH : SVG_FONT_FAMILY;
    }

    /**
     * Draws every text of {@code chart} in {@code language}'s house font, at the size and style it
     * has: titles, legends, axes and their ticks, item labels and text annotations. English charts
     * are left as they are.
     */
    public static JFreeChart useFonts(JFreeChart chart, Language language) {
        if (language == Language.EN) {
            return chart;
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            restyle(chart.getSubtitle(i), language);
        }
        if (chart.getTitle() != null) {
            restyle(chart.getTitle(), language);
        }
        Plot plot = chart.getPlot();
        if (plot.getNoDataMessageFont() != null) {
            plot.setNoDataMessageFont(swap(plot.getNoDataMessageFont(), language));
        }
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                restyle(xy.getDomainAxis(i), language);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                restyle(xy.getRangeAxis(i), language);
            }
            for (int r = 0; r < xy.getRendererCount(); r++) {
                if (xy.getRenderer(r) instanceof AbstractXYItemRenderer renderer) {
                    restyleLabels(renderer, language);
                    for (Object a : renderer.getAnnotations()) {
                        if (a instanceof XYTextAnnotation text && text.getFont() != null) {
                            text.setFont(swap(text.getFont(), language));
                        }
                    }
                }
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation text && text.getFont() != null) {
                    text.setFont(swap(text.getFont(), language));
                }
            }
            if (xy.getFixedLegendItems() != null) {
                for (int i = 0; i < xy.getFixedLegendItems().getItemCount(); i++) {
                    var item = xy.getFixedLegendItems().get(i);
                    if (item.getLabelFont() != null) {
                        item.setLabelFont(swap(item.getLabelFont(), language));
                    }
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                restyle(cat.getDomainAxis(i), language);
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                restyle(cat.getRangeAxis(i), language);
            }
            for (int r = 0; r < cat.getRendererCount(); r++) {
                if (cat.getRenderer(r) instanceof AbstractCategoryItemRenderer renderer) {
                    restyleLabels(renderer, language);
                }
            }
        }
        return chart;
    }

    private static void restyle(Title title, Language language) {
        if (title instanceof TextTitle text && text.getFont() != null) {
            text.setFont(swap(text.getFont(), language));
        } else if (title instanceof LegendTitle legend && legend.getItemFont() != null) {
            legend.setItemFont(swap(legend.getItemFont(), language));
        }
    }

    private static void restyle(Axis axis, Language language) {
        if (axis != null && axis.getLabelFont() != null && axis.getTickLabelFont() != null) {
            axis.setLabelFont(swap(axis.getLabelFont(), language));
            axis.setTickLabelFont(swap(axis.getTickLabelFont(), language));
        }
    }

    private static void restyleLabels(AbstractRenderer renderer, Language language) {
        if (renderer.getDefaultItemLabelFont() != null) {
            renderer.setDefaultItemLabelFont(swap(renderer.getDefaultItemLabelFont(), language));
        }
        if (renderer.getDefaultLegendTextFont() != null) {
            renderer.setDefaultLegendTextFont(swap(renderer.getDefaultLegendTextFont(), language));
        }
    }

    private static Font swap(Font font, Language language) {
        return font == null ? null : font(language, font.getStyle(), font.getSize2D());
    }

    /** The line of a series of this kind: solid for outcomes, dashed for targets, dotted for plans. */
    public static Stroke stroke(ObservationKind kind) {
        return switch (kind) {
            case OUTCOME -> LINE;
            case TARGET -> TARGET_STROKE;
            case PLAN -> PLAN_STROKE;
        };
    }

    /** Whether a marker of this kind is filled: outcomes are, targets and plans are hollow. */
    public static boolean filled(ObservationKind kind) {
        return kind == ObservationKind.OUTCOME;
    }

    /** What a legend entry or label adds for a kind: "" for outcomes, " (target)", " (plan)". */
    public static String kindSuffix(ObservationKind kind) {
        return kind == ObservationKind.OUTCOME ? "" : " (" + kind.label() + ")";
    }

    /** The mark written beside a qualified figure's marker: ≈ about, ≥ at least, > more than, ≤ at most and up to, < less than; "" otherwise. */
    public static String qualifierMark(Qualifier qualifier) {
        return switch (qualifier) {
            case ABOUT -> "≈";
            case AT_LEAST -> "≥";
            case OVER -> ">";
            case AT_MOST, UP_TO -> "≤";
            case UNDER -> "<";
            case EXACT, RANGE -> "";
        };
    }

    /** Applies the theme and the house layout (title, legend, source note placement) to a chart. */
    public static JFreeChart apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(10, 12, 8, 16));
        if (chart.getTitle() != null) {
            chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
            chart.getTitle().setPadding(new RectangleInsets(0, 0, 10, 0));
        }
        chart.getPlot().setNoDataMessage("No data");
        chart.getPlot().setNoDataMessageFont(LABEL_FONT);
        return chart;
    }

    /** {@link #apply(JFreeChart)}, then the language's "no data" message and {@linkplain #useFonts fonts}. */
    public static JFreeChart apply(JFreeChart chart, Language language) {
        apply(chart);
        chart.getPlot().setNoDataMessage(FigureText.of(language).text("chart.no-data"));
        return chart;
    }

    /** The legend: below the plot, left-aligned, no frame, so it never covers data. */
    public static LegendTitle legend(LegendItemSource source) {
        LegendTitle legend = new LegendTitle(source);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemFont(TICK_FONT);
        legend.setItemPaint(INK);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        legend.setPadding(new RectangleInsets(6, 0, 2, 0));
        return legend;
    }

    /** The note at the foot of a chart naming the sources; wraps to at most three lines. */
    public static TextTitle sourceNote(String sourceLine) {
        TextTitle note = new TextTitle(sourceLine, NOTE_FONT, MUTED_INK, RectangleEdge.BOTTOM,
                HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(8, 0, 0, 0));
        note.setMaximumLinesToDisplay(3);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        return note;
    }

    /** A second line under the title, e.g. "Derived: jobs ÷ area". */
    public static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, LABEL_FONT, MUTED_INK, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                VerticalAlignment.TOP, new RectangleInsets(0, 0, 8, 0));
        t.setTextAlignment(HorizontalAlignment.LEFT);
        return t;
    }

    /** A value axis labelled with its unit, ticks with thousands separators, starting at zero. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(NUMBERS.numberFormat(DECIMALS));
        axis.setStandardTickUnits(new NumberTickUnitSource(false, NUMBERS.numberFormat(DECIMALS)));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        return axis;
    }

    /** A value axis for whole numbers (counts), with thousands separators. */
    public static NumberAxis countAxis(String label) {
        NumberAxis axis = valueAxis(label);
        axis.setStandardTickUnits(new NumberTickUnitSource(true, NUMBERS.numberFormat(DECIMALS)));
        return axis;
    }

    /** A time axis in years, labelled in the middle of each year (see {@link YearAxis}). */
    public static NumberAxis yearAxis(String label) {
        return new YearAxis(label);
    }

    /**
     * The text with every character the house font cannot draw removed, and the brackets and
     * spaces that leaves tidied up. The JDK's logical fonts lack CJK glyphs on many systems, and a
     * row of empty boxes in a PNG helps no one; the full text stays in captions and tables.
     */
    public static String displayable(String text) {
        return displayable(text, Language.EN);
    }

    /** {@link #displayable(String)} for the font of a figure in {@code language}: the shipped CJK font draws Chinese. */
    public static String displayable(String text, Language language) {
        Font font = language == Language.ZH ? cjkFont() : TICK_FONT;
        if (font.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (font.canDisplay(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().replaceAll("\\(\\s*\\)|\\[\\s*]|'\\s*'|\"\\s*\"|“\\s*”|‘\\s*’", "")
                .replaceAll("\\s+([,.;:)])", "$1").replaceAll("\\s{2,}", " ").strip();
    }

    /** The colour that stands for a development model in every figure: the model's own (the site's badges use it too). */
    public static Color colour(DevelopmentModel model) {
        return new Color(model.colour().rgb());
    }

    /** The marker shape that stands for a development model, so the models differ without colour too. */
    public static Shape marker(DevelopmentModel model, double size) {
        double h = size / 2;
        return switch (model) {
            case GOVERNMENT_DRIVEN -> new Ellipse2D.Double(-h, -h, size, size);
            case COMPANY_LED -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case PRIVATE_LED -> triangle(size);
        };
    }

    /** The i-th series marker: circle, square, triangle, diamond, repeating. */
    public static Shape seriesMarker(int i) {
        double s = 8;
        double h = s / 2;
        return switch (i % 4) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, s * 0.9, s * 0.9);
            case 2 -> triangle(s + 1);
            default -> diamond(s + 1);
        };
    }

    public static Color seriesColour(int i) {
        return SERIES.get(i % SERIES.size());
    }

    private static Shape triangle(double size) {
        double h = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h * 1.1);
        p.lineTo(h * 1.1, h * 0.9);
        p.lineTo(-h * 1.1, h * 0.9);
        p.closePath();
        return p;
    }

    private static Shape diamond(double size) {
        double h = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        return p;
    }

    /**
     * The house theme. It differs from JFreeChart's standard theme in one way: it keeps the colours,
     * shapes and strokes a figure gives its series (a development model always has its colour),
     * where the standard theme would replace them with its own sequence.
     */
    private static final class Theme extends StandardChartTheme {
        private static final long serialVersionUID = 1L;
        private static final int MAX_SERIES = 64;

        Theme() {
            super("Parkbench", false);
        }

        @Override
        protected void applyToAbstractRenderer(AbstractRenderer renderer) {
            Paint[] paints = new Paint[MAX_SERIES];
            Paint[] outlines = new Paint[MAX_SERIES];
            Paint[] fills = new Paint[MAX_SERIES];
            Shape[] shapes = new Shape[MAX_SERIES];
            Stroke[] strokes = new Stroke[MAX_SERIES];
            Stroke[] outlineStrokes = new Stroke[MAX_SERIES];
            for (int i = 0; i < MAX_SERIES; i++) {
                paints[i] = renderer.getSeriesPaint(i);
                outlines[i] = renderer.getSeriesOutlinePaint(i);
                fills[i] = renderer.getSeriesFillPaint(i);
                shapes[i] = renderer.getSeriesShape(i);
                strokes[i] = renderer.getSeriesStroke(i);
                outlineStrokes[i] = renderer.getSeriesOutlineStroke(i);
            }
            super.applyToAbstractRenderer(renderer);
            for (int i = 0; i < MAX_SERIES; i++) {
                if (paints[i] != null) {
                    renderer.setSeriesPaint(i, paints[i], false);
                }
                if (outlines[i] != null) {
                    renderer.setSeriesOutlinePaint(i, outlines[i], false);
                }
                if (fills[i] != null) {
                    renderer.setSeriesFillPaint(i, fills[i], false);
                }
                if (shapes[i] != null) {
                    renderer.setSeriesShape(i, shapes[i], false);
                }
                if (strokes[i] != null) {
                    renderer.setSeriesStroke(i, strokes[i], false);
                }
                if (outlineStrokes[i] != null) {
                    renderer.setSeriesOutlineStroke(i, outlineStrokes[i], false);
                }
            }
        }

        @Override
        protected void applyToXYAnnotation(XYAnnotation annotation) {
            // annotations (map outlines, labels) are styled where they are made
        }
    }

    /** The shipped CJK font, loaded once. */
    private static final class CjkFont {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = HouseStyle.class.getClassLoader().getResourceAsStream(CJK_FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the CJK font is not on the class path: " + CJK_FONT_RESOURCE);
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                if (!font.getFamily(java.util.Locale.ROOT).equals(CJK_FONT_FAMILY)) {
                    throw new IllegalStateException(CJK_FONT_RESOURCE + " is " + font.getFamily(java.util.Locale.ROOT)
                            + ", not " + CJK_FONT_FAMILY);
                }
                // false when a font of that name is registered already (by another class loader): the shipped file is used either way
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font.deriveFont(1f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + CJK_FONT_RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("cannot load " + CJK_FONT_RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    private static StandardChartTheme theme() {
        // a new theme per chart: themes hold a drawing supplier, which is stateful
        StandardChartTheme theme = new Theme();
        theme.setExtraLargeFont(TITLE_FONT);
        theme.setLargeFont(LABEL_FONT);
        theme.setRegularFont(TICK_FONT);
        theme.setSmallFont(NOTE_FONT);
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(MUTED_INK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBaselinePaint(MUTED_INK);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setItemLabelPaint(INK);
        theme.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        theme.setGridBandPaint(Color.WHITE);
        theme.setGridBandAlternatePaint(Color.WHITE);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES.toArray(new Paint[0]), new Paint[] {Color.WHITE},
                SERIES.toArray(new Paint[0]), new Stroke[] {LINE}, new Stroke[] {HAIRLINE},
                new Shape[] {seriesMarker(0), seriesMarker(1), seriesMarker(2), seriesMarker(3)}));
        return theme;
    }
}
