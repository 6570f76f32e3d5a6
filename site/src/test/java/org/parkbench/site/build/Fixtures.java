package org.parkbench.site.build;

import java.nio.file.Path;
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
import org.parkbench.core.model.Objective;
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
import org.parkbench.site.course.Course;
import org.parkbench.site.course.CourseLoader;

/**
 * Invented test cases built from model records (fictional parks, not course data): an overview with
 * statistics and zones, and a park case whose text can be replaced with hostile strings.
 */
public final class Fixtures {
    static final Origin O = new Origin("fixture.csv", 2, 1);

    private Fixtures() {
    }

    /** An injection attempt: a script, an attribute break-out and an image that runs script. */
    static final String EVIL = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    static final String NARRATIVE = "## Context\n\nThe park employs {{obs:riverside-park/jobs-direct/2016}} people "
            + "and had {{obs:riverside-park/area/2015}} of land {{src:report-a}}.\n\nSee the [model](../models/company-led.html).\n";
    static final String HOSTILE_NARRATIVE = "## Narrative " + EVIL + "\n\n" + EVIL + " [click](javascript:alert(3)) "
            + "<a href=\"javascript:alert(4)\">raw</a> <iframe src=\"https://evil.example\"></iframe>\n\n"
            + "![pixel](https://tracker.example/p.gif) {{obs:riverside-park/jobs-direct/2016}}\n";

    public static Casebook casebook() {
        return new Casebook(List.of(overview(), parkCase("Riverside Test Park", "https://example.org/report", "A plain note", NARRATIVE)));
    }

    /** A case whose every text field carries an injection attempt. */
    static Casebook hostile() {
        return new Casebook(List.of(overview(), parkCase(EVIL, "javascript:alert(5)", EVIL, HOSTILE_NARRATIVE)));
    }

    /**
     * The fixture cases with the riverside park south of the equator and west of Greenwich (negative
     * coordinates: numbers) and one more milestone for each of {@code texts}, as its text and as its
     * note: cells of the data downloads and of the milestones figure that a spreadsheet could run.
     */
    static Casebook withMilestoneTexts(List<String> texts) {
        CaseStudy c = parkCase("Riverside Test Park", "https://example.org/report", "A plain note", NARRATIVE);
        Park p = c.parks().get(0);
        Location at = p.location();
        Park southWest = new Park(p.id(), p.caseId(), p.nameEn(), p.nameZh(), p.country(),
                new Location(at.place(), -at.latitude(), -at.longitude(), at.precision(), at.source()), p.corridor(),
                p.beltAndRoad(), p.sectors(), p.status(), p.established(), p.homeProvince(), p.mofcomConfirmed(), p.model(),
                p.variant(), p.source(), p.origin());
        List<Event> events = new java.util.ArrayList<>(c.events());
        for (int i = 0; i < texts.size(); i++) {
            events.add(new Event(p.id(), PartialDate.ofYear(2010 + i), texts.get(i), "report-a", texts.get(i), O));
        }
        return new Casebook(List.of(overview(), CaseAssembly.of(c.meta(), c.narrative(), List.of(southWest), c.stakes(),
                c.observations(), events, c.sources(), c.statistics(), c.zones(), c.directory(), c.displayDirectory())));
    }

    static Course course(Casebook book) {
        return CourseLoader.defaultCourse(book.cases().stream().map(CaseStudy::id).toList());
    }

    private static Source source(String key, String title, String url) {
        return new Source(key, "Doe, J.; Roe, R.", title, "Test Press", "2017", url, "2024-01-01", Confidence.HIGH, "", O);
    }

    static CaseStudy overview() {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put("paper", source("paper", "A paper on parks", "https://example.org/paper"));
        List<PublishedStatistic> stats = List.of(
                new PublishedStatistic("parks-all", "parks", StatisticScope.ALL_OVERSEAS, 80, Unit.COUNT, PartialDate.ofYear(2016), null, "", "paper", "", O),
                new PublishedStatistic("parks-bri", "parks", StatisticScope.BELT_AND_ROAD, 60, Unit.COUNT, PartialDate.ofYear(2016), 75.0, "parks-all", "paper", "", O));
        List<ConfirmedZone> zones = List.of(
                new ConfirmedZone("hill-zone", "Hill Test Zone", "山测试区", "KH", "Hill Co", "Jiangsu", Verification.YES, "", "",
                        DevelopmentModel.PRIVATE_LED, Variant.ENTERPRISE_CLUSTER_HOST, "paper", O),
                new ConfirmedZone("riverside-zone", "Riverside Test Zone", "", "EG", "River Co", "", Verification.PARTIAL, "", "riverside-park",
                        null, null, "paper", O));
        CaseMeta meta = new CaseMeta("overview", "Overview of test parks", "The big picture", List.of(), null,
                List.of(new Objective("read-table", "Read the headline table.")), List.of("What do the shares mean?"), 10,
                CaseStatus.PUBLISHED, O);
        return CaseAssembly.of(meta, "## The paper\n\nIt counts parks {{src:paper}}.\n", List.of(), List.of(), List.of(), List.of(),
                sources, stats, zones, Path.of("fixture-overview"), "cases/overview");
    }

