package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.site.build.Fixtures;

/** The data downloads: a case page counts each table's rows without making them, and the count is the rows' number. */
class DataTablesTest {
    @Test
    void everyTableCountsAsManyRowsAsItWrites() {
        for (CaseStudy c : Fixtures.casebook().cases()) {
            for (DataTables.Table t : DataTables.tables()) {
                assertThat(t.count(c)).as(c.id() + "/" + t.name()).isEqualTo(t.rows().apply(c).size());
            }
        }
    }
}
