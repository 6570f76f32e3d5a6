package org.parkbench.core.analysis;

import java.util.List;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;

/** Facts from the reference material (park-facts.csv, the paper), built as model objects for tests. */
final class Facts {
    static final String TEDA = "suez-teda-zone";
    static final String SSEZ = "sihanoukville-sez";
    static final String HAIER = "haier-ruba-zone";
    static final String SIP = "suzhou-industrial-park";

    private Facts() {
    }

    static Observation obs(String park, Indicator indicator, double value, Unit unit, Qualifier qualifier, String asOf,
                           String source) {
        return new Observation(park, indicator, value, unit, qualifier, PartialDate.parse(asOf), source, "", Origin.UNKNOWN);
    }

    static Observation obs(String park, Indicator indicator, double value, Unit unit, String asOf, String source) {
        return obs(park, indicator, value, unit, Qualifier.EXACT, asOf, source);
    }

    // TEDA: direct jobs > 9,000 (Xinhua, Apr 2024); > 6,000 (CRI, Aug 2024); area 7.34 km² (CCTV 2016),
    // 7.23 km² (Xinhua 2018); > USD 3 bn invested (Xinhua, Apr 2024); ~200 enterprises (Tianjin Daily, Sep 2025).
    static final Observation TEDA_JOBS_2024_04 = obs(TEDA, Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, Qualifier.OVER, "2024-04", "xinhua-2024");
    static final Observation TEDA_JOBS_2024_08 = obs(TEDA, Indicator.JOBS_DIRECT, 6000, Unit.PERSONS, Qualifier.OVER, "2024-08", "cri-2024");
    static final Observation TEDA_INDUCED_2024_04 = obs(TEDA, Indicator.JOBS_INDUCED, 70000, Unit.PERSONS, Qualifier.ABOUT, "2024-04", "xinhua-2024");
    static final Observation TEDA_AREA_2016 = obs(TEDA, Indicator.AREA, 7.34, Unit.KM2, "2016", "cctv-2016");
    static final Observation TEDA_AREA_2018 = obs(TEDA, Indicator.AREA, 7.23, Unit.KM2, "2018", "xinhua-2018");
    // 7.34 km² before the July 2025 expansion (Xinhua via HKCD).
    static final Observation TEDA_AREA_2025_07 = obs(TEDA, Indicator.AREA, 7.34, Unit.KM2, "2025-07", "hkcd-2025");
    static final Observation TEDA_INVESTMENT_2024_04 = obs(TEDA, Indicator.INVESTMENT, 3, Unit.USD_BN, Qualifier.OVER, "2024-04", "xinhua-2024");
    static final Observation TEDA_INVESTMENT_2025_09 = obs(TEDA, Indicator.INVESTMENT, 3, Unit.USD_BN, Qualifier.OVER, "2025-09", "tianjin-daily-2025");
    static final Observation TEDA_ENTERPRISES_2025_09 = obs(TEDA, Indicator.ENTERPRISES, 200, Unit.COUNT, Qualifier.ABOUT, "2025-09", "tianjin-daily-2025");

    // SSEZ: 9,000 jobs in 2013 (Hongdou), ~30,000 in 2023; area 11.13 km² (Phnom Penh Post); trade USD 139 m (2013).
    static final Observation SSEZ_JOBS_2013 = obs(SSEZ, Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, "2013", "hongdou-2023");
    static final Observation SSEZ_JOBS_2023 = obs(SSEZ, Indicator.JOBS_DIRECT, 30000, Unit.PERSONS, Qualifier.ABOUT, "2023", "ppp-2021");
    static final Observation SSEZ_AREA = obs(SSEZ, Indicator.AREA, 11.13, Unit.KM2, "2017", "ppp-2017");

    // Haier–Ruba: 330,000 m² (33 ha) and 3,800 local employees (Xinhua, Nov 2016).
    static final Observation HAIER_AREA_HA = obs(HAIER, Indicator.AREA, 33, Unit.HA, "2016-11", "xinhua-2016");
    static final Observation HAIER_JOBS = obs(HAIER, Indicator.JOBS_DIRECT, 3800, Unit.PERSONS, "2016-11", "xinhua-2016");

    // SIP: 278 km² (Xinhua 2019) and 288 km² (Suzhou government 2019): a same-date conflict.
    static final Observation SIP_AREA_XINHUA = obs(SIP, Indicator.AREA, 278, Unit.KM2, "2019", "xinhua-2019");
    static final Observation SIP_AREA_SUZHOU = obs(SIP, Indicator.AREA, 288, Unit.KM2, "2019", "suzhou-gov-2019");

    static PublishedStatistic statistic(String id, String measure, StatisticScope scope, double value, Unit unit,
                                        Double share, String shareOf) {
        return new PublishedStatistic(id, measure, scope, value, unit, PartialDate.ofYear(2016), share, shareOf,
                "yeerken-2017", "", Origin.UNKNOWN);
    }

