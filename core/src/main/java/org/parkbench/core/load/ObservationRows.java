package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Reads {@code observations.csv} into {@link Observation}s: values are non-negative (PB205) and
 * stated in a unit that fits the indicator (PB210).
 */
final class ObservationRows {
    /** What was read, and the park of every row that named one, loaded or not. */
    record Read(List<Observation> observations, List<String> parksMentioned, boolean complete) {
    }

    private ObservationRows() {
    }

    static Read read(CsvTable table, CaseReading reading) {
        List<Observation> observations = new ArrayList<>();
        List<String> parks = new ArrayList<>();
        boolean complete = true;
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String park = cells.reference("park", reading.parkIds(), DiagnosticCode.PB302, true);
            parks.add(park);
            Indicator indicator = cells.word("indicator", Indicator.class, "indicator", true);
            Double value = cells.amount("value", true);
            Unit unit = cells.word("unit", Unit.class, "unit", true);
            if (indicator != null && unit != null && !indicator.accepts(unit)) {
                cells.report("unit", DiagnosticCode.PB210, "unit '" + unit.word() + "' does not fit indicator '"
                        + indicator.word() + "'", "units that fit " + indicator.word() + ": " + unitsFor(indicator));
            }
            Qualifier qualifier = cells.word("qualifier", Qualifier.class, "qualifier", false);
            Double valueHigh = cells.amount("value_high", false);
            ObservationKind kind = cells.word("kind", ObservationKind.class, "kind", false);
            ObservationScope scope = cells.word("scope", ObservationScope.class, "scope", false);
            PartialDate asOf = cells.date("as_of", true);
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            complete &= reading.build(cells, () -> observations.add(new Observation(park, indicator, value, valueHigh,
                    unit, qualifier, kind, scope, asOf, source, note, cells.origin())));
        }
        return new Read(observations, parks, complete);
    }

    static String unitsFor(Indicator indicator) {
        return Arrays.stream(Unit.values()).filter(indicator::accepts).map(Unit::word).collect(Collectors.joining(", "));
    }
}
