package org.parkbench.charts.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.parkbench.charts.Figure;
import org.parkbench.charts.FigureContribution;
import org.parkbench.charts.FigureRecipe;
import org.parkbench.charts.FigureText;
import org.parkbench.charts.HouseStyle;
import org.parkbench.charts.MissingDataException;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.language.Language;
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
        return recipes(casebook, Withholding.NONE, Language.EN);
    }

    @Override
    public List<FigureRecipe> recipes(Casebook casebook, Withholding withholding, Language language) {
        FigureText t = FigureText.of(language);
        return List.of(
                new FigureRecipe(BY_COUNTRY, () -> figure(t, casebook, BY_COUNTRY, "country",
                        z -> Places.country(t, z.country()))),
                new FigureRecipe(BY_REGION, () -> figure(t, casebook, BY_REGION, "region",
                        z -> Places.region(t, ZoneRegion.of(z, casebook)))),
                new FigureRecipe(BY_PROVINCE, () -> figure(t, casebook, BY_PROVINCE, "province",
                        z -> Places.province(t, province(z.homeProvince())))));
    }

    /** {@code dimension} names the figure's texts in the bundle: {@code zones.<dimension>.title}, {@code .caption}, {@code .header}, {@code .plural}. */
    private static Figure figure(FigureText t, Casebook casebook, String id, String dimension, Function<ConfirmedZone, String> category) {
        List<ConfirmedZone> zones = new ArrayList<>();
        FigureSources citations = new FigureSources(t);
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
            citations.addText(t.text("geo.attribution"));
        }
        List<String> statuses = Arrays.stream(Verification.values()).map(t::label).toList();
        Tally tally = Tally.of(zones, category, z -> t.label(z.verification()), null, statuses);
        List<Color> colours = tally.series().stream().map(label -> colour(t, label)).toList();
        String prefix = "zones." + dimension + ".";
        var table = tally.table(t, t.text(prefix + "header"), t.text("zones.table.verification"), t.text("zones.table.zones"));
        String lead = t.format("zones.lead", tally.total(), tally.categories().size(), t.text(prefix + "plural"), tally.leader(t));
        int height = Math.max(300, 150 + 30 * tally.categories().size());
        return Figure.builder(id)
                .language(t.language())
                .title(t.text(prefix + "title"))
                .caption(t.text(prefix + "caption") + t.text("zones.caption.verified"))
                .sourceLine(citations.line())
                .sourceNote(citations.note())
                .altText(AltText.describe(lead, table, 0, 1))
                .table(table)
                .size(Figure.DEFAULT_WIDTH, height)
                .plot(() -> Plots.stacked(tally.dataset(), null, t.text("zones.axis"), true, true, colours))
                .build();
    }

    /** "Zhejiang (Wenzhou) [some sources: …]" → "Zhejiang"; empty → "Not given". */
    static String province(String text) {
        String t = text.replaceAll("\\(.*?\\)", "").replaceAll("\\[.*?]", "").strip();
        return t.isEmpty() ? "Not given" : t;
    }

    private static Color colour(FigureText t, String verificationLabel) {
        if (verificationLabel.equals(t.label(Verification.YES))) {
            return HouseStyle.BLUE;
        }
        if (verificationLabel.equals(t.label(Verification.PARTIAL))) {
            return HouseStyle.SKY_BLUE;
        }
        return HouseStyle.REMAINDER;
    }
}
