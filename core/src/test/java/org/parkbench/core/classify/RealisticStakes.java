package org.parkbench.core.classify;

import static org.parkbench.core.model.ActorKind.CENTRAL_GOVERNMENT;
import static org.parkbench.core.model.ActorKind.CONSORTIUM;
import static org.parkbench.core.model.ActorKind.FOREIGN_GOVERNMENT;
import static org.parkbench.core.model.ActorKind.FUND_OR_BANK;
import static org.parkbench.core.model.ActorKind.HOST_ENTERPRISE;
import static org.parkbench.core.model.ActorKind.HOST_GOVERNMENT;
import static org.parkbench.core.model.ActorKind.PARK_DEVELOPMENT_COMPANY;
import static org.parkbench.core.model.ActorKind.PRIVATE_ENTERPRISE;
import static org.parkbench.core.model.Role.DEVELOPER;
import static org.parkbench.core.model.Role.FINANCIER;
import static org.parkbench.core.model.Role.INITIATOR;
import static org.parkbench.core.model.Role.OWNER;

import java.util.List;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;

/**
 * The five course parks' actors as the reference facts and the paper describe them (shares and
 * dates from park-facts.csv and the paper; where a source gives no date, the park's founding
 * year), with the Chinese names the shipped actors.csv gives the same actors (none where it gives
 * none). Built as model objects so the classifier is tested on realistic stakes without the
 * loader.
 */
final class RealisticStakes {
    private RealisticStakes() {
    }

    static Park park(String id, String country, DevelopmentModel declared) {
        return new Park(id, "test-case", id, "", country, new Location("", null, null, LocationPrecision.UNKNOWN, ""),
                Corridor.NONE, true, List.of(), ParkStatus.OPERATING, null, "", null, declared, null, "test-source",
                Origin.UNKNOWN);
    }

    static Actor actor(String id, String name, ActorKind kind, String country) {
        return new Actor(id, name, kind, country);
    }

    static Actor actor(String id, String name, ActorKind kind, String country, String nameZh) {
        return new Actor(id, name, kind, country, nameZh);
    }

    static Stake stake(Park park, Actor actor, Role role, Double share, String from, String until) {
        return new Stake(park.id(), actor, role, share, PartialDate.parse(from),
                until == null ? null : PartialDate.parse(until), "test-source", "", Origin.UNKNOWN);
    }

    static Stake stake(Park park, Actor actor, Role role, Double share, String from) {
        return stake(park, actor, role, share, from, null);
    }

    // China–Singapore Suzhou Industrial Park: agreement Feb 1994 (Xinhua 2018); CSSD shares 65/35
    // Singapore-led to 2000, swapped 2001, 52/28/20 after the 2005 capital increase (SIPAC 2005).
    static final Park SUZHOU = park("suzhou-industrial-park", "CN", DevelopmentModel.GOVERNMENT_DRIVEN);

    static List<Stake> suzhou() {
        Park p = SUZHOU;
        Actor china = actor("china-government", "Government of China", CENTRAL_GOVERNMENT, "CN", "中国政府");
        Actor singapore = actor("singapore-government", "Government of Singapore", FOREIGN_GOVERNMENT, "SG", "新加坡政府");
        Actor cssd = actor("cssd", "China-Singapore Suzhou Industrial Park Development Co.", PARK_DEVELOPMENT_COMPANY, "CN");
        Actor cnConsortium = actor("chinese-consortium", "Chinese consortium", CONSORTIUM, "CN", "中方财团");
        Actor sgConsortium = actor("singapore-consortium", "Singapore consortium", CONSORTIUM, "SG", "新加坡财团");
        Actor newShareholders = actor("new-shareholders-2005", "CPG, HK & China Gas and SND Hi-tech", CONSORTIUM, "");
        return List.of(
                stake(p, china, INITIATOR, null, "1994-02"),
                stake(p, singapore, INITIATOR, null, "1994-02"),
                stake(p, cssd, DEVELOPER, null, "1994-02"),
                stake(p, sgConsortium, OWNER, 65.0, "1994-02", "2001"),
                stake(p, cnConsortium, OWNER, 35.0, "1994-02", "2001"),
                stake(p, cnConsortium, OWNER, 65.0, "2001", "2005-09"),
                stake(p, sgConsortium, OWNER, 35.0, "2001", "2005-09"),
                stake(p, cnConsortium, OWNER, 52.0, "2005-09"),
                stake(p, sgConsortium, OWNER, 28.0, "2005-09"),
                stake(p, newShareholders, OWNER, 20.0, "2005-09"));
    }

