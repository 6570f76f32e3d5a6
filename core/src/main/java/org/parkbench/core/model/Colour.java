package org.parkbench.core.model;

/**
 * An sRGB colour, the one value a figure draws with and the site's stylesheet writes
 * ({@code #0072b2}): 0xRRGGBB, no transparency. Core knows no drawing library, so charts make
 * their own colour object from {@link #rgb()}.
 */
public record Colour(int rgb) {
    public Colour {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("not a 24-bit RGB colour: 0x" + Integer.toHexString(rgb));
        }
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** The colour as CSS writes it: {@code #0072b2}. */
    public String hex() {
        return String.format("#%06x", rgb);
    }
}
