package org.parkbench.charts;

/**
 * The picture formats a figure can be written in. Its data is always written as CSV too. The
 * command line takes them by name ({@code --format svg,png}), converted by picocli.
 */
public enum Format {
    /** Scalable, with {@code <title>} and {@code <desc>}: the primary format. */
    SVG("svg"),
    /** A bitmap at twice the figure's size, for slides. */
    PNG("png");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
