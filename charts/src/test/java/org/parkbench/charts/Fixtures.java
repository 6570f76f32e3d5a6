package org.parkbench.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.load.CaseAssembly;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseStatus;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;
import org.parkbench.core.model.Variant;
import org.parkbench.core.model.Verification;

/**
 * A small casebook in the shape of the shipped one, with plainly fictitious parks, sources and
 * numbers ("Alpha", "Beta", round values): for tests only, never for teaching.
 */
public final class Fixtures {
    private static final Origin O = Origin.UNKNOWN;

    private Fixtures() {
    }

    public static Casebook casebook() {
        return new Casebook(List.of(survey(), alpha(), beta()));
    }

    public static Casebook empty() {
        return new Casebook(List.of());
    }

    static Source source(String key, String publisher, String year, String title) {
        return new Source(key, "", title, publisher, year, "", "", Confidence.MEDIUM, "fictitious", O);
    }

    static CaseStudy caseStudy(String id, List<Park> parks, List<Stake> stakes, List<Observation> observations,
                               List<Event> events, List<Source> sources, List<PublishedStatistic> statistics,
                               List<ConfirmedZone> zones) {
        Map<String, Source> byKey = new LinkedHashMap<>();
        sources.forEach(s -> byKey.put(s.key(), s));
        CaseMeta meta = new CaseMeta(id, "Case " + id, "", parks.stream().map(Park::id).toList(), null, List.of(),
                List.of(), 10, CaseStatus.PUBLISHED, O);
        return CaseAssembly.of(meta, "", parks, stakes, observations, events, byKey, statistics, zones, Path.of(id), id);
    }

