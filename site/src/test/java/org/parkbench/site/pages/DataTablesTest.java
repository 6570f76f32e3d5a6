package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.site.build.Fixtures;

/**
 * The data downloads: a case page counts each table's rows without making them, and the count is
 * the rows' number; the columns the data dictionary calls numbers hold numbers (which the CSV
 * writer never guards) and every other column text (which it does).
 */
class DataTablesTest {
    private static final Set<String> NUMBER_TYPES = Set.of("number", "integer");

    @Test
    void everyTableCountsAsManyRowsAsItWrites() {
        for (CaseStudy c : Fixtures.casebook().cases()) {
            for (DataTables.Table t : DataTables.tables()) {
                assertThat(t.count(c)).as(c.id() + "/" + t.name()).isEqualTo(t.rows().apply(c).size());
            }
        }
    }

    @Test
    void numberColumnsHoldNumbersAndTheOthersText() {
        int numbers = 0;
        for (CaseStudy c : Fixtures.casebook().cases()) {
            for (DataTables.Table t : DataTables.tables()) {
                for (List<Object> row : t.rows().apply(c)) {
                    assertThat(row).hasSameSizeAs(t.fields());
                    for (int i = 0; i < row.size(); i++) {
                        DataTables.Field f = t.fields().get(i);
                        Object cell = row.get(i);
                        if (NUMBER_TYPES.contains(f.type())) {
                            assertThat(cell).as(t.name() + "." + f.name()).satisfiesAnyOf(
                                    v -> assertThat(v).isNull(), v -> assertThat(v).isInstanceOf(Number.class));
                            numbers += cell == null ? 0 : 1;
                        } else {
                            assertThat(cell).as(t.name() + "." + f.name()).isInstanceOf(String.class);
                        }
                    }
                }
            }
        }
        assertThat(numbers).as("number cells in the fixture").isGreaterThan(5);
    }
}
