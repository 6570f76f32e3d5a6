package org.parkbench.charts.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world's country outlines shipped with charts (Natural Earth 1:110m, public domain; see
 * {@code README.md} next to {@code countries-110m.txt}). Read once, then shared: it is immutable.
 */
public final class WorldOutlines {
    /** The attribution Natural Earth asks for, to show with every map. */
    public static final String ATTRIBUTION = "Made with Natural Earth (1:110m countries, public domain)";
    private static final String RESOURCE = "countries-110m.txt";

    private final List<CountryOutline> countries;
    private final Map<String, CountryOutline> byIso2;

    private WorldOutlines(List<CountryOutline> countries) {
        this.countries = List.copyOf(countries);
        Map<String, CountryOutline> index = new LinkedHashMap<>();
        for (CountryOutline c : countries) {
            c.isoCode().ifPresent(code -> index.putIfAbsent(code, c));
        }
        this.byIso2 = Map.copyOf(index);
    }

    /** The shipped outlines. */
    public static WorldOutlines shipped() {
        return Holder.SHIPPED;
    }

    public List<CountryOutline> countries() {
        return countries;
    }

    /** A country by ISO 3166-1 alpha-2 code. */
    public Optional<CountryOutline> country(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    /** The country's short name, or the code itself when Natural Earth (at 1:110m) does not have it, e.g. Singapore. */
    public String name(String iso2) {
        return country(iso2).map(CountryOutline::name).orElse(iso2);
    }

    /** Parses the outline format (see README.md). */
    static WorldOutlines parse(BufferedReader reader) throws IOException {
        List<CountryOutline> countries = new ArrayList<>();
        String[] head = null;
        List<double[]> rings = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("C ")) {
                if (head != null) {
                    countries.add(new CountryOutline(head[0], head[1], head[2], head[3], rings));
                }
                head = line.substring(2).split("\\|", -1);
                if (head.length != 4) {
                    throw new IOException(RESOURCE + ":" + number + ": a country line needs 4 fields");
                }
                rings = new ArrayList<>();
            } else if (line.startsWith("R ") && head != null) {
                String[] points = line.substring(2).split(" ");
                double[] ring = new double[points.length * 2];
                for (int i = 0; i < points.length; i++) {
                    int comma = points[i].indexOf(',');
                    ring[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                    ring[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                }
                rings.add(ring);
            } else {
                throw new IOException(RESOURCE + ":" + number + ": expected a C or R line");
            }
        }
        if (head != null) {
            countries.add(new CountryOutline(head[0], head[1], head[2], head[3], rings));
        }
        return new WorldOutlines(countries);
    }

    private static final class Holder {
        static final WorldOutlines SHIPPED = load();

        private static WorldOutlines load() {
            try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("charts is missing its resource " + RESOURCE);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped country outlines: " + e.getMessage(), e);
            }
        }
    }
}
