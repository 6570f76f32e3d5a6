package org.parkbench.charts.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.charts.geo.WorldOutlines;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Verification;

/**
 * Where the zones confirmed by China's Ministry of Commerce are: by host country, by world
 * region (Natural Earth's continents) and by the lead developer's home province. Bars are split by
 * how far each row of the list was verified, so unverified rows are visible as such.
 */
public final class ConfirmedZoneFigures implements FigureContribution {
    static final String BY_COUNTRY = "zones-by-host-country";
    static final String BY_REGION = "zones-by-region";
    static final String BY_PROVINCE = "zones-by-home-province";

    @Override
    public String id() {
        return "confirmed-zones";
    }

    @Override
    public int rank() {
        return 200;
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook) {
        return List.of(
                new FigureRecipe(BY_COUNTRY, () -> figure(casebook, BY_COUNTRY, "host country",
                        z -> WorldOutlines.shipped().name(z.country()),
                        "Confirmed overseas zones by host country",
                        "Zones on the Ministry of Commerce's list of confirmed overseas economic and trade cooperation zones, counted by host country.")),
                new FigureRecipe(BY_REGION, () -> figure(casebook, BY_REGION, "region",
                        z -> ZoneRegion.of(z, casebook),
                        "Confirmed overseas zones by world region",
                        "The same zones counted by world region: the host country's continent as Natural Earth assigns it,"
                        + " except that a zone in Russia is placed by where it is: east of the Urals (60°E, or a place"
                        + " such as Ussuriysk, Tomsk or Primorsky Krai) is Asia; a Russian zone whose place no source gives"
                        + " is counted as 'Russia, part not given'.")),
                new FigureRecipe(BY_PROVINCE, () -> figure(casebook, BY_PROVINCE, "home province",
                        z -> province(z.homeProvince()),
                        "Confirmed overseas zones by the developer's home province",
                        "The same zones counted by the home province in China of the lead developer; a city named in brackets is counted with its province, and a developer whose province the list does not give is counted as 'not given'.")));
    }

    private static Figure figure(Casebook casebook, String id, String dimension, Function<ConfirmedZone, String> category,
                                 String title, String caption) {
        List<ConfirmedZone> zones = new ArrayList<>();
        FigureSources citations = new FigureSources();
        for (CaseStudy c : casebook.cases()) {
            for (ConfirmedZone z : c.zones()) {
                zones.add(z);
                citations.add(c, z.source());
            }
        }
        if (zones.isEmpty()) {
            throw new MissingDataException(id, "no case has confirmed zones (zones.csv); the overview case normally provides them");
        }
        if (id.equals(BY_REGION)) {
            citations.addText(WorldOutlines.ATTRIBUTION);
        }
        List<String> statuses = Arrays.stream(Verification.values()).map(Verification::label).toList();
        Tally tally = Tally.of(zones, category, z -> z.verification().label(), null, statuses);
        List<Color> colours = tally.series().stream().map(ConfirmedZoneFigures::colour).toList();
        String header = Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1);
        var table = tally.table(header, "Verification", "Zones");
        String lead = tally.total() + " confirmed zones in " + tally.categories().size() + " " + plural(dimension)
                + "; the most are in " + tally.leader() + ".";
        int height = Math.max(300, 150 + 30 * tally.categories().size());
        return Figure.builder(id)
                .title(title)
                .caption(caption + " Each bar is split by how far the row was verified against sources.")
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe("Horizontal bar chart. " + lead, table, 0, 1))
                .table(table)
                .size(Figure.DEFAULT_WIDTH, height)
                .plot(() -> Plots.stacked(tally.dataset(), null, "Confirmed zones (count)", true, true, colours))
                .build();
    }

    private static String plural(String dimension) {
        return dimension.equals("host country") ? "host countries" : dimension.equals("region") ? "regions" : "home provinces";
    }

    /** "Zhejiang (Wenzhou) [some sources: …]" → "Zhejiang"; empty → "Not given". */
    static String province(String text) {
        String t = text.replaceAll("\\(.*?\\)", "").replaceAll("\\[.*?]", "").strip();
        return t.isEmpty() ? "Not given" : t;
    }

    private static Color colour(String verificationLabel) {
        if (verificationLabel.equals(Verification.YES.label())) {
            return HouseStyle.BLUE;
        }
        if (verificationLabel.equals(Verification.PARTIAL.label())) {
            return HouseStyle.SKY_BLUE;
        }
        return HouseStyle.REMAINDER;
    }
}