    // China–Egypt TEDA Suez: promoted by both countries' leaders in 1998 (paper); Egypt TEDA
    // Investment Co. formed 2008 with TEDA Holding 75 %, 5 %, 5 % (paper, 15 % unaccounted);
    // China Eximbank credit facility committed 2009 (AidData #41017).
    static final Park SUEZ = park("suez-teda-zone", "EG", DevelopmentModel.COMPANY_LED);

    static List<Stake> suez() {
        Park p = SUEZ;
        return List.of(
                stake(p, actor("china-central-government", "Chinese central government", CENTRAL_GOVERNMENT, "CN", "中国政府"), INITIATOR, null, "1998"),
                stake(p, actor("egypt-government", "Government of Egypt", HOST_GOVERNMENT, "EG", "埃及政府"), INITIATOR, null, "1998"),
                stake(p, actor("egypt-teda", "Egypt TEDA Investment Co.", PARK_DEVELOPMENT_COMPANY, "EG", "埃及泰达投资公司"), DEVELOPER, null, "2008"),
                stake(p, actor("teda-holding", "Tianjin TEDA Investment Holding", PARK_DEVELOPMENT_COMPANY, "CN", "天津泰达投资控股"), OWNER, 75.0, "2008"),
                stake(p, actor("teda-suez-intl", "Tianjin Development Zone Suez International Cooperation Co.",
                        PARK_DEVELOPMENT_COMPANY, "CN"), OWNER, 5.0, "2008"),
                stake(p, actor("ecic", "ECIC", HOST_ENTERPRISE, "EG"), OWNER, 5.0, "2008"),
                stake(p, actor("china-eximbank", "China Eximbank", FUND_OR_BANK, "CN", "中国进出口银行"), FINANCIER, null, "2009"));
    }

    // Huajian's Lebu light-industry city: invited by PM Meles Zenawi (Aug 2011), ground broken
    // April 2015, developed by Huajian Group.
    static final Park HUAJIAN = park("huajian-lebu", "ET", DevelopmentModel.PRIVATE_LED);

    static List<Stake> huajian() {
        Park p = HUAJIAN;
        return List.of(
                stake(p, actor("ethiopian-government", "Government of Ethiopia", HOST_GOVERNMENT, "ET", "埃塞俄比亚政府"), INITIATOR, null, "2011-08"),
                stake(p, actor("huajian-group", "Huajian Group", PRIVATE_ENTERPRISE, "CN", "华坚集团"), DEVELOPER, null, "2015-04"));
    }

    // Haier–Ruba Economic Zone: a 55:45 joint venture of Haier and Ruba (paper, unverified),
    // registered November 2006.
    static final Park HAIER_RUBA = park("haier-ruba-zone", "PK", DevelopmentModel.PRIVATE_LED);

    static List<Stake> haierRuba() {
        Park p = HAIER_RUBA;
        return List.of(
                stake(p, actor("haier-group", "Haier Group", PRIVATE_ENTERPRISE, "CN", "海尔集团"), OWNER, 55.0, "2006-11"),
                stake(p, actor("ruba-group", "Ruba Group", HOST_ENTERPRISE, "PK", "鲁巴集团"), OWNER, 45.0, "2006-11"));
    }

    // Sihanoukville SEZ: Jiangsu Taihu (Hongdou-led, "four Wuxi enterprises") and CIIDG, approved
    // 2006, shares not found; financed by China Eximbank's Jiangsu branch and ICBC.
    static final Park SIHANOUKVILLE = park("sihanoukville-sez", "KH", DevelopmentModel.PRIVATE_LED);

    static List<Stake> sihanoukville() {
        Park p = SIHANOUKVILLE;
        return List.of(
                stake(p, actor("jiangsu-taihu", "Jiangsu Taihu Cambodia International Economic Cooperation Zone Investment Co.",
                        PRIVATE_ENTERPRISE, "CN", "江苏太湖柬埔寨国际经济合作区投资有限公司"), DEVELOPER, null, "2006"),
                stake(p, actor("ciidg", "Cambodia International Investment Development Group", HOST_ENTERPRISE, "KH", "柬埔寨国际投资开发集团"),
                        DEVELOPER, null, "2006"),
                stake(p, actor("hongdou-group", "Hongdou Group", PRIVATE_ENTERPRISE, "CN", "红豆集团"), OWNER, null, "2006"),
                stake(p, actor("wuxi-partners", "three other Wuxi enterprises", CONSORTIUM, "CN"), OWNER, null, "2006"),
                stake(p, actor("eximbank-jiangsu", "China Eximbank, Jiangsu branch", FUND_OR_BANK, "CN", "中国进出口银行江苏省分行"), FINANCIER, null, "2006"),
                stake(p, actor("icbc", "ICBC", FUND_OR_BANK, "CN", "中国工商银行"), FINANCIER, null, "2006"));
    }
}
