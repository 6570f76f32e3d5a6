package org.parkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parkbench.charts.DataTable.Column;
import org.parkbench.core.model.PartialDate;

class DataTableTest {
    private final DataTable table = DataTable.with(Column.text("Source"), Column.date("As of", true),
                    Column.measure("Investment", "USD m"), Column.text("Note"))
            .row("Office, \"the\" report", PartialDate.parse("2016-06"), 1082.5, "two\nlines")
            .row("Daily", PartialDate.parse("2019"), 0.0001, null)
            .row("Weekly", PartialDate.parse("2019"), 2.0E7, "")
            .build();

    @Test
    void csvIsRfc4180WithUnitsInTheHeaderAndPlainNumbers() {
        assertThat(table.toCsv()).isEqualTo("Source,As of,Investment (USD m),Note\n"
                + "\"Office, \"\"the\"\" report\",2016-06,1082.5,\"two\nlines\"\n"
                + "Daily,2019,0.0001,\n"
                + "Weekly,2019,20000000,\n");
    }

    @Test
    void negativeNumbersStayNumbersAndTextThatLooksLikeAFormulaIsGuarded() {
        DataTable t = DataTable.with(Column.text("Park"), Column.coordinate("Longitude", "°"))
                .row("-1", -74.25)
                .row("=1+1", 100 - 71.09)
                .build();
        assertThat(t.toCsv()).isEqualTo("Park,Longitude (°)\n'-1,-74.25\n'=1+1,28.91\n");
    }

    @Test
    void largestAndLatestRowsFollowTheMeasureAndTheDates() {
        assertThat(table.largest()).hasValueSatisfying(r -> assertThat(r.get(0)).isEqualTo("Weekly"));
        // two rows share the latest date: the larger value is the one named
        assertThat(table.latest()).hasValueSatisfying(r -> assertThat(r.get(0)).isEqualTo("Weekly"));
        assertThat(table.text(table.rows().get(0), 2)).isEqualTo("1,082.5");
        assertThat(table.quantity(table.rows().get(2), 2)).isEqualTo("USD 20,000,000 m");
    }

    @Test
    void nonFiniteNumbersNeverEnterATable() {
        DataTable.Builder b = DataTable.with(Column.text("Park"), Column.measure("Jobs per km²", "jobs/km²"));
        assertThatThrownBy(() -> b.row("Alpha", Double.NaN)).hasMessageContaining("Jobs per km²").hasMessageContaining("finite");
        assertThatThrownBy(() -> b.row("Alpha", Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    @Test
    void cellsMustFitTheirColumns() {
        DataTable.Builder b = DataTable.with(Column.date("As of", true), Column.measure("Jobs", "persons"));
        assertThatThrownBy(() -> b.row("2016", 1)).hasMessageContaining("dates");
        assertThatThrownBy(() -> b.row(PartialDate.parse("2016"), "many")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> b.row(PartialDate.parse("2016"))).hasMessageContaining("1 cells");
        assertThatThrownBy(() -> new Column("Name", "", Column.Kind.TEXT, true)).hasMessageContaining("cannot be plotted");
    }
}