    static CaseStudy survey() {
        Source s = source("survey-2016", "Fictional Survey Office", "2017", "A made-up survey of overseas parks");
        PartialDate d = PartialDate.parse("2016-12");
        List<PublishedStatistic> stats = List.of(
                new PublishedStatistic("parks-all", "parks", StatisticScope.ALL_OVERSEAS, 100, Unit.COUNT, d, null, "", s.key(), "", O),
                new PublishedStatistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 70, Unit.COUNT, d, 70.0, "parks-all", s.key(), "", O),
                new PublishedStatistic("enterprises-bri", "enterprises", StatisticScope.BELT_AND_ROAD, 500, Unit.COUNT, d, 50.0, "", s.key(), "", O),
                new PublishedStatistic("investment-bri", "investment", StatisticScope.BELT_AND_ROAD, 10, Unit.USD_BN, d, 80.0, "", s.key(), "", O),
                new PublishedStatistic("output-bri", "output", StatisticScope.BELT_AND_ROAD, 20, Unit.USD_BN, d, 40.0, "", s.key(), "", O));
        List<ConfirmedZone> zones = List.of(
                zone("zone-one", "EG", "Tianjin", Verification.YES, "alpha-park", DevelopmentModel.COMPANY_LED, Variant.DOMESTIC_PARK_DEVELOPER, s),
                zone("zone-two", "KH", "Jiangsu (Wuxi)", Verification.YES, "beta-park", DevelopmentModel.PRIVATE_LED, Variant.SINGLE_ENTERPRISE, s),
                zone("zone-three", "RU", "Zhejiang (Wenzhou)", Verification.NO, "", null, null, s),
                zone("zone-four", "RU", "Shandong", Verification.PARTIAL, "", DevelopmentModel.PRIVATE_LED, null, s),
                zone("zone-five", "RU", "Zhejiang", Verification.YES, "", null, null, s),
                zone("zone-six", "ZM", "", Verification.NO, "", DevelopmentModel.GOVERNMENT_DRIVEN, Variant.INTERGOVERNMENTAL, s));
        return caseStudy("survey", List.of(), List.of(), List.of(), List.of(), List.of(s), stats, zones);
    }

    private static ConfirmedZone zone(String id, String country, String province, Verification v, String park,
                                      DevelopmentModel model, Variant variant, Source s) {
        return new ConfirmedZone(id, "Zone " + id, "", country, "Developer of " + id, province, v, "", park, model, variant, s.key(), O);
    }

    static CaseStudy alpha() {
        Source a = source("alpha-news", "Alpha Daily", "2016", "Alpha park grows (a fictitious report)");
        Source b = source("alpha-office", "Alpha Park Office", "2019", "Alpha park in figures (fictitious)");
        Park park = new Park("alpha-park", "alpha", "Alpha Economic and Trade Cooperation Zone", "", "EG",
                new Location("Alphaville", 30.0, 31.0, LocationPrecision.SITE, b.key()), Corridor.MARITIME_SILK_ROAD, true,
                List.of(Sector.MANUFACTURING), ParkStatus.OPERATING, 2008, "Tianjin", 2016, DevelopmentModel.COMPANY_LED,
                Variant.DOMESTIC_PARK_DEVELOPER, a.key(), O);
        List<Observation> obs = new ArrayList<>(List.of(
                obs("enterprises", 10, Unit.COUNT, "2010", a, Qualifier.EXACT),
                obs("enterprises", 40, Unit.COUNT, "2015", a, Qualifier.EXACT),
                obs("enterprises", 45, Unit.COUNT, "2016-06", b, Qualifier.ABOUT),
                obs("jobs-direct", 1000, Unit.PERSONS, "2012", a, Qualifier.EXACT),
                obs("jobs-direct", 3000, Unit.PERSONS, "2018", b, Qualifier.OVER),
                obs("jobs-induced", 9000, Unit.PERSONS, "2018", b, Qualifier.EXACT),
                obs("area", 2, Unit.KM2, "2010", a, Qualifier.EXACT),
                obs("area", 700, Unit.HA, "2018", b, Qualifier.EXACT),
                obs("investment", 100, Unit.USD_M, "2012", a, Qualifier.EXACT),
                obs("investment", 0.5, Unit.USD_BN, "2018", b, Qualifier.EXACT),
                obs("investment", 3, Unit.CNY_BN, "2019", b, Qualifier.EXACT)));
        Actor dev = new Actor("alpha-developer", "Alpha Development Co.", ActorKind.PARK_DEVELOPMENT_COMPANY, "CN");
        Actor fund = new Actor("alpha-fund", "Alpha Fund", ActorKind.FUND_OR_BANK, "CN");
        List<Stake> stakes = List.of(
                new Stake("alpha-park", dev, Role.OWNER, 80.0, PartialDate.parse("2008"), PartialDate.parse("2015"), a.key(), "", O),
                new Stake("alpha-park", fund, Role.OWNER, 20.0, PartialDate.parse("2008"), PartialDate.parse("2015"), a.key(), "", O),
                new Stake("alpha-park", dev, Role.OWNER, 60.0, PartialDate.parse("2015"), null, b.key(), "", O));
        List<Event> events = List.of(
                new Event("alpha-park", PartialDate.parse("2008-03"), "Alpha agreement signed", a.key(), "", O),
                new Event("alpha-park", PartialDate.parse("2012"), "First factory opens in Alpha", a.key(), "", O),
                new Event("alpha-park", PartialDate.parse("2018-05-01"), "Alpha phase two starts", b.key(), "", O));
        return caseStudy("alpha", List.of(park), stakes, obs, events, List.of(a, b), List.of(), List.of());
    }

    static CaseStudy beta() {
        Source c = source("beta-report", "Beta Weekly", "2020", "Beta park at ten (fictitious)");
        Park park = new Park("beta-park", "beta", "Beta Special Economic Zone", "", "KH",
                new Location("", null, null, LocationPrecision.UNKNOWN, ""), Corridor.MARITIME_SILK_ROAD, true,
                List.of(Sector.TEXTILES), ParkStatus.OPERATING, 2010, "Jiangsu", null, DevelopmentModel.PRIVATE_LED,
                Variant.SINGLE_ENTERPRISE, c.key(), O);
        List<Observation> obs = List.of(
                obsFor("beta-park", "enterprises", 20, Unit.COUNT, "2012", c, Qualifier.EXACT),
                obsFor("beta-park", "enterprises", 15, Unit.COUNT, "2020", c, Qualifier.EXACT),
                obsFor("beta-park", "jobs-direct", 2500, Unit.PERSONS, "2020", c, Qualifier.ABOUT));
        List<Event> events = List.of(
                new Event("beta-park", PartialDate.parse("2010"), "Beta zone founded", c.key(), "", O),
                new Event("beta-park", PartialDate.parse("2020-01"), "Beta turns ten", c.key(), "", O));
        return caseStudy("beta", List.of(park), List.of(), obs, events, List.of(c), List.of(), List.of());
    }

    private static Observation obs(String indicator, double value, Unit unit, String asOf, Source s, Qualifier q) {
        return obsFor("alpha-park", indicator, value, unit, asOf, s, q);
    }

    private static Observation obsFor(String park, String indicator, double value, Unit unit, String asOf, Source s, Qualifier q) {
        Indicator ind = org.parkbench.core.model.Vocabulary.lookup(Indicator.class, indicator).orElseThrow();
        return new Observation(park, ind, value, unit, q, PartialDate.parse(asOf), s.key(), "", O);
    }
}
