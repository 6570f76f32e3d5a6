package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.site.output.SitePaths;

/**
 * The park catalogue: every park of the cases and every zone on the confirmed list, in tables a
 * reader can sort and filter in the browser (the script only reorders and hides rows that are all
 * in the page, so it needs no server and the page reads fine without script). Beyond
 * {@link PageLimits#CATALOGUE_ROWS} parks the catalogue continues on further pages
 * ({@code parks-2.html} …); sorting and filtering then work within a page, and search finds any park.
 */
public final class ParkCatalogue {
    /** A park of a case. */
    public record ParkRow(String id, String name, String nameZh, String country, String modelWord, String model,
                          String variant, String status, String established, String mofcom, String corridor,
                          String sectors, String caseTitle, String caseHref, String text, String href) {
    }

    /** A zone of the confirmed list. */
    public record ZoneRow(String id, String name, String nameZh, String country, String developer, String homeProvince,
                          String verification, String modelWord, String model, String caseHref, boolean inCase, Views.SourceLink source) {
        /** What the catalogue's text filter reads: the zone's names, country, developer and province. */
        public String text() {
            return String.join(" ", name, nameZh, country, developer, homeProvince);
        }
    }

    private final Site site;

    ParkCatalogue(Site site) {
        this.site = site;
    }

    void write() {
        String root = "";
        PageText t = site.text;
        Language language = t.language();
        List<ParkRow> parks = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            for (Park p : c.parks()) {
                String country = Views.country(p.country(), language);
                String sectors = p.sectors().stream().map(x -> x.label(language)).collect(Collectors.joining(t.text("common.comma")));
                parks.add(new ParkRow(p.id(), p.nameEn(), p.nameZh(), country, p.model().word(), p.model().label(language),
                        p.variantIfAny().map(v -> v.label(language)).orElse(""), p.status().label(language),
                        p.established() == null ? "" : p.established().toString(),
                        MofcomStatus.of(site, p), p.corridorIfAssigned().map(k -> k.label(language)).orElse(t.text("profile.corridor.none")), sectors,
                        c.meta().title(), root + SitePaths.caseStudy(c.id()),
                        String.join(" ", p.nameEn(), p.nameZh(), country, p.location().place(), sectors, c.meta().title()),
                        root + SitePaths.park(p.id())));
            }
        }
        List<ZoneRow> zones = new ArrayList<>();
        site.cases().forEach(c -> zones.addAll(zoneRows(site, c, root)));
        // the filters act on both tables, so they offer the countries of both
        List<String> countries = java.util.stream.Stream.concat(parks.stream().map(ParkRow::country), zones.stream().map(ZoneRow::country))
                .distinct().sorted().toList();
        List<List<ParkRow>> pages = ListPages.split(parks, PageLimits.CATALOGUE_ROWS);
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            List<ParkRow> rows = pages.get(i);
            site.pool.submit(() -> {
                Map<String, Object> m = new HashMap<>();
                m.put("parks", rows);
                m.put("parkTotal", parks.size());
                m.put("pager", ListPages.pager(t, SitePaths.PARKS, number, pages.size(), PageLimits.CATALOGUE_ROWS, parks.size(), "pager.parks"));
                m.put("zones", number == 1 ? zones : List.of());
                m.put("models", List.of(DevelopmentModel.values()));
                m.put("countries", countries);
                site.page(SitePaths.listPage(SitePaths.PARKS, number), "parks",
                        number == 1 ? t.text("parks.heading") : t.format("parks.title.page", number), "parks",
                        t.text("parks.description"), m, number == 1);
            });
        }
    }

    static List<ZoneRow> zoneRows(Site site, CaseStudy c, String root) {
        List<ZoneRow> rows = new ArrayList<>();
        Language language = site.text.language();
        for (ConfirmedZone z : c.zones()) {
            String caseHref = z.caseParkId().flatMap(site.casebook::caseOf).map(k -> root + SitePaths.caseStudy(k.id())).orElse("");
            rows.add(new ZoneRow(z.id(), z.nameEn(), z.nameZh(), Views.country(z.country(), language), z.developer(), z.homeProvince(),
                    z.verification().label(language), z.modelIfKnown().map(DevelopmentModel::word).orElse(""),
                    z.modelIfKnown().map(m -> m.label(language)).orElse(""), caseHref, !caseHref.isEmpty(),
                    Views.SourceLink.of(site, c.id(), z.source(), root)));
        }
        return rows;
    }
}
