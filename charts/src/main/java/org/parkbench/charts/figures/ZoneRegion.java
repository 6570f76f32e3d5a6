package org.parkbench.charts.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parkbench.charts.geo.WorldOutlines;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Park;

/**
 * The world region a confirmed zone is in, from where the zone is rather than from its country
 * alone. Natural Earth gives each country one continent, and it gives Russia Europe; but most of
 * Russia, and every Russian zone the list names a place for, lies east of the Urals, in Asia. So a
 * zone in a country that spans Europe and Asia is placed by its location:
 * <ol>
 * <li>the case park it links to, if that park has coordinates: east of {@value #URALS_LONGITUDE}°E
 *     (the Urals, roughly) is Asia, west of it Europe;</li>
 * <li>otherwise a place its name gives (Ussuriysk, Tomsk, Primorsky Krai… are in Asian Russia:
 *     {@link #ASIAN_RUSSIA});</li>
 * <li>otherwise it is counted as "Russia, part not given": the figure does not guess.</li>
 * </ol>
 * Every other zone takes its host country's continent, as Natural Earth assigns it.
 */
final class ZoneRegion {
    /** The longitude taken as the line between European and Asian Russia, roughly along the Urals. */
    static final double URALS_LONGITUDE = 60.0;
    static final String ASIA = "Asia";
    static final String EUROPE = "Europe";
    static final String RUSSIA_UNPLACED = "Russia, part not given";

    /**
     * Places in Russia east of the Urals as zone names spell them (English, and Chinese for the
     * names the list gives in Chinese): federal subjects and cities of Siberia and the Far East.
     */
    static final List<String> ASIAN_RUSSIA = List.of("ussuriysk", "乌苏里斯克", "tomsk", "托木斯克", "primorsky", "primorye", "滨海",
            "khabarovsk", "哈巴罗夫斯克", "amur", "阿穆尔", "vladivostok", "符拉迪沃斯托克", "siberia", "西伯利亚", "far east", "远东",
            "novosibirsk", "irkutsk", "伊尔库茨克", "krasnoyarsk", "chita", "zabaykalsky", "buryatia", "sakhalin", "yakutia",
            "jewish autonomous", "犹太自治州", "kemerovo", "omsk", "tyumen", "altai");

    private ZoneRegion() {
    }

    static String of(ConfirmedZone zone, Casebook casebook) {
        String continent = WorldOutlines.shipped().country(zone.country()).map(c -> c.continent())
                .orElse("Region unknown (" + zone.country() + ")");
        if (!zone.country().equals("RU")) {
            return continent;
        }
        Optional<Double> lon = zone.caseParkId().flatMap(casebook::park).map(Park::location).flatMap(l -> l.lon());
        if (lon.isPresent()) {
            return lon.get() >= URALS_LONGITUDE ? ASIA : EUROPE;
        }
        String names = (zone.nameEn() + " " + zone.nameZh()).toLowerCase(Locale.ROOT);
        return ASIAN_RUSSIA.stream().anyMatch(names::contains) ? ASIA : RUSSIA_UNPLACED;
    }
}
