package org.parkbench.core.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parkbench.core.model.Confidence;
import org.parkbench.core.model.Source;
import org.parkbench.core.validate.DiagnosticCode;

/** Reads {@code sources.csv} into {@link Source}s by key, registering every key for references. */
final class SourceRows {
    private SourceRows() {
    }

    static Map<String, Source> read(CsvTable table, CaseReading reading) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String key = cells.id("key", "source key");
            if (!key.isEmpty() && !reading.sourceKeys().add(key, cells.origin("key"), reading.diagnostics())) {
                cells.fail();
            }
            String authors = cells.text("authors");
            String title = cells.required("title");
            String publisher = cells.text("publisher");
            String year = cells.required("year");
            String url = cells.text("url");
            if (!url.isEmpty() && !(url.startsWith("http://") || url.startsWith("https://"))) {
                cells.report("url", DiagnosticCode.PB203, "url '" + url + "' is not an http(s) address",
                        "only http:// and https:// links are allowed; leave the cell empty for print");
            }
            var accessed = cells.date("accessed", false);
            Confidence confidence = cells.word("confidence", Confidence.class, "confidence", true);
            String note = cells.text("note");
            String titleEn = cells.text("title_en");
            reading.build(cells, () -> sources.put(key, new Source(key, authors, title, publisher, year, url,
                    accessed == null ? "" : accessed.toString(), confidence, note, cells.origin(), titleEn)));
        }
        return sources;
    }
}
