package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkbench.core.model.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The acceptance checks, figure by figure, over a fixture casebook shaped like the shipped one. */
class FigureCatalogueTest {
    private static final FigureCatalogue CATALOGUE = FigureCatalogue.forCasebook(Fixtures.casebook());

    static Stream<Figure> figures() {
        return CATALOGUE.figures().stream();
    }

    @Test
    void theFixtureYieldsEveryKindOfFigureWithoutProblems() {
        assertThat(CATALOGUE.problems()).isEmpty();
        assertThat(CATALOGUE.figures()).extracting(Figure::id).contains(
                "zones-by-host-country", "zones-by-region", "zones-by-home-province", "zones-by-model", "parks-by-model",
                "parks-map", "milestones-timeline", "alpha-park-enterprises", "alpha-park-jobs", "alpha-park-area",
                "beta-park-enterprises", "headline-parks", "headline-enterprises", "headline-investment", "headline-output",
                "headline-shares", "alpha-park-stakes", "derived-jobs-per-km2", "derived-investment-per-km2");
    }

    @Test
    void theRestOfTheWorldIsReportedWhereTheTotalIsAndDerivedFromTheShareWhereItIsNot() {
        DataTable parks = CATALOGUE.figure("headline-parks").orElseThrow().table();
        // 100 parks in all, 70 in Belt-and-Road countries: 30 elsewhere, both counts published
        assertThat(parks.rows().get(1)).contains("Rest of the world", 30.0);
        DataTable enterprises = CATALOGUE.figure("headline-enterprises").orElseThrow().table();
        // 500 enterprises are 50 % of all: about 1,000 in all, so about 500 elsewhere
        assertThat(enterprises.rows().get(1).get(1)).isEqualTo(500.0);
        assertThat((String) enterprises.rows().get(1).get(2)).startsWith("derived: about 1,000 − 500; implied total: ");
    }

    @Test
    void theStakeStructureShowsTheUnattributedRemainderAsItsOwnSegment() {
        Figure f = CATALOGUE.figure("alpha-park-stakes").orElseThrow();
        // from 2015 only the developer's 60 % is known: 40 % is unattributed, not spread over holders
        assertThat(f.table().rows()).anySatisfy(r -> assertThat(r).containsExactly("since 2015",
                org.parkbench.core.model.PartialDate.parse("2015"), "Unattributed (no source gives it)", "", "", 40.0,
                "derived: 100 % minus the known shares"));
        assertThat(f.altText()).contains("since 2015: Alpha Development Co. 60 %, unattributed 40 %");
    }

