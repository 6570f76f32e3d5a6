package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.validate.DiagnosticCode;

/** Reads {@code events.csv} into {@link Event}s. */
final class EventRows {
    private EventRows() {
    }

    static List<Event> read(CsvTable table, CaseReading reading) {
        List<Event> events = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String park = cells.reference("park", reading.parkIds(), DiagnosticCode.PB302, true);
            PartialDate date = cells.date("date", true);
            String text = cells.required("event");
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            String textZh = cells.text("event_zh");
            reading.build(cells, () -> events.add(new Event(park, date, text, source, note, cells.origin(), textZh)));
        }
        return events;
    }
}
