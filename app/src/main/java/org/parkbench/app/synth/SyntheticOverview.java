package org.parkbench.app.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The synthetic course's overview case: no parks of its own, published statistics computed from
 * the synthetic parks (so the shares it prints can be recomputed and agree), and a confirmed-zones
 * list of invented zones, some of which link to synthetic parks.
 */
final class SyntheticOverview {
    static final List<String> STATISTIC_HEADER = List.of("id", "measure", "scope", "value", "unit", "as_of", "reported_share_pct",
            "share_of", "source", "note");
    static final List<String> ZONE_HEADER = List.of("id", "name_en", "name_zh", "country", "developer", "home_province", "verified",
            "evidence", "park", "model", "variant", "source");

    private final List<SyntheticPark> parks;
    private final Random random;

    SyntheticOverview(List<SyntheticPark> parks, Random random) {
        this.parks = parks;
        this.random = random;
    }

    void write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        SyntheticCase.writeSources(dir.resolve("sources.csv"));
        new CsvFile(dir.resolve("parks.csv"), SyntheticCase.PARK_HEADER).close();
        new CsvFile(dir.resolve("actors.csv"), SyntheticCase.ACTOR_HEADER).close();
        new CsvFile(dir.resolve("observations.csv"), SyntheticCase.OBSERVATION_HEADER).close();
        new CsvFile(dir.resolve("events.csv"), SyntheticCase.EVENT_HEADER).close();
        long beltAndRoad = parks.stream().filter(p -> p.country().beltAndRoad).count();
        long countries = parks.stream().map(SyntheticPark::country).distinct().count();
        List<SyntheticPark> confirmed = parks.stream().filter(p -> p.mofcomConfirmed() != null).toList();
        try (CsvFile csv = new CsvFile(dir.resolve("statistics.csv"), STATISTIC_HEADER)) {
            String source = SyntheticPark.REGISTER;
            csv.row("synthetic-parks-all", "parks", "all-overseas", parks.size(), "count", "2023-12", "", "", source,
                    "Counted from the synthetic parks.");
            csv.row("synthetic-parks-belt-and-road", "parks", "belt-and-road", beltAndRoad, "count", "2023-12",
                    SyntheticPark.round(100.0 * beltAndRoad / parks.size(), 2), "synthetic-parks-all", source,
                    "The share is printed rounded to two decimals.");
            csv.row("synthetic-countries-all", "countries", "all-overseas", countries, "count", "2023-12", "", "", source, "");
            csv.row("synthetic-zones-confirmed", "zones", "confirmed", confirmed.size(), "count", "2023-12", "", "", source, "");
        }
        int zones = Math.min(40, Math.max(3, parks.size() / 25));
        try (CsvFile csv = new CsvFile(dir.resolve("zones.csv"), ZONE_HEADER)) {
            for (int i = 0; i < zones; i++) {
                String num = String.format(Locale.ROOT, "%03d", i + 1);
                SyntheticPark linked = i < confirmed.size() && i % 2 == 0 ? confirmed.get(i) : null;
                HostCountry country = linked != null ? linked.country() : HostCountry.values()[random.nextInt(HostCountry.values().length)];
                String verified = switch (random.nextInt(3)) {
                    case 0 -> "yes";
                    case 1 -> "partial";
                    default -> "no";
                };
                csv.row("synthetic-zone-" + num, "Synthetic Zone " + num, "", country.code(), "Synthetic Developer Group " + num,
                        SyntheticPark.PROVINCES.get(random.nextInt(SyntheticPark.PROVINCES.size())), verified, "Synthetic row.",
                        linked == null ? "" : linked.id(), linked == null ? "" : linked.model().word(),
                        linked == null || linked.variant() == null ? "" : linked.variant().word(), SyntheticPark.REGISTER);
            }
        }
        try {
            Files.createDirectories(dir.resolve("exercises"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + "/exercises: " + e.getMessage(), e);
        }
        SyntheticCase.text(dir.resolve("exercises/synthetic-overview-share.md"), """
                ---
                id: synthetic-overview-share
                type: numeric
                title: "What share of the synthetic parks lies in Belt-and-Road countries?"
                objectives: [recompute-a-share]
                difficulty: 1
                points: 1
                hints:
                  - "A share is a part divided by its total."
                  - "Use the two park counts of the headline statistics."
                  - "Divide the Belt-and-Road count by the count of all parks and multiply by 100."
                feedback:
                  correct: "Right: the same share the statistics print, recomputed."
                  incorrect: "Check which count is the part and which the total."
                key:
                  derivation: share-of-total
                  params: {statistic: synthetic-parks-belt-and-road}
                precision: 2
                unit: "%"
                ---
                Recompute the share of synthetic parks in Belt-and-Road countries from the two counts {{src:synthetic-register}}.

                ## Solution

                Divide the Belt-and-Road count by the count of all synthetic parks.
                """);
        SyntheticCase.text(dir.resolve("case.md"), """
                ---
                id: synthetic-overview
                title: "The synthetic big picture"
                subtitle: "Aggregates of the synthetic parks, generated by parkbench synth"
                status: published
                parks: []
                reading_minutes: 5
                objectives:
                  - id: recompute-a-share
                    text: "Recompute the published share of synthetic Belt-and-Road parks from its counts."
                discussion:
                  - "Does the printed share agree with the counts?"
                ---
                ## Context

                This overview is synthetic {{src:synthetic-register}}: its statistics count the synthetic parks of this course,
                and its zones are invented.
                """);
    }
}
