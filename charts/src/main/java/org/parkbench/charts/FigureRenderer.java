package org.parkbench.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a figure as SVG (with {@code <title>} and {@code <desc>} for screen readers) or as a PNG
 * at twice its size. Each call builds its own chart, so calls may run in parallel. Output is
 * deterministic: the SVG's definition ids are prefixed with the figure id, numbers are written with
 * a fixed precision, and the same figure gives byte-identical files.
 */
public final class FigureRenderer {
    /** The PNG's pixels per CSS pixel. */
    public static final int PNG_SCALE = 2;

    private FigureRenderer() {
    }

    /** The figure as a standalone SVG element (also valid inline in HTML). */
    public static String svg(Figure figure) {
        JFreeChart chart = figure.newChart();
        SVGGraphics2D g2 = new SVGGraphics2D(figure.width(), figure.height());
        g2.setDefsKeyPrefix(figure.id() + "-");
        String fontFamily = HouseStyle.svgFontFamily(figure.language());
        g2.setFontFunction(family -> fontFamily);
        g2.setGeomDoubleConverter(FigureRenderer::coordinate);
        chart.draw(g2, new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        String element = g2.getSVGElement("fig-" + figure.id(), true,
                new ViewBox(0, 0, figure.width(), figure.height()), null, null);
        g2.dispose();
        return withTitleAndDescription(element, figure);
    }

    /** The figure as PNG bytes, {@link #PNG_SCALE} times its size. */
    public static byte[] png(Figure figure) {
        JFreeChart chart = figure.newChart();
        BufferedImage image = new BufferedImage(figure.width() * PNG_SCALE, figure.height() * PNG_SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.scale(PNG_SCALE, PNG_SCALE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        g2.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode figure " + figure.id() + " as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String withTitleAndDescription(String svg, Figure figure) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        String titleId = "fig-" + figure.id() + "-title";
        String descId = "fig-" + figure.id() + "-desc";
        String tag = svg.substring(open, end);
        boolean selfClosing = tag.endsWith("/");
        if (selfClosing) {
            throw new IllegalStateException("figure " + figure.id() + " drew nothing");
        }
        String lang = figure.language() == org.parkbench.core.language.Language.EN ? ""
                : " lang=\"" + figure.language().htmlTag() + "\"";
        return svg.substring(0, end) + lang + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + escape(figure.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(figure.altText()) + "</desc>"
                + svg.substring(end + 1);
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String coordinate(double d) {
        if (!Double.isFinite(d)) {
            // JFreeChart never should; refuse rather than write an invalid document
            throw new IllegalStateException("non-finite coordinate " + d);
        }
        String s = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
