package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkbench.core.analysis.Derivations;
import org.parkbench.core.analysis.Withholding;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;

/**
 * A student site's figures leave out the values its exercises ask students to compute, say which
 * exercise computes each, and are otherwise the figures everyone else gets.
 */
class FigureWithholdingTest {
    static final Casebook BOOK = Fixtures.casebook();
    static final CaseStudy ALPHA = BOOK.caseStudy("alpha").orElseThrow();

    static Withholding exercises() {
        List<Observation> jobs = ALPHA.observations("alpha-park", Indicator.JOBS_DIRECT);
        List<Observation> areas = ALPHA.observations("alpha-park", Indicator.AREA);
        PublishedStatistic enterprises = BOOK.cases().stream().flatMap(c -> c.statistics().stream())
                .filter(s -> s.id().equals("enterprises-bri")).findFirst().orElseThrow();
        return Withholding.builder()
                .add(Derivations.stakeStructure(ALPHA.stakes("alpha-park")).unattributedAt(PartialDate.parse("2015")).orElseThrow(),
                        "alpha-remainder")
                .add(Derivations.jobsPerKm2(jobs.get(jobs.size() - 1), areas.get(areas.size() - 1)), "alpha-density")
                .add(Derivations.impliedTotal(enterprises), "all-enterprises")
                .build();
    }

    static final List<FigureContribution> ALL = FigureCatalogue.contributions(FigureCatalogue.class.getClassLoader());
    static final FigureCatalogue STUDENT = FigureCatalogue.forCasebook(BOOK, ALL, exercises());
    static final FigureCatalogue EVERYONE = FigureCatalogue.forCasebook(BOOK, ALL);

    @Test
    void theRemainderAnExerciseComputesIsNotDrawnAndTheCaptionSaysWhere() {
        Figure f = STUDENT.figure("alpha-park-stakes").orElseThrow();
        assertThat(f.table().rows()).noneSatisfy(r -> assertThat(r.get(2)).isEqualTo("Unattributed (no source gives it)"));
        assertThat(f.caption()).contains("in the period since 2015 is left for you to compute in exercise alpha-remainder");
        assertThat(f.altText()).doesNotContain("40 %");
        assertThat(f.caption()).as("no grey segment is drawn, so the caption does not speak of one").doesNotContain("grey segment");
        assertThat(EVERYONE.figure("alpha-park-stakes").orElseThrow().caption()).contains("The grey segment is the share no source attributes");
        assertThat(EVERYONE.figure("alpha-park-stakes").orElseThrow().table().rows())
                .anySatisfy(r -> assertThat(r.get(2)).isEqualTo("Unattributed (no source gives it)"));
    }

    @Test
    void aRatioFigureWhoseOnlyBarAnExerciseComputesIsNotDrawn() {
        // Alpha is the fixture's one park with both jobs and an area (the shipped course's partial case,
        // a bar left out and named in the caption, is StudentSiteKeyScanTest's)
        assertThat(STUDENT.figure("derived-jobs-per-km2")).isEmpty();
        assertThat(STUDENT.problems()).extracting(FigureProblem::message)
                .containsExactly("figure 'derived-jobs-per-km2' cannot be drawn: every park's jobs per km² is left for an exercise to compute");
        assertThat(EVERYONE.figure("derived-jobs-per-km2").orElseThrow().table().rows().get(0).get(0))
                .isEqualTo("Alpha Economic and Trade Cooperation Zone");
    }

    @Test
    void aCountFigureBuiltOnAWithheldImpliedTotalIsNotOffered() {
        assertThat(STUDENT.figure("headline-enterprises")).isEmpty();
        assertThat(STUDENT.figure("headline-parks")).isPresent();
        assertThat(EVERYONE.figure("headline-enterprises")).isPresent();
        assertThat(STUDENT.problems()).extracting(FigureProblem::figureId).doesNotContain("headline-enterprises");
    }

    @Test
    void withholdingNothingGivesTheSameFigures() {
        FigureCatalogue none = FigureCatalogue.forCasebook(BOOK, ALL, Withholding.NONE);
        assertThat(none.figures()).extracting(Figure::id).isEqualTo(EVERYONE.figures().stream().map(Figure::id).toList());
        for (Figure f : EVERYONE.figures()) {
            Figure same = none.figure(f.id()).orElseThrow();
            assertThat(same.table().toCsv()).isEqualTo(f.table().toCsv());
            assertThat(same.caption() + same.altText()).isEqualTo(f.caption() + f.altText());
        }
    }
}
