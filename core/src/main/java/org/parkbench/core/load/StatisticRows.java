package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.StatisticScope;
import org.parkbench.core.model.Unit;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Reads the optional {@code statistics.csv} into {@link PublishedStatistic}s. A reported share
 * lies in (0, 100] (PB203) and {@code share_of} names another statistic of the file (PB308). The
 * optional {@code qualifier}, {@code value_high} and {@code kind} mean what they mean in
 * observations.csv and are checked the same way (PB207, PB213); empty, they read as an exact outcome.
 */
final class StatisticRows {
    private StatisticRows() {
    }

    static List<PublishedStatistic> read(CsvTable table, CaseReading reading) {
        KnownIds ids = new KnownIds("statistic id", "statistic");
        List<Boolean> fresh = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String id = row.cell("id");
            fresh.add(id.isEmpty() || ids.add(id, row.origin("id"), reading.diagnostics()));
        }
        List<PublishedStatistic> statistics = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Cells cells = reading.cells(table, table.rows().get(i));
            if (!fresh.get(i)) {
                cells.fail();
            }
            String id = cells.id("id", "statistic id");
            String measure = cells.id("measure", "measure");
            StatisticScope scope = cells.word("scope", StatisticScope.class, "scope", true);
            Double value = cells.amount("value", true);
            Unit unit = cells.word("unit", Unit.class, "unit", true);
            Qualifier qualifier = cells.word("qualifier", Qualifier.class, "qualifier", false);
            Double valueHigh = cells.amount("value_high", false);
            ObservationKind kind = cells.word("kind", ObservationKind.class, "kind", false);
            ObservationRows.checkRange(cells, qualifier, value, valueHigh);
            PartialDate asOf = cells.date("as_of", true);
            Double share = cells.decimal("reported_share_pct", false);
            if (share != null && (share <= 0 || share > 100)) {
                cells.report("reported_share_pct", DiagnosticCode.PB203, "reported_share_pct "
                        + cells.text("reported_share_pct") + " is outside the range 0 to 100 (more than 0, at most 100)", "");
            }
            String shareOf = cells.reference("share_of", ids, DiagnosticCode.PB308, false);
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            reading.build(cells, () -> statistics.add(new PublishedStatistic(id, measure, scope, value, valueHigh, unit,
                    qualifier, kind, asOf, share, shareOf, source, note, cells.origin())));
        }
        return statistics;
    }
}