    @Test
    void derivedRatiosComeFromTheCoreDerivationsAndSayHow() {
        Figure f = CATALOGUE.figure("derived-jobs-per-km2").orElseThrow();
        assertThat(f.subtitle()).startsWith("Derived values");
        // latest direct jobs: more than 3,000 (2018); the area closest in time: 700 ha = 7 km² (2018)
        List<Object> row = f.table().rows().get(0);
        assertThat((Double) row.get(1)).isCloseTo(3000 / 7.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((String) row.get(2)).contains("÷").contains("7 km²");
        assertThat(row.get(f.table().indexOf(DataTable.QUALIFIER))).isEqualTo("more than");
        assertThat((Double) row.get(f.table().indexOf("Area"))).isEqualTo(7.0);
        assertThat(f.caption()).contains("Areas are compared in km²");
        assertThat(f.caption()).contains("Beta Special Economic Zone (no area figure)");
    }

    @Test
    void figureIdsAreUniqueAndInContributionOrder() {
        List<String> ids = CATALOGUE.figures().stream().map(Figure::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.indexOf("zones-by-host-country")).isLessThan(ids.indexOf("parks-map"));
        assertThat(ids.indexOf("parks-map")).isLessThan(ids.indexOf("alpha-park-enterprises"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theTableHoldsExactlyTheDataDrawn(Figure figure) {
        assertThat(DrawnData.drawn(figure.newChart())).as(figure.id()).isEqualTo(DrawnData.tabled(figure.table()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theAltTextNamesTheLargestAndLatestValues(Figure figure) {
        DataTable t = figure.table();
        assertThat(figure.altText()).doesNotContainIgnoringCase("a chart").doesNotContainIgnoringCase("image of");
        t.largest().ifPresent(row -> assertThat(figure.altText()).as(figure.id() + " largest")
                .contains("Largest: ").contains(HouseStyle.NUMBERS.rounded(max(t), HouseStyle.DECIMALS, t.columns().get(t.measure().getAsInt()).unit()))
                .contains("Largest: " + t.quantity(row, t.measure().getAsInt())));
        if (t.time().isPresent()) {
            int time = t.time().getAsInt();
            PartialDate latest = t.rows().stream().map(r -> (PartialDate) r.get(time)).filter(d -> d != null)
                    .max(PartialDate::compareTo).orElseThrow();
            assertThat(figure.altText()).as(figure.id() + " latest").contains("Latest: " + latest);
        }
    }

    @Test
    void theAltTextOfAnIndicatorFigureGivesTheLatestValueAndTheTrend() {
        Figure f = CATALOGUE.figure("alpha-park-enterprises").orElseThrow();
        // "about 45" enterprises (2016-06) is the latest figure; the first source's series rises 10 → 40
        assertThat(f.altText()).contains("Latest: 2016-06, about 45").contains("rising from 10 in 2010 to 40 in 2015");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void noNaNOrInfinityReachesTheOutput(Figure figure) {
        String svg = FigureRenderer.svg(figure);
        String csv = figure.table().toCsv();
        for (String bad : List.of("NaN", "Infinity", "∞")) {
            assertThat(svg).as(figure.id() + " svg").doesNotContain(bad);
            assertThat(csv).as(figure.id() + " csv").doesNotContain(bad);
            assertThat(figure.altText()).as(figure.id() + " alt").doesNotContain(bad);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theSvgIsWellFormedWithTitleAndDescription(Figure figure) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                FigureRenderer.svg(figure).getBytes(StandardCharsets.UTF_8)));
        Element svg = doc.getDocumentElement();
        assertAll(
                () -> assertThat(svg.getLocalName()).isEqualTo("svg"),
                () -> assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(figure.title()),
                () -> assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isEqualTo(figure.altText()),
                () -> assertThat(svg.getAttribute("role")).isEqualTo("img"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void renderingTwiceGivesIdenticalBytes(Figure figure) {
        assertThat(FigureRenderer.svg(figure)).isEqualTo(FigureRenderer.svg(figure));
        assertThat(Arrays.equals(FigureRenderer.png(figure), FigureRenderer.png(figure))).as(figure.id() + " png").isTrue();
    }

    @Test
    void thePngIsTwiceTheFigureSize() throws Exception {
        Figure f = CATALOGUE.figures().get(0);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(FigureRenderer.png(f)));
        assertThat(image.getWidth()).isEqualTo(2 * f.width());
        assertThat(image.getHeight()).isEqualTo(2 * f.height());
    }

    @Test
    void anEmptyCasebookNamesEachFigureAndTheMissingData() {
        FigureCatalogue empty = FigureCatalogue.forCasebook(Fixtures.empty());
        assertThat(empty.figures()).isEmpty();
        assertThat(empty.problems()).extracting(FigureProblem::figureId).contains("zones-by-host-country", "zones-by-region",
                "zones-by-home-province", "zones-by-model", "parks-by-model", "parks-map", "milestones-timeline");
        assertThat(empty.problems()).allSatisfy(p -> assertThat(p.message())
                .startsWith("figure '" + p.figureId() + "' cannot be drawn: ").containsPattern("\\.csv|no case"));
        assertThat(empty.problems()).filteredOn(p -> p.figureId().equals("milestones-timeline")).singleElement()
                .extracting(FigureProblem::message).asString().contains("events.csv");
    }

    @Test
    void aFigureWithAnEmptyTableFailsNamingIt() {
        var table = DataTable.with(DataTable.Column.text("Park"), DataTable.Column.measure("Jobs", "persons")).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Figure.builder("empty-jobs").title("t").caption("c")
                        .sourceLine("s").altText("a").table(table).plot(org.jfree.chart.plot.XYPlot::new).build())
                .isInstanceOf(MissingDataException.class).hasMessageContaining("empty-jobs").hasMessageContaining("no rows");
    }

    @Test
    void figuresOfOneCaseCanBeListed() {
        assertThat(CATALOGUE.forCase("alpha")).isNotEmpty().allSatisfy(f -> assertThat(f.id()).startsWith("alpha-park-"));
        assertThat(CATALOGUE.forCase("survey")).isEmpty();
    }

    private static double max(DataTable t) {
        int m = t.measure().getAsInt();
        return t.rows().stream().filter(r -> r.get(m) != null).mapToDouble(r -> (Double) r.get(m)).max().orElseThrow();
    }
}
