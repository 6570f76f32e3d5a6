package org.parkbench.app.synth;

import org.parkbench.core.model.Corridor;

/**
 * The host countries synthetic parks are placed in: an ISO code, a rough centre of the country
 * (public geography, used only to put synthetic dots on the map), the corridor and whether it is a
 * Belt-and-Road country. Nothing here states a fact about a real park.
 *
 * <p>The corridor is null for a country whose parks the shipped cases leave unassigned: the
 * sources of the Egyptian (Suez TEDA) and Ethiopian (Huajian) cases place neither on a corridor,
 * so their {@code parks.csv} leave {@code corridor} empty, and so do the synthetic parks there, so
 * that a synthetic course exercises the empty corridor too ("Not assigned by the sources").
 */
enum HostCountry {
    KH(12.6, 104.9, Corridor.MARITIME_SILK_ROAD, true, 6),
    ET(9.1, 40.5, null, true, 5),
    EG(26.8, 30.8, null, true, 5),
    PK(30.4, 69.3, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 5),
    TH(15.9, 100.9, Corridor.MARITIME_SILK_ROAD, true, 5),
    VN(14.1, 108.3, Corridor.MARITIME_SILK_ROAD, true, 5),
    ID(-2.5, 118.0, Corridor.MARITIME_SILK_ROAD, true, 6),
    MY(4.2, 102.0, Corridor.MARITIME_SILK_ROAD, true, 4),
    LA(19.9, 102.5, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 3),
    KZ(48.0, 66.9, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 4),
    UZ(41.4, 64.6, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 3),
    RU(56.0, 60.0, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 4),
    BY(53.7, 27.9, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 2),
    RS(44.0, 21.0, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 2),
    HU(47.2, 19.5, Corridor.SILK_ROAD_ECONOMIC_BELT, true, 2),
    NG(9.1, 8.7, Corridor.MARITIME_SILK_ROAD, true, 4),
    ZM(-13.1, 27.8, Corridor.MARITIME_SILK_ROAD, true, 3),
    KE(0.0, 37.9, Corridor.MARITIME_SILK_ROAD, true, 3),
    TZ(-6.4, 34.9, Corridor.MARITIME_SILK_ROAD, true, 3),
    DZ(28.0, 1.7, Corridor.MARITIME_SILK_ROAD, true, 2),
    MX(23.6, -102.6, Corridor.NONE, false, 2),
    BR(-14.2, -51.9, Corridor.NONE, false, 1);

    final double latitude;
    final double longitude;
    /** The corridor a synthetic park here is written with; null for none assigned (an empty cell). */
    final Corridor corridor;
    final boolean beltAndRoad;
    /** Relative weight: how often a synthetic park lands here. */
    final int weight;

    HostCountry(double latitude, double longitude, Corridor corridor, boolean beltAndRoad, int weight) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.corridor = corridor;
        this.beltAndRoad = beltAndRoad;
        this.weight = weight;
    }

    String code() {
        return name();
    }

    /** The {@code corridor} cell of a synthetic park here: the corridor's word, or empty when none is assigned. */
    String corridorCell() {
        return corridor == null ? "" : corridor.word();
    }
}
