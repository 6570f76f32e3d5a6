package org.parkbench.app.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Variant;

/**
 * One invented park with everything the data format records about it: the park row, its actors
 * and stakes over time, its observations over several years and its milestones. Drawn from a
 * {@link Random} so that a seed gives the same park every time. Every name says "Synthetic"; the
 * only real-world values are ISO country codes, Chinese province names and rough country centres.
 */
record SyntheticPark(String id, String nameEn, String nameZh, HostCountry country, String place, Double latitude,
                     Double longitude, List<Sector> sectors, ParkStatus status, Integer established, String homeProvince,
                     Integer mofcomConfirmed, DevelopmentModel model, Variant variant, List<StakeRow> stakes,
                     List<ObservationRow> observations, List<EventRow> events) {

    static final String REGISTER = "synthetic-register";
    static final String SURVEY = "synthetic-survey";
    static final String PRESS = "synthetic-press";
    static final int LAST_YEAR = 2023;

    static final List<String> PROVINCES = List.of("Jiangsu", "Zhejiang", "Shandong", "Tianjin", "Guangdong", "Henan",
            "Fujian", "Hebei", "Hubei", "Sichuan", "Shanghai", "Heilongjiang");

    /** A row of actors.csv. */
    record StakeRow(String actor, String name, String kind, String country, String role, Double share, String from,
                    String until, String source) {
    }

    /** A row of observations.csv. */
    record ObservationRow(String indicator, double value, String unit, String qualifier, String asOf, String source,
                          String note) {
    }

    /** A row of events.csv. */
    record EventRow(String date, String text, String source) {
    }

    /** The park numbered {@code number} (1-based, unique in the course), drawn from {@code random}. */
    static SyntheticPark draw(int number, int digits, Random random, boolean showcase) {
        String num = String.format(Locale.ROOT, "%0" + digits + "d", number);
        HostCountry country = pickCountry(random);
        ParkStatus status = showcase ? ParkStatus.OPERATING : pickStatus(random);
        Integer established = !showcase && random.nextInt(10) == 0 ? null : 1996 + skewedYear(random);
        int start = established == null ? 2008 : established;
        Integer mofcom = established != null && random.nextInt(100) < 15 ? Math.min(2020, established + 2 + random.nextInt(5)) : null;
        if (mofcom != null && mofcom <= start + 2) {
            mofcom = start + 3 <= 2020 ? start + 3 : null;
        }
        DevelopmentModel model = pickModel(random);
        Double lat = null;
        Double lon = null;
        if (random.nextInt(10) < 7) {
            lat = round(clamp(country.latitude + (random.nextDouble() - 0.5) * 3, -89, 89), 3);
            lon = round(clamp(country.longitude + (random.nextDouble() - 0.5) * 3, -179, 179), 3);
        }
        List<Sector> sectors = new ArrayList<>();
        int sectorCount = 1 + random.nextInt(3);
        Sector[] all = Sector.values();
        while (sectors.size() < sectorCount) {
            Sector s = all[random.nextInt(all.length)];
            if (!sectors.contains(s)) {
                sectors.add(s);
            }
        }
        String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
        Stakes stakes = Stakes.draw(num, model, country, province, start, random);
        List<ObservationRow> observations = observations(start, status, random, showcase);
        List<EventRow> events = events(start, mofcom, status, random, showcase);
        return new SyntheticPark("synthetic-park-" + num, "Synthetic Park " + num,
                random.nextInt(10) < 3 ? "合成园区" + num : "", country,
                random.nextBoolean() ? "Synthetic district " + (1 + random.nextInt(40)) : "", lat, lon, sectors, status,
                established, province, mofcom, model, stakes.variant(), stakes.rows(), observations, events);
    }

    private static List<ObservationRow> observations(int start, ParkStatus status, Random random, boolean showcase) {
        List<ObservationRow> rows = new ArrayList<>();
        if (status == ParkStatus.PLANNED && !showcase) {
            rows.add(new ObservationRow("area-planned", round(lognormal(random, 5, 0.8), 2), "km2", "about",
                    String.valueOf(Math.min(LAST_YEAR, start + 1)), REGISTER, ""));
            return rows;
        }
        List<Integer> years = new ArrayList<>();
        int first = Math.min(LAST_YEAR - 3, start + 1 + random.nextInt(3));
        int count = 3 + random.nextInt(4);
        int step = Math.max(1, (LAST_YEAR - first) / count);
        for (int y = first; y <= LAST_YEAR && years.size() < count; y += step) {
            years.add(y);
        }
        double area = round(lognormal(random, 4, 0.9), 2);
        rows.add(new ObservationRow("area", area, "km2", random.nextInt(5) == 0 ? "about" : "", String.valueOf(years.get(0)),
                REGISTER, ""));
        if (random.nextInt(4) == 0 && years.size() > 2) {
            rows.add(new ObservationRow("area", round(area * (1.2 + random.nextDouble()) * 100, 0), "ha", "",
                    String.valueOf(years.get(years.size() - 1)), PRESS, "Synthetic expansion figure."));
        }
        double enterprises = Math.max(1, Math.round(lognormal(random, 12, 0.7)));
        double investment = lognormal(random, 90, 0.9);
        double jobsPerFirm = lognormal(random, 70, 0.6);
        boolean conflict = !showcase && random.nextInt(10) == 0;
        int conflictAt = random.nextInt(years.size());
        boolean output = random.nextInt(10) < 4;
        for (int i = 0; i < years.size(); i++) {
            String asOf = String.valueOf(years.get(i));
            rows.add(new ObservationRow("enterprises", enterprises, "count", "", asOf, REGISTER, ""));
            rows.add(new ObservationRow("investment", round(investment, 1), "usd-m", random.nextInt(6) == 0 ? "about" : "",
                    asOf, REGISTER, ""));
            double jobs = Math.round(enterprises * jobsPerFirm);
            String qualifier = random.nextInt(12) == 0 ? "over" : "";
            rows.add(new ObservationRow("jobs-direct", jobs, "persons", qualifier, asOf, REGISTER, ""));
            if (conflict && i == conflictAt) {
                rows.add(new ObservationRow("jobs-direct", Math.round(jobs * (0.7 + random.nextDouble() * 0.6)) + 1, "persons",
                        "about", asOf, SURVEY, "Synthetic conflicting report."));
            }
            if (output && i >= years.size() - 2) {
                rows.add(new ObservationRow("output-annual", round(investment * (0.3 + random.nextDouble()), 1), "usd-m", "",
                        asOf, PRESS, ""));
            }
            enterprises = Math.round(enterprises * (1.05 + random.nextDouble() * 0.5));
            investment = investment * (1.1 + random.nextDouble() * 0.6);
        }
        return rows;
    }

    private static List<EventRow> events(int start, Integer mofcom, ParkStatus status, Random random, boolean showcase) {
        List<EventRow> events = new ArrayList<>();
        events.add(new EventRow(String.valueOf(start), "Synthetic milestone: the partners sign a framework agreement", REGISTER));
        if (status == ParkStatus.PLANNED && !showcase) {
            return events;
        }
        events.add(new EventRow(String.format(Locale.ROOT, "%d-%02d", start + 1, 1 + random.nextInt(12)),
                "Synthetic milestone: construction of the first phase begins", PRESS));
        events.add(new EventRow(String.format(Locale.ROOT, "%d-%02d", start + 2, 1 + random.nextInt(12)),
                "Synthetic milestone: the first tenant starts production", PRESS));
        if (mofcom != null) {
            events.add(new EventRow(String.format(Locale.ROOT, "%d-12", mofcom),
                    "Synthetic milestone: confirmed as a national-level zone", REGISTER));
        }
        if (status == ParkStatus.STALLED || status == ParkStatus.ABANDONED) {
            int year = Math.max(start + 3, (mofcom == null ? 0 : mofcom + 1));
            events.add(new EventRow(String.valueOf(year), "Synthetic milestone: work stops", SURVEY));
        }
        return events;
    }

    private static HostCountry pickCountry(Random random) {
        int total = 0;
        for (HostCountry c : HostCountry.values()) {
            total += c.weight;
        }
        int r = random.nextInt(total);
        for (HostCountry c : HostCountry.values()) {
            r -= c.weight;
            if (r < 0) {
                return c;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static ParkStatus pickStatus(Random random) {
        int r = random.nextInt(100);
        return r < 60 ? ParkStatus.OPERATING : r < 80 ? ParkStatus.UNDER_CONSTRUCTION : r < 88 ? ParkStatus.PLANNED
                : r < 96 ? ParkStatus.STALLED : ParkStatus.ABANDONED;
    }

    private static DevelopmentModel pickModel(Random random) {
        int r = random.nextInt(100);
        return r < 25 ? DevelopmentModel.GOVERNMENT_DRIVEN : r < 60 ? DevelopmentModel.COMPANY_LED : DevelopmentModel.PRIVATE_LED;
    }

    /** 0..25, most between 10 and 20: parks abroad were mostly set up in the 2000s and 2010s. */
    private static int skewedYear(Random random) {
        int y = (int) Math.round(15 + random.nextGaussian() * 5);
        return Math.max(0, Math.min(25, y));
    }

    static double lognormal(Random random, double median, double sigma) {
        return median * Math.exp(random.nextGaussian() * sigma);
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
