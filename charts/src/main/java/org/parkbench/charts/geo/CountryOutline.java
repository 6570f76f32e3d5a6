package org.parkbench.charts.geo;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A country as Natural Earth draws it at 1:110m: ISO codes (empty where Natural Earth has none),
 * continent, short name, and its rings as longitude/latitude pairs.
 */
public record CountryOutline(String iso2, String iso3, String continent, String name, List<double[]> rings) {
    public CountryOutline {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(continent, "continent");
        Objects.requireNonNull(name, "name");
        rings = List.copyOf(rings);
    }

    public Optional<String> isoCode() {
        return iso2.isEmpty() ? Optional.empty() : Optional.of(iso2);
    }

    /** A new shape (x = longitude, y = latitude) to fill with the even-odd rule; shapes are mutable, so each call makes one. */
    public Path2D.Double shape() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : rings) {
            path.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                path.lineTo(ring[i], ring[i + 1]);
            }
            path.closePath();
        }
        return path;
    }

    /** The bounding box in degrees. */
    public Rectangle2D bounds() {
        return shape().getBounds2D();
    }
}
