package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Corridor;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Location;
import org.parkbench.core.model.LocationPrecision;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.ParkStatus;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Sector;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Unit;
import org.parkbench.core.model.Variant;

/**
 * Qualified figures, targets and plans from the observation to the chart, the data table, the alt
 * text and the CSV download, with fictitious figures of each qualifier and kind ("Gamma" park).
 */
class QualifiedFiguresTest {
    private static final Source S = Fixtures.source("gamma-news", "Gamma Daily", "2021", "Gamma park in numbers (fictitious)");
    private static final Source T = Fixtures.source("gamma-plan", "Gamma Planning Office", "2016", "Gamma master plan (fictitious)");

    private static Observation obs(double value, Double high, Qualifier q, ObservationKind kind, String asOf, Source s) {
        return new Observation("gamma-park", Indicator.JOBS_DIRECT, value, high, Unit.PERSONS, q, kind, ObservationScope.ZONE,
                PartialDate.parse(asOf), s.key(), "", Origin.UNKNOWN);
    }

    private static final Figure JOBS = jobsFigure();

    private static Figure jobsFigure() {
        Park park = new Park("gamma-park", "gamma", "Gamma Industrial Park", "", "EG",
                new Location("", null, null, LocationPrecision.UNKNOWN, ""), Corridor.MARITIME_SILK_ROAD, true,
                List.of(Sector.MANUFACTURING), ParkStatus.OPERATING, 2010, "Tianjin", null, DevelopmentModel.COMPANY_LED,
                Variant.DOMESTIC_PARK_DEVELOPER, S.key(), Origin.UNKNOWN);
        List<Observation> observations = List.of(
                obs(30000, 50000.0, Qualifier.RANGE, ObservationKind.TARGET, "2016", T),
                obs(40000, null, Qualifier.UP_TO, ObservationKind.TARGET, "2019", T),
                obs(60000, null, Qualifier.ABOUT, ObservationKind.PLAN, "2016", T),
                obs(9000, null, Qualifier.OVER, ObservationKind.OUTCOME, "2018", S),
                obs(12000, null, Qualifier.ABOUT, ObservationKind.OUTCOME, "2020", S));
        Casebook book = new Casebook(List.of(Fixtures.caseStudy("gamma", List.of(park), List.of(), observations, List.of(),
                List.of(S, T), List.of(), List.of())));
        return FigureCatalogue.forCasebook(book).figure("gamma-park-jobs").orElseThrow();
    }

    @Test
    void aRangeIsDrawnAsAnIntervalFromLowToHigh() {
        XYPlot plot = (XYPlot) JOBS.newChart().getPlot();
        assertThat(plot.getDataset(1)).isInstanceOf(YIntervalSeriesCollection.class);
        YIntervalSeriesCollection ranges = (YIntervalSeriesCollection) plot.getDataset(1);
        assertThat(ranges.getSeriesCount()).isEqualTo(1);
        assertThat(ranges.getStartYValue(0, 0)).isEqualTo(30000.0);
        assertThat(ranges.getEndYValue(0, 0)).isEqualTo(50000.0);
        assertThat(ranges.getSeriesKey(0).toString()).endsWith("(target)");
        assertThat(FigureRenderer.svg(JOBS)).contains("(target)").contains("(plan)");
    }

