package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.core.model.Casebook;

/** How a case's own figures join the catalogue, and what happens when one cannot be drawn. */
class FigureContributionTest {
    /** What a case's figure module would write: one recipe per figure, data from the casebook. */
    static final class ParkCountContribution implements FigureContribution {
        @Override
        public String id() {
            return "park-count";
        }

        @Override
        public List<FigureRecipe> recipes(Casebook casebook) {
            return List.of(new FigureRecipe("park-count", () -> {
                DataTable table = DataTable.with(Column.text("Casebook"), Column.measure("Parks", "count"))
                        .row("all cases", casebook.parks().size()).build();
                return Figure.builder("park-count").title("Parks in the casebook").caption("How many parks the cases cover.")
                        .sourceLine("Source: the case data.").altText("One bar: " + casebook.parks().size() + " parks.")
                        .table(table).caseId("alpha")
                        .plot(() -> {
                            DefaultCategoryDataset d = new DefaultCategoryDataset();
                            d.addValue(casebook.parks().size(), "parks", "all cases");
                            return new CategoryPlot(d, new org.jfree.chart.axis.CategoryAxis(), HouseStyle.countAxis("Parks"),
                                    new org.jfree.chart.renderer.category.BarRenderer());
                        }).build();
            }), new FigureRecipe("needs-more", () -> {
                throw new MissingDataException("needs-more", "no case has a file more.csv");
            }), new FigureRecipe("parks-map", () -> {
                throw new AssertionError("a second recipe for an id already built must not run");
            }));
        }
    }

    @Test
    void aContributedFigureJoinsTheCatalogueAndItsProblemsAreReported() {
        Casebook book = Fixtures.casebook();
        List<FigureContribution> contributions = new java.util.ArrayList<>(FigureCatalogue.contributions(getClass().getClassLoader()));
        contributions.add(new ParkCountContribution());
        FigureCatalogue catalogue = FigureCatalogue.forCasebook(book, contributions);

        assertThat(catalogue.figure("park-count")).hasValueSatisfying(f -> {
            assertThat(f.table().rows().get(0).get(1)).isEqualTo(2.0);
            assertThat(FigureRenderer.svg(f)).contains("<title id=\"fig-park-count-title\">Parks in the casebook</title>");
        });
        assertThat(catalogue.forCase("alpha")).extracting(Figure::id).contains("park-count");
        assertThat(catalogue.problems()).extracting(FigureProblem::message).containsExactlyInAnyOrder(
                "figure 'needs-more' cannot be drawn: no case has a file more.csv",
                "figure 'parks-map' is offered twice (again by park-count); the first one is kept");
    }
}
