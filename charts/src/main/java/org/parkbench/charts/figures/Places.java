package org.parkbench.charts.figures;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.geo.WorldOutlines;

/**
 * Country, world-region and province names as a figure's language writes them. Natural Earth
 * names countries and continents in English; charts' bundle gives the Chinese names of the
 * countries, continents and provinces the shipped cases name (keys {@code country.<ISO2>},
 * {@code region.<name>}, {@code province.<name>}, spaces as {@code _}). A name the bundle does not
 * have stays as the data gives it.
 */
final class Places {
    private static final Pattern UNKNOWN_REGION = Pattern.compile("Region unknown \\((.*)\\)");

    private Places() {
    }

    static String country(FigureText t, String iso2) {
        String key = "country." + iso2;
        return !t.chinese() || !t.messages().has(key) ? WorldOutlines.shipped().name(iso2) : t.text(key);
    }

    /** A region as {@link ZoneRegion} names it, in the figure's language. */
    static String region(FigureText t, String region) {
        if (!t.chinese()) {
            return region;
        }
        Matcher unknown = UNKNOWN_REGION.matcher(region);
        if (unknown.matches()) {
            return t.format("region.unknown", country(t, unknown.group(1)));
        }
        return translated(t, "region.", region);
    }

    static String province(FigureText t, String province) {
        return t.chinese() ? translated(t, "province.", province) : province;
    }

    private static String translated(FigureText t, String prefix, String name) {
        String key = prefix + name.strip().replace(' ', '_').replace(",", "").toLowerCase(Locale.ROOT);
        return t.messages().has(key) ? t.text(key) : name;
    }
}
