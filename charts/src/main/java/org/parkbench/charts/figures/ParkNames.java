package org.parkbench.charts.figures;

/**
 * Short park names for lanes and map labels, where a full official name would crowd the chart;
 * tables and alt text keep the full name.
 */
final class ParkNames {
    private ParkNames() {
    }

    /** The full name where it fits a title line, else the short one. */
    static String titleName(String name) {
        return name.length() <= 40 ? name : shortName(name);
    }

    static String shortName(String name) {
        String s = name.replace("Economic and Trade Cooperation Zone", "Zone")
                .replace("Special Economic Zone", "SEZ")
                .replace("Industrial Park", "Ind. Park");
        if (s.length() > 34) {
            int cut = s.lastIndexOf(' ', 32);
            s = s.substring(0, cut > 12 ? cut : 32) + "…";
        }
        return s;
    }
}