    static CaseStudy parkCase(String parkName, String url, String note, String narrative) {
        return parkCase(parkName, url, note, narrative, Path.of("fixture-riverside"));
    }

    /** The fixture cases with the riverside case read from {@code directory}, where its exercises are written. */
    static Casebook withExercises(Path directory, boolean hostile) throws java.io.IOException {
        FixtureExercises.write(directory.resolve("exercises"), hostile);
        String narrative = hostile ? HOSTILE_NARRATIVE : NARRATIVE;
        return new Casebook(List.of(overview(), hostile ? parkCase(EVIL, "javascript:alert(5)", EVIL, narrative, directory)
                : parkCase("Riverside Test Park", "https://example.org/report", "A plain note", narrative, directory)));
    }

    static CaseStudy parkCase(String parkName, String url, String note, String narrative, Path directory) {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put("report-a", source("report-a", "Report A on " + parkName, url));
        sources.put("report-b", new Source("report-b", "", "Second report " + note, "Agency B", "2018", "", "", Confidence.MEDIUM, note, O));
        Park park = new Park("riverside-park", "riverside", parkName, "河畔测试园", "EG",
                new Location("Riverside " + note, 30.0, 32.5, LocationPrecision.CITY, "report-a"), Corridor.MARITIME_SILK_ROAD, true,
                List.of(Sector.MANUFACTURING, Sector.LOGISTICS), ParkStatus.OPERATING, 2008, "Tianjin", 2016,
                DevelopmentModel.COMPANY_LED, Variant.DOMESTIC_PARK_DEVELOPER, "report-a", O);
        Actor dev = new Actor("river-dev", "River Development Co " + note, ActorKind.PARK_DEVELOPMENT_COMPANY, "CN");
        Actor host = new Actor("host-gov", "Host Authority", ActorKind.HOST_GOVERNMENT, "EG");
        List<Stake> stakes = List.of(
                new Stake("riverside-park", dev, Role.OWNER, 75.0, PartialDate.ofYear(2008), null, "report-a", note, O),
                new Stake("riverside-park", host, Role.INITIATOR, null, PartialDate.parse("2007-05"), null, "report-b", "", O));
        List<Observation> obs = List.of(
                new Observation("riverside-park", Indicator.JOBS_DIRECT, 3500, Unit.PERSONS, Qualifier.OVER, PartialDate.ofYear(2016), "report-a", note, O),
                new Observation("riverside-park", Indicator.JOBS_DIRECT, 4000, Unit.PERSONS, Qualifier.ABOUT, PartialDate.ofYear(2016), "report-b", "", O),
                new Observation("riverside-park", Indicator.AREA, 7.34, Unit.KM2, Qualifier.EXACT, PartialDate.ofYear(2015), "report-a", "", O),
                new Observation("riverside-park", Indicator.INVESTMENT, 1.2, Unit.USD_BN, Qualifier.EXACT, PartialDate.parse("2017-06"), "report-b", "", O));
        List<Event> events = List.of(
                new Event("riverside-park", PartialDate.parse("2008-07-01"), "Construction begins " + note, "report-a", "", O),
                new Event("riverside-park", PartialDate.ofYear(2016), "Confirmed as a national-level zone", "report-b", "", O));
        CaseMeta meta = new CaseMeta("riverside", parkName + " case", "A company abroad " + note, List.of("riverside-park"),
                DevelopmentModel.COMPANY_LED, List.of(new Objective("explain-model", "Explain the model " + note)),
                List.of("Why did the developer succeed? " + note), 20, CaseStatus.PUBLISHED, O);
        return CaseAssembly.of(meta, narrative, List.of(park), stakes, obs, events, sources, List.of(), List.of(),
                directory, "cases/riverside");
    }
}
