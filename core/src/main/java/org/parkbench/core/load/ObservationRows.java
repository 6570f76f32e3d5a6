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
 * stated in a unit that fits the indicator (PB210); a {@code range} has a {@code value_high} above
 * its value, and only a range has one (PB213); a target or plan indicator is never an outcome
 * (PB214), and its empty {@code kind} reads as target ({@code jobs-target}) or plan.
 */
final class ObservationRows {
    /**
     * What was read, and the park of every row that named one, loaded or not; {@code complete} when
     * every row of the file was read and loaded (a row with the wrong number of fields, or one past
     * malformed CSV, is not even read, so its park is not among those mentioned).
     */
    record Read(List<Observation> observations, List<String> parksMentioned, boolean complete) {
    }

    private ObservationRows() {
    }

    static Read read(CsvTable table, CaseReading reading) {
        List<Observation> observations = new ArrayList<>();
        List<String> parks = new ArrayList<>();
        boolean complete = table.complete();
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
            checkRange(cells, qualifier, value, valueHigh);
            if (indicator != null && indicator.isIntended()) {
                if (kind == ObservationKind.OUTCOME) {
                    cells.report("kind", DiagnosticCode.PB214, "indicator '" + indicator.word() + "' is a "
                            + indicator.definedKind().word() + " by definition, so kind cannot be 'outcome'",
                            "write kind " + indicator.definedKind().word() + " (or leave it empty), or use the outcome indicator if the figure was achieved");
                }
                kind = kind == null ? indicator.definedKind() : kind;
            }
            ObservationKind readKind = kind;
            PartialDate asOf = cells.date("as_of", true);
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            complete &= reading.build(cells, () -> observations.add(new Observation(park, indicator, value, valueHigh,
                    unit, qualifier, readKind, scope, asOf, source, note, cells.origin())));
        }
        return new Read(observations, parks, complete);
    }

    /**
     * A range needs its high end above its low end; a high end belongs to a range only (PB213).
     * statistics.csv's optional {@code qualifier} and {@code value_high} follow the same rule.
     */
    static void checkRange(Cells cells, Qualifier qualifier, Double value, Double valueHigh) {
        if (qualifier == Qualifier.RANGE && valueHigh == null) {
            cells.report("value_high", DiagnosticCode.PB213, "qualifier 'range' needs the high end in value_high",
                    "write the range's low end in value and its high end in value_high: 30,000–50,000 is 30000 and 50000");
        } else if (qualifier == Qualifier.RANGE && value != null && valueHigh <= value) {
            cells.report("value_high", DiagnosticCode.PB213, "value_high " + valueHigh + " is not above value " + value,
                    "a range runs from value (low) to value_high (high); for a single figure write no range");
        } else if (qualifier != Qualifier.RANGE && valueHigh != null) {
            cells.report("value_high", DiagnosticCode.PB213, "value_high is set but the qualifier is '"
                    + (qualifier == null ? "exact" : qualifier.word()) + "', not 'range'",
                    "write qualifier range for a figure from value to value_high, or empty value_high");
        }
    }

    static String unitsFor(Indicator indicator) {
        return Arrays.stream(Unit.values()).filter(indicator::accepts).map(Unit::word).collect(Collectors.joining(", "));
    }
}