    @Test
    void targetsAndPlansAreTheirOwnSeriesInTheirStyleAndLabelled() {
        XYPlot plot = (XYPlot) JOBS.newChart().getPlot();
        XYDataset data = plot.getDataset(0);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(0);
        boolean target = false;
        boolean plan = false;
        boolean outcome = false;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String key = data.getSeriesKey(i).toString();
            if (key.endsWith("(target)")) {
                target = true;
                assertThat(r.getSeriesStroke(i)).isEqualTo(HouseStyle.TARGET_STROKE);
                assertThat(r.getSeriesShapesFilled(i)).isFalse();
            } else if (key.endsWith("(plan)")) {
                plan = true;
                assertThat(r.getSeriesStroke(i)).isEqualTo(HouseStyle.PLAN_STROKE);
                assertThat(r.getSeriesShapesFilled(i)).isFalse();
            } else {
                outcome = true;
                assertThat(r.getSeriesStroke(i)).isEqualTo(HouseStyle.LINE);
                assertThat(r.getSeriesShapesFilled(i)).isTrue();
            }
        }
        assertThat(List.of(target, plan, outcome)).containsOnly(true);
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            LegendItem item = plot.getLegendItems().get(i);
            legend.add(item.getLabel());
        }
        assertThat(legend).anyMatch(l -> l.endsWith("(target)")).anyMatch(l -> l.endsWith("(plan)")).hasSize(data.getSeriesCount());
        // the qualifier mark is written beside the "more than 9,000" marker
        int outcomes = data.indexOf(legend.stream().filter(l -> !l.endsWith("(target)") && !l.endsWith("(plan)")).findFirst().orElseThrow());
        assertThat(r.getDefaultItemLabelGenerator().generateLabel(data, outcomes, 0)).isEqualTo(">");
    }

    @Test
    void altTextAndCaptionSayTheQualifierAndKind() {
        assertThat(JOBS.altText()).contains("a target of up to 40,000 persons")
                .contains("a target of 30,000–50,000 persons").contains("a plan of about 60,000 persons")
                .contains("Latest: 2020, about 12,000 persons")
                // every figure of the outcome series with its qualifier, not only the latest and the largest
                .contains(": more than 9,000 persons (2018), about 12,000 persons (2020).")
                .contains("Largest: about 60,000 persons (plan)");
        assertThat(JOBS.caption()).contains("Targets (dashed line, hollow markers)").contains("a range is a bar");
    }

    @Test
    void theDataTableAndCsvCarryQualifierHighAndKind() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(JOBS.table().toCsv())).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("High (persons)", "Qualifier", "Kind", "As stated",
                "Reported value high");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Qualifier")).isEqualTo("range");
            assertThat(r.get("Jobs (persons)")).isEqualTo("30000");
            assertThat(r.get("High (persons)")).isEqualTo("50000");
            assertThat(r.get("Kind")).isEqualTo("target");
            assertThat(r.get("As stated")).isEqualTo("30,000–50,000 persons (target)");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Qualifier")).isEqualTo("more than");
            assertThat(r.get("Kind")).isEqualTo("outcome");
            assertThat(r.get("As stated")).isEqualTo("more than 9,000 persons");
            assertThat(r.get("High (persons)")).isEmpty();
        });
    }

    @Test
    void quantityFormatWritesAQualifiedObservation() {
        assertThat(HouseStyle.NUMBERS.qualified(obs(9000, null, Qualifier.OVER, ObservationKind.OUTCOME, "2018", S)))
                .isEqualTo("more than 9,000 persons");
        assertThat(HouseStyle.NUMBERS.qualified(obs(30000, 50000.0, Qualifier.RANGE, ObservationKind.TARGET, "2016", S)))
                .isEqualTo("30,000–50,000 persons");
        assertThat(HouseStyle.NUMBERS.qualified(obs(40000, null, Qualifier.UP_TO, ObservationKind.TARGET, "2019", S)))
                .isEqualTo("up to 40,000 persons");
    }

    @Test
    void withManySeriesTheAltTextGivesTheMostRecentOnesAsStatedAndCountsTheRest() {
        List<Source> sources = new java.util.ArrayList<>();
        List<Observation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Source s = Fixtures.source("delta-" + i, "Delta Daily " + i, "201" + i, "Delta report " + i + " (fictitious)");
            sources.add(s);
            observations.add(new Observation("delta-park", Indicator.JOBS_DIRECT, 1000 * (i + 1), null, Unit.PERSONS,
                    i == 5 ? Qualifier.OVER : Qualifier.ABOUT, ObservationKind.OUTCOME, ObservationScope.ZONE,
                    PartialDate.parse("201" + i), s.key(), "", Origin.UNKNOWN));
        }
        Park park = new Park("delta-park", "delta", "Delta Park", "", "EG",
                new Location("", null, null, LocationPrecision.UNKNOWN, ""), Corridor.MARITIME_SILK_ROAD, true,
                List.of(Sector.MANUFACTURING), ParkStatus.OPERATING, 2010, "Tianjin", null, DevelopmentModel.COMPANY_LED,
                Variant.DOMESTIC_PARK_DEVELOPER, sources.get(0).key(), Origin.UNKNOWN);
        Casebook book = new Casebook(List.of(Fixtures.caseStudy("delta", List.of(park), List.of(), observations, List.of(),
                sources, List.of(), List.of())));
        String alt = FigureCatalogue.forCasebook(book).figure("delta-park-jobs").orElseThrow().altText();

        assertThat(alt).contains("As the sources state them: Delta report 2 (fictitious) (2012): about 3,000 persons (2012); ")
                .contains("Delta report 5 (fictitious) (2015): more than 6,000 persons (2015); and 2 more series in the data table.")
                .doesNotContain("Delta report 1 (fictitious) (2011):");
    }
}
