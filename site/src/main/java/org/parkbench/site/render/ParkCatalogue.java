package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Vocabulary;

/**
 * The park catalogue: every park of the cases and every zone on the confirmed list, in tables a
 * reader can sort and filter in the browser (the script only reorders and hides rows that are all
 * in the page, so it needs no server and the page reads fine without script).
 */
public final class ParkCatalogue {
    /** A park of a case. */
    public record ParkRow(String id, String name, String nameZh, String country, String modelWord, String model,
                          String variant, String status, String established, String mofcom, String corridor,
                          String sectors, String caseTitle, String caseHref, String text) {
    }

    /** A zone of the confirmed list. */
    public record ZoneRow(String id, String name, String nameZh, String country, String developer, String homeProvince,
                          String verification, String model, String caseHref, boolean inCase, Views.SourceLink source) {
    }

    private final Site site;

    ParkCatalogue(Site site) {
        this.site = site;
    }

    void write() {
        String root = "";
        List<ParkRow> parks = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            for (Park p : c.parks()) {
                String country = Views.country(p.country());
                String sectors = p.sectors().stream().map(Sector::label).collect(Collectors.joining(", "));
                parks.add(new ParkRow(p.id(), p.nameEn(), p.nameZh(), country, p.model().word(), p.model().label(),
                        p.variantIfAny().map(Vocabulary::label).orElse(""), p.status().label(),
                        p.established() == null ? "" : p.established().toString(),
                        p.mofcomConfirmed() == null ? "" : p.mofcomConfirmed().toString(), p.corridor().label(), sectors,
                        c.meta().title(), root + SitePaths.caseStudy(c.id()),
                        String.join(" ", p.nameEn(), p.nameZh(), country, p.location().place(), sectors, c.meta().title())));
            }
        }
        List<ZoneRow> zones = new ArrayList<>();
        site.cases().forEach(c -> zones.addAll(zoneRows(site, c, root)));
        Map<String, Object> m = new HashMap<>();
        m.put("parks", parks);
        m.put("zones", zones);
        m.put("models", List.of(DevelopmentModel.values()));
        m.put("countries", parks.stream().map(ParkRow::country).distinct().sorted().toList());
        site.page(SitePaths.PARKS, "parks", "Park catalogue", "parks",
                "Every park of the cases and every zone on the confirmed list, sortable and filterable.", m, true);
    }

    static List<ZoneRow> zoneRows(Site site, CaseStudy c, String root) {
        List<ZoneRow> rows = new ArrayList<>();
        for (ConfirmedZone z : c.zones()) {
            String caseHref = z.caseParkId().flatMap(site.casebook::caseOf).map(k -> root + SitePaths.caseStudy(k.id())).orElse("");
            rows.add(new ZoneRow(z.id(), z.nameEn(), z.nameZh(), Views.country(z.country()), z.developer(), z.homeProvince(),
                    z.verification().label(), z.modelIfKnown().map(DevelopmentModel::label).orElse(""), caseHref, !caseHref.isEmpty(),
                    Views.SourceLink.of(site, c.id(), z.source(), root)));
        }
        return rows;
    }
}
