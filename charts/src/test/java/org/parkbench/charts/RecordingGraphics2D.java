package org.parkbench.charts;

import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;

/**
 * A Graphics2D that draws on another (a PNG's image) and records every text drawn on it with the
 * font it is drawn in, so that a test sees what a reader of the picture sees. The methods that do
 * not draw text only pass the call on.
 */
final class RecordingGraphics2D extends Graphics2D {
    /** One text drawn, and its font. */
    record Drawn(String text, Font font) {
    }

    private final Graphics2D delegate;
    private final List<Drawn> drawn;

    RecordingGraphics2D(Graphics2D delegate, List<Drawn> drawn) {
        this.delegate = delegate;
        this.drawn = drawn;
    }

    @Override
    public Graphics create() {
        return new RecordingGraphics2D((Graphics2D) delegate.create(), drawn);
    }

    @Override
    public void drawString(String text, int x, int y) {
        drawn.add(new Drawn(text, delegate.getFont()));
        delegate.drawString(text, x, y);
    }

    @Override
    public void drawString(String text, float x, float y) {
        drawn.add(new Drawn(text, delegate.getFont()));
        delegate.drawString(text, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        record(iterator);
        delegate.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        record(iterator);
        delegate.drawString(iterator, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        drawn.add(new Drawn(null, glyphs.getFont()));
        delegate.drawGlyphVector(glyphs, x, y);
    }

    private void record(AttributedCharacterIterator iterator) {
        StringBuilder b = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            b.append(c);
        }
        Object font = iterator.getAttribute(TextAttribute.FONT);
        iterator.first();
        drawn.add(new Drawn(b.toString(), font instanceof Font f ? f : delegate.getFont()));
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.Color a9, java.awt.image.ImageObserver a10) {
        return delegate.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.image.ImageObserver a9) {
        return delegate.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.Color a5, java.awt.image.ImageObserver a6) {
        return delegate.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.image.ImageObserver a5) {
        return delegate.drawImage(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.Color a3, java.awt.image.ImageObserver a4) {
        return delegate.drawImage(a0, a1, a2, a3, a4);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.image.ImageObserver a3) {
        return delegate.drawImage(a0, a1, a2, a3);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, java.awt.geom.AffineTransform a1, java.awt.image.ImageObserver a2) {
        return delegate.drawImage(a0, a1, a2);
    }

    @Override
    public boolean hit(java.awt.Rectangle a0, java.awt.Shape a1, boolean a2) {
        return delegate.hit(a0, a1, a2);
    }

    @Override
    public java.awt.Color getBackground() {
        return delegate.getBackground();
    }

    @Override
    public java.awt.Color getColor() {
        return delegate.getColor();
    }

    @Override
    public java.awt.Composite getComposite() {
        return delegate.getComposite();
    }

    @Override
    public java.awt.Font getFont() {
        return delegate.getFont();
    }

    @Override
    public java.awt.FontMetrics getFontMetrics(java.awt.Font a0) {
        return delegate.getFontMetrics(a0);
    }

    @Override
    public java.awt.GraphicsConfiguration getDeviceConfiguration() {
        return delegate.getDeviceConfiguration();
    }

    @Override
    public java.awt.Paint getPaint() {
        return delegate.getPaint();
    }

    @Override
    public java.awt.Rectangle getClipBounds() {
        return delegate.getClipBounds();
    }

    @Override
    public java.awt.RenderingHints getRenderingHints() {
        return delegate.getRenderingHints();
    }

    @Override
    public java.awt.Shape getClip() {
        return delegate.getClip();
    }

    @Override
    public java.awt.Stroke getStroke() {
        return delegate.getStroke();
    }

    @Override
    public java.awt.font.FontRenderContext getFontRenderContext() {
        return delegate.getFontRenderContext();
    }

    @Override
    public java.awt.geom.AffineTransform getTransform() {
        return delegate.getTransform();
    }

    @Override
    public java.lang.Object getRenderingHint(java.awt.RenderingHints.Key a0) {
        return delegate.getRenderingHint(a0);
    }

    @Override
    public void addRenderingHints(java.util.Map<?, ?> a0) {
        delegate.addRenderingHints(a0);
    }

    @Override
    public void clearRect(int a0, int a1, int a2, int a3) {
        delegate.clearRect(a0, a1, a2, a3);
    }

    @Override
    public void clip(java.awt.Shape a0) {
        delegate.clip(a0);
    }

    @Override
    public void clipRect(int a0, int a1, int a2, int a3) {
        delegate.clipRect(a0, a1, a2, a3);
    }

    @Override
    public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        delegate.copyArea(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void dispose() {
        delegate.dispose();
    }

    @Override
    public void draw(java.awt.Shape a0) {
        delegate.draw(a0);
    }

    @Override
    public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        delegate.drawArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawImage(java.awt.image.BufferedImage a0, java.awt.image.BufferedImageOp a1, int a2, int a3) {
        delegate.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawLine(int a0, int a1, int a2, int a3) {
        delegate.drawLine(a0, a1, a2, a3);
    }

    @Override
    public void drawOval(int a0, int a1, int a2, int a3) {
        delegate.drawOval(a0, a1, a2, a3);
    }

    @Override
    public void drawPolygon(int[] a0, int[] a1, int a2) {
        delegate.drawPolygon(a0, a1, a2);
    }

    @Override
    public void drawPolyline(int[] a0, int[] a1, int a2) {
        delegate.drawPolyline(a0, a1, a2);
    }

    @Override
    public void drawRenderableImage(java.awt.image.renderable.RenderableImage a0, java.awt.geom.AffineTransform a1) {
        delegate.drawRenderableImage(a0, a1);
    }

    @Override
    public void drawRenderedImage(java.awt.image.RenderedImage a0, java.awt.geom.AffineTransform a1) {
        delegate.drawRenderedImage(a0, a1);
    }

    @Override
    public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        delegate.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fill(java.awt.Shape a0) {
        delegate.fill(a0);
    }

    @Override
    public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        delegate.fillArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillOval(int a0, int a1, int a2, int a3) {
        delegate.fillOval(a0, a1, a2, a3);
    }

    @Override
    public void fillPolygon(int[] a0, int[] a1, int a2) {
        delegate.fillPolygon(a0, a1, a2);
    }

    @Override
    public void fillRect(int a0, int a1, int a2, int a3) {
        delegate.fillRect(a0, a1, a2, a3);
    }

    @Override
    public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        delegate.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void rotate(double a0) {
        delegate.rotate(a0);
    }

    @Override
    public void rotate(double a0, double a1, double a2) {
        delegate.rotate(a0, a1, a2);
    }

    @Override
    public void scale(double a0, double a1) {
        delegate.scale(a0, a1);
    }

    @Override
    public void setBackground(java.awt.Color a0) {
        delegate.setBackground(a0);
    }

    @Override
    public void setClip(int a0, int a1, int a2, int a3) {
        delegate.setClip(a0, a1, a2, a3);
    }

    @Override
    public void setClip(java.awt.Shape a0) {
        delegate.setClip(a0);
    }

    @Override
    public void setColor(java.awt.Color a0) {
        delegate.setColor(a0);
    }

    @Override
    public void setComposite(java.awt.Composite a0) {
        delegate.setComposite(a0);
    }

    @Override
    public void setFont(java.awt.Font a0) {
        delegate.setFont(a0);
    }

    @Override
    public void setPaint(java.awt.Paint a0) {
        delegate.setPaint(a0);
    }

    @Override
    public void setPaintMode() {
        delegate.setPaintMode();
    }

    @Override
    public void setRenderingHint(java.awt.RenderingHints.Key a0, java.lang.Object a1) {
        delegate.setRenderingHint(a0, a1);
    }

    @Override
    public void setRenderingHints(java.util.Map<?, ?> a0) {
        delegate.setRenderingHints(a0);
    }

    @Override
    public void setStroke(java.awt.Stroke a0) {
        delegate.setStroke(a0);
    }

    @Override
    public void setTransform(java.awt.geom.AffineTransform a0) {
        delegate.setTransform(a0);
    }

    @Override
    public void setXORMode(java.awt.Color a0) {
        delegate.setXORMode(a0);
    }

    @Override
    public void shear(double a0, double a1) {
        delegate.shear(a0, a1);
    }

    @Override
    public void transform(java.awt.geom.AffineTransform a0) {
        delegate.transform(a0);
    }

    @Override
    public void translate(double a0, double a1) {
        delegate.translate(a0, a1);
    }

    @Override
    public void translate(int a0, int a1) {
        delegate.translate(a0, a1);
    }
}
