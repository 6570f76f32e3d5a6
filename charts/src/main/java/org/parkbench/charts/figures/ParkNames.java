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
        if (name.length() <= 52) {
            return name;
        }
        String s = abbreviated(name);
        return s.length() <= 52 ? s : shortName(name);
    }

    static String shortName(String name) {
        String s = abbreviated(name);
        if (s.length() > 38) {
            int cut = s.lastIndexOf(' ', 36);
            s = s.substring(0, cut > 12 ? cut : 36) + "…";
        }
        return s;
    }

    private static String abbreviated(String name) {
        return name.replace("Economic and Trade Cooperation Zone", "Zone")
                .replace("Special Economic Zone", "SEZ")
                .replace("Industrial Park", "Ind. Park");
    }
}