    // The paper, end of 2016: 77 parks in 36 countries; 56 in 20 Belt-and-Road countries with 1,082
    // enterprises, USD 18.55 bn investment and USD 50.69 bn output = 72.72 %, 71.09 %, 76.68 %, 72.13 %.
    static final PublishedStatistic PARKS_ALL = statistic("parks-all", "parks", StatisticScope.ALL_OVERSEAS, 77, Unit.COUNT, null, null);
    static final PublishedStatistic PARKS_BRI = statistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 56, Unit.COUNT, 72.72, "parks-all");
    static final PublishedStatistic COUNTRIES_ALL = statistic("countries-all", "countries", StatisticScope.ALL_OVERSEAS, 36, Unit.COUNT, null, null);
    static final PublishedStatistic COUNTRIES_BRI = statistic("countries-bri", "countries", StatisticScope.BELT_AND_ROAD, 20, Unit.COUNT, null, null);
    static final PublishedStatistic ENTERPRISES_BRI = statistic("enterprises-bri", "enterprises", StatisticScope.BELT_AND_ROAD, 1082, Unit.COUNT, 71.09, null);
    static final PublishedStatistic INVESTMENT_BRI = statistic("investment-bri", "investment", StatisticScope.BELT_AND_ROAD, 18.55, Unit.USD_BN, 76.68, null);
    static final PublishedStatistic OUTPUT_BRI = statistic("output-bri", "output", StatisticScope.BELT_AND_ROAD, 50.69, Unit.USD_BN, 72.13, null);

    static List<PublishedStatistic> paperStatistics() {
        return List.of(PARKS_ALL, PARKS_BRI, COUNTRIES_ALL, COUNTRIES_BRI, ENTERPRISES_BRI, INVESTMENT_BRI, OUTPUT_BRI);
    }

    static Stake stake(String park, String actorId, String name, ActorKind kind, Role role, Double share, String from, String until) {
        return new Stake(park, new Actor(actorId, name, kind, ""), role, share, PartialDate.parse(from),
                until == null ? null : PartialDate.parse(until), "test-source", "", Origin.UNKNOWN);
    }

    // TEDA 2008 (paper): 75 % + 5 % + 5 % of Egypt TEDA Investment Co.
    static List<Stake> tedaStakes() {
        return List.of(
                stake(TEDA, "chinese-leaders", "Chinese leaders", ActorKind.CENTRAL_GOVERNMENT, Role.INITIATOR, null, "1998", null),
                stake(TEDA, "egypt-teda", "Egypt TEDA Investment Co.", ActorKind.PARK_DEVELOPMENT_COMPANY, Role.DEVELOPER, null, "2008", null),
                stake(TEDA, "teda-holding", "Tianjin TEDA Investment Holding", ActorKind.PARK_DEVELOPMENT_COMPANY, Role.OWNER, 75.0, "2008", null),
                stake(TEDA, "teda-suez-intl", "TEDA Suez International", ActorKind.PARK_DEVELOPMENT_COMPANY, Role.OWNER, 5.0, "2008", null),
                stake(TEDA, "ecic", "ECIC", ActorKind.HOST_ENTERPRISE, Role.OWNER, 5.0, "2008", null));
    }

    // CSSD: 65/35 Singapore-led 1994–2000, swapped in 2001, 52/28/20 from Sept 2005.
    static List<Stake> suzhouStakes() {
        return List.of(
                stake(SIP, "china-government", "Government of China", ActorKind.CENTRAL_GOVERNMENT, Role.INITIATOR, null, "1994-02", null),
                stake(SIP, "cssd", "CSSD", ActorKind.PARK_DEVELOPMENT_COMPANY, Role.DEVELOPER, null, "1994-02", null),
                stake(SIP, "singapore-consortium", "Singapore consortium", ActorKind.CONSORTIUM, Role.OWNER, 65.0, "1994-02", "2001"),
                stake(SIP, "chinese-consortium", "Chinese consortium", ActorKind.CONSORTIUM, Role.OWNER, 35.0, "1994-02", "2001"),
                stake(SIP, "chinese-consortium", "Chinese consortium", ActorKind.CONSORTIUM, Role.OWNER, 65.0, "2001", "2005-09"),
                stake(SIP, "singapore-consortium", "Singapore consortium", ActorKind.CONSORTIUM, Role.OWNER, 35.0, "2001", "2005-09"),
                stake(SIP, "chinese-consortium", "Chinese consortium", ActorKind.CONSORTIUM, Role.OWNER, 52.0, "2005-09", null),
                stake(SIP, "singapore-consortium", "Singapore consortium", ActorKind.CONSORTIUM, Role.OWNER, 28.0, "2005-09", null),
                stake(SIP, "new-shareholders", "Three new shareholders", ActorKind.CONSORTIUM, Role.OWNER, 20.0, "2005-09", null));
    }

    // SSEZ: developers known, shares not found.
    static List<Stake> sihanoukvilleStakes() {
        return List.of(
                stake(SSEZ, "jiangsu-taihu", "Jiangsu Taihu", ActorKind.PRIVATE_ENTERPRISE, Role.DEVELOPER, null, "2006", null),
                stake(SSEZ, "ciidg", "CIIDG", ActorKind.HOST_ENTERPRISE, Role.DEVELOPER, null, "2006", null));
    }
}
