package org.parkbench.charts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The picture formats a figure can be written in. Its data is always written as CSV too. */
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

    /**
     * Parses a comma-separated list such as {@code svg,png}.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<Format> parseList(String text) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            Format f = null;
            for (Format candidate : values()) {
                if (candidate.extension.equals(p)) {
                    f = candidate;
                }
            }
            if (f == null) {
                throw new IllegalArgumentException("unknown figure format '" + part.strip() + "': use svg, png or svg,png");
            }
            formats.add(f);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no figure format given: use svg, png or svg,png");
        }
        return formats;
    }
}
