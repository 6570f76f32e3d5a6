package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Stake;

/**
 * The catalogue case by case (as the site builds it) and over many parks: the per-case figures of
 * each case plus the general ones are exactly the whole catalogue, and figures that span every
 * park stay readable and bounded however many parks there are.
 */
class CatalogueAtScaleTest {
    static final List<FigureContribution> CONTRIBUTIONS = FigureCatalogue.contributions(CatalogueAtScaleTest.class.getClassLoader());

    @Test
    void generalPlusEachCaseIsTheWholeCatalogueWithTheSameDrawings() {
        Casebook book = Fixtures.casebook();
        FigureCatalogue whole = FigureCatalogue.forCasebook(book, CONTRIBUTIONS);
        List<Figure> pieced = new ArrayList<>(FigureCatalogue.general(book, CONTRIBUTIONS).figures());
        for (CaseStudy c : book.cases()) {
            List<Figure> ofCase = FigureCatalogue.ofCase(c, CONTRIBUTIONS).figures();
            assertThat(ofCase).allMatch(f -> f.caseId().orElse("").equals(c.id()));
            pieced.addAll(ofCase);
        }
        assertThat(pieced).extracting(Figure::id).containsExactlyInAnyOrderElementsOf(whole.figures().stream().map(Figure::id).toList());
        for (Figure f : pieced) {
            Figure same = whole.figure(f.id()).orElseThrow();
            assertThat(FigureRenderer.svg(f)).as(f.id()).isEqualTo(FigureRenderer.svg(same));
        }
        assertThat(whole.figures()).filteredOn(f -> f.caseId().isPresent()).allMatch(f -> f.parkId().isPresent());
    }

    @Test
    void figuresOverEveryParkNameAtMostAFewAndSayHowManyTheyLeaveOut() {
        Casebook book = many(300);
        FigureCatalogue general = FigureCatalogue.general(book, CONTRIBUTIONS);

        Figure timeline = general.figure("milestones-timeline").orElseThrow();
        assertThat(timeline.caption()).contains("Only the first 30 of the 300 parks with milestones are drawn");
        assertThat(timeline.height()).isLessThan(2000);
        Figure map = general.figure("parks-map").orElseThrow();
        assertThat(map.altText().length()).isLessThan(3000);
        assertThat(map.altText()).contains("300 parks are drawn");
        assertThat(FigureRenderer.svg(map)).doesNotContain("Alpha Economic and Trade Cooperation Zone 299");
        general.figures().forEach(f -> assertThat(f.caption().length() + f.altText().length()).as(f.id()).isLessThan(6000));
    }

    /** The fixture's Alpha park copied {@code n} times (ids alpha-park-0 …), each with its events and figures. */
    static Casebook many(int n) {
        CaseStudy alpha = Fixtures.alpha();
        Park template = alpha.parks().get(0);
        List<Park> parks = new ArrayList<>();
        List<Observation> obs = new ArrayList<>();
        List<Stake> stakes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = template.id() + "-" + i;
            Location at = template.location();
            parks.add(new Park(id, template.caseId(), template.nameEn() + " " + i, "", template.country(),
                    new Location(at.place(), at.latitude() + i % 10 * 0.1, at.longitude(), at.precision(), at.source()),
                    template.corridor(), template.beltAndRoad(), template.sectors(), template.status(), template.established(),
                    template.homeProvince(), template.mofcomConfirmed(), template.model(), template.variant(), template.source(),
                    template.origin()));
            alpha.observations().forEach(o -> obs.add(new Observation(id, o.indicator(), o.value(), o.unit(), o.qualifier(), o.asOf(),
                    o.source(), o.note(), o.origin())));
            alpha.stakes().forEach(s -> stakes.add(new Stake(id, s.actor(), s.role(), s.sharePercent(), s.from(), s.until(), s.source(),
                    s.note(), s.origin())));
            alpha.events().forEach(e -> events.add(new Event(id, e.date(), e.text(), e.source(), e.note(), e.origin())));
        }
        CaseStudy big = Fixtures.caseStudy("alpha", parks, stakes, obs, events, new ArrayList<>(alpha.sources().values()),
                List.of(), List.of());
        return new Casebook(List.of(big));
    }
}
