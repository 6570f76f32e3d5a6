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

    @Test
    void aColumnOfAVocabularyHoldsOnlyItsWords() {
        int checked = 0;
        for (CaseStudy c : Fixtures.casebook().cases()) {
            for (DataTables.Table t : DataTables.tables()) {
                for (List<Object> row : t.rows().apply(c)) {
                    for (int i = 0; i < row.size(); i++) {
                        DataTables.Field f = t.fields().get(i);
                        if (!f.values().isEmpty()) {
                            assertThat(f.type()).isEqualTo("string");
                            assertThat((String) row.get(i)).as(t.name() + "." + f.name()).isIn(f.values());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).as("vocabulary cells in the fixture").isGreaterThan(2);
    }

    @Test
    void theObservationsCarryHowTheSourceStatesEachFigureAndTheParksTheirNoteAndSources() {
        assertThat(names("observations")).containsSubsequence("value", "unit", "qualifier").endsWith("value_high", "kind", "scope");
        assertThat(field("observations", "qualifier").values())
                .containsExactly("exact", "about", "at-least", "over", "at-most", "up-to", "under", "range");
        assertThat(field("observations", "kind").values()).containsExactly("outcome", "target", "plan");
        assertThat(field("observations", "scope").values()).containsExactly("zone", "developer");
        assertThat(names("parks")).endsWith("source", "note", "mofcom_source", "model_source");
    }

    private static List<String> names(String table) {
        return table(table).fields().stream().map(DataTables.Field::name).toList();
    }

    private static DataTables.Field field(String table, String name) {
        return table(table).fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static DataTables.Table table(String name) {
        return DataTables.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
