package org.parkbench.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkbench.core.load.CasebookLoader;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Sourced;
import org.parkbench.exercises.key.ExerciseVariant;
import org.parkbench.exercises.key.Key;
import org.parkbench.exercises.load.ExerciseLoader;
import org.parkbench.exercises.load.ExerciseSet;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.site.build.BuildRequest;
import org.parkbench.site.build.SiteBuilder;
import org.parkbench.site.course.CourseLoader;
import org.parkbench.site.pages.Profile;

/**
 * Issue 13, acceptance 3: over the shipped course, every ratio drawn (the comparison figures' data
 * as downloaded, the compare page) or asked for (every exercise variant's key) pairs two figures
 * of the same scope, whose dates are at most two years apart, from sources of high or medium
 * confidence; and the pairs the rule refuses are listed with the reason.
 */
class RatioPairingAcceptanceTest {
    private static final Set<String> RATIOS = Set.of("jobs-per-km2", "investment-per-km2", "investment-per-enterprise");
    private static final int MAX_GAP_YEARS = 2;

    @TempDir
    static Path tmp;
    static Casebook casebook;
    static ExerciseSet exercises;
    static Path site;

    @BeforeAll
    static void build() {
        casebook = CasebookLoader.load(CasebookLoader.shipped()).casebook().value();
        exercises = ExerciseLoader.load(casebook).value();
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildRequest(CourseLoader.defaultCourse(casebook), casebook, site, Profile.INSTRUCTOR, true));
    }

    /** The rule, checked here from the facts themselves rather than through the class that applies it. */
    private static void assertPaired(String what, Observation numerator, Observation denominator) {
        assertThat(numerator.scope()).as(what + ": the scopes of the two figures").isEqualTo(denominator.scope());
        assertThat(Math.abs(numerator.asOf().year() - denominator.asOf().year())).as(what + ": years between "
                + numerator.asOf() + " and " + denominator.asOf()).isLessThanOrEqualTo(MAX_GAP_YEARS);
        for (Observation o : List.of(numerator, denominator)) {
            CaseStudy c = casebook.caseOf(o.park()).orElseThrow();
            assertThat(c.source(o.source()).orElseThrow().confidence()).as(what + ": confidence of " + o.source())
                    .isIn(Confidence.HIGH, Confidence.MEDIUM);
        }
    }

    @Test
    void everyExerciseVariantThatAsksForARatioPairsWithinTheRule() {
        int checked = 0;
        for (Exercise e : exercises.exercises()) {
            for (ExerciseVariant v : exercises.variants(e.id())) {
                if (v.key() instanceof Key.Number number && RATIOS.contains(number.value().name())) {
                    List<Sourced> inputs = number.value().inputs();
                    assertThat(inputs).hasSize(2);
                    assertPaired(e.id() + " variant " + v.index(), (Observation) inputs.get(0), (Observation) inputs.get(1));
                    checked++;
                }
            }
        }
        // Suez: jobs 3, investment per km² 2, per enterprise 3; Sihanoukville jobs 3; Haier–Ruba jobs 1
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theSuez2024JobsVariantDividesByTheClosestArea() {
        ExerciseVariant v = exercises.variants("suez-jobs-per-km2").stream()
                .filter(x -> x.params().get("as_of").equals("2024-04")).findFirst().orElseThrow();
        Observation area = (Observation) ((Key.Number) v.key()).value().inputs().get(1);
        assertThat(area.asOf()).hasToString("2025-07");
    }

    @Test
    void everyRatioTheComparisonFiguresDrawPairsWithinTheRule() throws IOException {
        int rows = 0;
        for (String figure : List.of("derived-jobs-per-km2", "derived-investment-per-km2")) {
            Indicator numerator = figure.contains("jobs") ? Indicator.JOBS_DIRECT : Indicator.INVESTMENT;
            for (CSVRecord r : csv(site.resolve("data/figures/" + figure + ".csv"))) {
                Park park = casebook.parks().stream().filter(p -> p.nameEn().equals(r.get("Park"))).findFirst().orElseThrow();
                String numeratorDate = r.get(r.getParser().getHeaderNames().stream().filter(h -> h.endsWith(" as of")
                        && !h.startsWith("Area")).findFirst().orElseThrow());
                Observation top = one(park, numerator, numeratorDate);
                Observation area = one(park, Indicator.AREA, r.get("Area as of"));
                assertPaired(figure + " " + park.nameEn(), top, area);
                rows++;
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(4);
    }

    private static Observation one(Park park, Indicator indicator, String date) {
        List<Observation> found = casebook.caseOf(park.id()).orElseThrow().observations(park.id(), indicator).stream()
                .filter(o -> o.asOf().toString().equals(date)).toList();
        assertThat(found).as(indicator.word() + " of " + park.id() + " as of " + date).hasSize(1);
        return found.get(0);
    }

    @Test
    void pairsTheRuleRefusesAreListedWithTheReasonNotDrawn() throws IOException {
        Document compare = Jsoup.parse(Files.readString(site.resolve("compare.html"), StandardCharsets.UTF_8));
        String pairing = compare.select("#pairing").text();
        assertThat(pairing).contains("same scope", "at most 2 years apart", "low-confidence");
        List<String> refused = compare.select("#pairing li").eachText();
        // Haier–Ruba's USD 35 m (2006-12) is the joint venture's initial investment (investment-initial), not a
        // cumulative investment: it is no candidate for investment per km² at all, so neither drawn nor refused
        assertThat(refused).noneSatisfy(t -> assertThat(t).startsWith("Haier"));
        // Sihanoukville's investment is the developer's own: not divided by the zone's area
        assertThat(refused).anySatisfy(t -> assertThat(t).startsWith("Sihanoukville")
                .contains("the investment figure is the developer's own but the area figure is zone-wide"));
        String investmentCsv = Files.readString(site.resolve("data/figures/derived-investment-per-km2.csv"), StandardCharsets.UTF_8);
        assertThat(investmentCsv).doesNotContain("Haier").doesNotContain("Sihanoukville");
        // the compare table says whose investment a cell reports
        assertThat(compare.select("table.compare tr").stream().filter(tr -> tr.text().startsWith("Sihanoukville")).findFirst()
                .orElseThrow().text()).contains("the developer's own");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        List<CSVRecord> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            parser.forEach(out::add);
        }
        return out;
    }
}
